import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeServerError } from '../../../main/services/sync/server-errors';
import { openRemote } from '../../../main/services/sync/server-link';

describe('server errors in words', () => {
  it('calls a server that drops the connection mid-answer unreachable (it went down), not an error of its own', async () => {
    // What the live replication's waiting changes request meets when the server stops.
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"db_name":"task');
      setImmediate(() => response.socket?.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskforce`;
    const remote = openRemote({ url, user: 'alice', password: 'x' });
    try {
      const error: unknown = await remote.info().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeNull();
      const described = describeServerError(error, url);
      expect(described.kind).toBe('unreachable');
      expect(described.message).toMatch(/cannot be reached/);
    } finally {
      await remote.close().catch(() => undefined);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
