import { readFile, stat } from 'node:fs/promises';
import type { certificateChannels } from '../../shared/contract/certificate-channels';
import type { Completion } from '../../shared/model/team';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { checkCertificateFile } from '../services/certificates/certificate-check';
import { certificateFiles } from '../services/certificates/certificate-files';
import { certificatesZip } from '../services/certificates/certificates-zip';
import { plainFiles } from '../services/durable-file';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

export function createCertificateHandlers(services: ApiServices): HandlersFor<typeof certificateChannels> {
  const { store } = services;
  const certificates = certificateFiles(store.dir, services.dataFiles);
  const recordOf = (id: string): Completion => {
    const found = store.data().completions.find((c) => c.id === id);
    if (!found) throw new UserFacingError(`The record ${id} no longer exists; it may have been deleted.`);
    return found;
  };
  /** Replaces one record inside the store's update, looking it up again there (another write may have moved it). */
  const replace = async (id: string, next: (c: Completion) => Completion): Promise<{ before: Completion; after: Completion }> => {
    let result: { before: Completion; after: Completion } | null = null;
    await store.update((d) => {
      const i = d.completions.findIndex((c) => c.id === id);
      if (i < 0) throw new UserFacingError(`The record ${id} no longer exists; it may have been deleted.`);
      const before = d.completions[i]!;
      const after = next(before);
      d.completions[i] = after;
      result = { before, after };
    });
    return result!;
  };

  return {
    async certificateAttach({ completionId }) {
      recordOf(completionId);
      const path = await services.dialogs.chooseOpenFile({
        title: 'Attach a certificate (PDF or image)',
        filters: [{ name: 'Certificates (PDF or image)', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'tif', 'tiff'] }],
      });
      if (path === null) return { change: null };
      const checked = await checkCertificateFile(path, (p) => readFile(p), async (p) => (await stat(p)).size);
      const sha256 = await certificates.put(checked.bytes);
      return { change: await replace(completionId, (c) => ({ ...c, certificate: { sha256, fileName: checked.fileName, kind: checked.kind, bytes: checked.bytes.length } })) };
    },
    async certificateRemove({ completionId }) {
      if (!recordOf(completionId).certificate) throw new UserFacingError('This record has no certificate attached.');
      // The file itself stays until no record names it and Undo can no longer bring it back (swept at start and at quit).
      return replace(completionId, ({ certificate: _removed, ...rest }) => rest);
    },
    async certificatePutBack({ completionId, certificate }) {
      recordOf(completionId);
      if (certificate === null) return replace(completionId, ({ certificate: _removed, ...rest }) => rest);
      // Only a file still kept here: the sweep runs at start, so within a session Undo finds it.
      if ((await certificates.read(certificate.sha256)) === null) throw new UserFacingError(`The certificate “${certificate.fileName}” is no longer in the data folder; attach it again.`);
      return replace(completionId, (c) => ({ ...c, certificate }));
    },
    async certificateOpen({ completionId }) {
      const ref = recordOf(completionId).certificate;
      if (!ref) throw new UserFacingError('This record has no certificate attached.');
      if (!services.openInViewer) throw new UserFacingError('Certificates can be opened only in the desktop app.');
      const bytes = await certificates.read(ref.sha256);
      if (bytes === null) throw new UserFacingError(`The certificate “${ref.fileName}” is missing from the data folder; attach it again.`);
      await services.openInViewer(bytes, ref.fileName);
      return { fileName: ref.fileName };
    },
    async certificatesExport({ memberId }) {
      const data = store.data();
      const member = memberId === undefined ? undefined : data.members.find((m) => m.id === memberId);
      if (memberId !== undefined && !member) throw new UserFacingError(`No team member has the id ${memberId}.`);
      const names = new Map(data.members.map((m) => [m.id, m]));
      const sources = data.completions.flatMap((c) => {
        const who = names.get(c.memberId);
        return c.certificate && who && (memberId === undefined || c.memberId === memberId) ? [{ member: who, completion: { ...c, certificate: c.certificate } }] : [];
      });
      if (sources.length === 0) throw new UserFacingError(member ? `${member.name} has no certificates attached.` : 'No record has a certificate attached.');
      const path = await services.dialogs.chooseSaveFile({
        title: member ? `Export ${member.name}’s certificates` : 'Export certificates',
        // Never the member's name: file names end up in recent-file lists and mail attachments.
        defaultName: `certificates-${localIsoDate(services.now())}.zip`,
        filters: [{ name: 'ZIP archive', extensions: ['zip'] }],
      });
      if (path === null) return { path: null, files: 0, missing: 0 };
      const { zip, files, missing } = await certificatesZip(sources, (sha) => certificates.read(sha));
      try {
        await plainFiles.write(path, Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
      } catch (error) {
        throw new UserFacingError(`The certificates could not be saved to ${path}: ${(error as Error).message}`);
      }
      return { path, files, missing: missing.length };
    },
  };
}
