import type { SyncErrorKind } from '../../../shared/model/sync-status';

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
// ERR_STREAM_PREMATURE_CLOSE: the connection closed mid-answer, as a waiting changes request's does when the server stops.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

/** Every error code on the error and its causes (fetch wraps the socket's error in `cause`). */
function codesOf(error: unknown): string[] {
  const out: string[] = [];
  let e = error as { code?: unknown; cause?: unknown; errno?: unknown } | null | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') out.push(e.code);
    if (typeof e.errno === 'string') out.push(e.errno);
    e = e.cause as typeof e;
  }
  return out;
}

/** A server error in words a coordinator can act on, and its kind. */
export function describeServerError(error: unknown, url: string): { kind: SyncErrorKind; message: string } {
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const e = error as { status?: number; name?: string; reason?: string; message?: string } | null;
  const codes = codesOf(error);
  const text = `${e?.message ?? ''} ${e?.reason ?? ''}`;
  if (codes.some((c) => CERTIFICATE_CODES.has(c)) || /certificate|self[- ]signed/i.test(text)) {
    return { kind: 'certificate', message: `The certificate of ${host} is not trusted by this computer (expired, self-signed or for another name), so nothing was sent. Ask whoever runs the server to fix its certificate.` };
  }
  if (e?.status === 401) return { kind: 'wrong-password', message: `${host} did not accept the user name or password. Check them, then connect again.` };
  if (e?.status === 403) return { kind: 'no-access', message: `Your user on ${host} has no access to this database. Ask whoever runs the server to add you as a member.` };
  if (e?.status === 404) return { kind: 'other', message: `There is no such database on ${host}. Check the address (it ends with the database name), or ask whoever runs the server to create it.` };
  if (codes.some((c) => UNREACHABLE_CODES.has(c)) || /fetch failed|ECONNREFUSED|ENOTFOUND|network|socket/i.test(text) || e?.status === 0) {
    return { kind: 'unreachable', message: `${host} cannot be reached (no network, or the server is down). Your changes are kept here and sent when it can be reached again.` };
  }
  if (typeof e?.status === 'number' && e.status >= 500) return { kind: 'unreachable', message: `${host} had a problem of its own (error ${e.status}). Your changes are kept here and sent when it works again.` };
  return { kind: 'other', message: `${host} answered with an error: ${(e?.reason || e?.message || String(error)).slice(0, 200)}` };
}

/** A document the server's validation refused, in words. */
export function describeRefusal(docId: string, reason: string): string {
  return `The server refused a change (${docId.split(':')[0] ?? 'record'} ${docId.split(':').slice(1).join(':')}): ${reason.slice(0, 200)}. It is kept on this computer.`;
}
