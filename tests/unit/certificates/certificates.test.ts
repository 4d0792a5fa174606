import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../main/bootstrap';
import { CERTIFICATES_DIR_NAME, sha256Hex } from '../../../main/services/certificates/certificate-files';
import { BACKUP_DIR_NAME, DATA_FILE_NAME } from '../../../main/services/store';
import { removeViewerCopies } from '../../../main/services/certificates/viewer-copy';
import { createCertificateViewer } from '../../../main/electron/open-certificate';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';
import { useTempDirs } from '../store/temp-dir';
import { whereFound } from '../crypto/leak-scan';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));
// Words only this test's certificate holds: the leak scan looks for them in every file of the folder.
const MARKER = 'Certificate of Completion Qwyzzle Brandvold 7731';
const pdf = (extra = ''): Buffer => Buffer.from(`%PDF-1.4\n% ${MARKER}${extra}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const png = (): Buffer => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(64, 7)]);

async function start(dir: string, keyFile: string, now = new Date('2026-06-01T12:00:00.000Z')) {
  const open: (string | null)[] = [];
  const save: (string | null)[] = [];
  const viewed: { bytes: Buffer; fileName: string }[] = [];
  const { dispatch, services } = await bootstrap({
    dataDir: dir,
    bundledCataloguePath: CATALOGUE,
    app: { name: 'TTA Navigator', version: '1.0.0', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => open.shift() ?? null, chooseSaveFile: async () => save.shift() ?? null },
    now: () => now,
    keyProvider: fileKeyProvider(keyFile),
    openInViewer: async (bytes, fileName) => {
      viewed.push({ bytes, fileName });
    },
  });
  const raw = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = await raw(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
    return envelope.value;
  };
  const refusal = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<string> => {
    const envelope = await raw(channel, input);
    if (envelope.ok) throw new Error(`${channel} was expected to refuse`);
    return envelope.error.message;
  };
  return { call, refusal, services, open, save, viewed };
}

async function withRecords(dir: string, keyFile: string) {
  const app = await start(dir, keyFile);
  const ana = await app.call('memberCreate', { name: 'Ana Ortiz', role: 'Detective', agency: 'County SO', audiences: [] });
  const ben = await app.call('memberCreate', { name: 'Ben Lee', role: 'Advocate', agency: 'City PD', audiences: [] });
  const draft = { training: { kind: 'custom' as const, title: 'Forensic Interviewing', provider: 'State CAC' }, completedOn: '2026-03-01', hours: 8 };
  const [a1] = await app.call('completionsRecord', { memberIds: [ana.id], draft });
  const [a2] = await app.call('completionsRecord', { memberIds: [ana.id], draft: { ...draft, completedOn: '2026-04-02' } });
  const [b1] = await app.call('completionsRecord', { memberIds: [ben.id], draft });
  return { app, ana, ben, a1: a1!, a2: a2!, b1: b1! };
}

describe('certificates kept with the record', () => {
  const tempDir = useTempDirs();
  const folders = async () => {
    const dir = await tempDir();
    const files = await tempDir();
    return { dir, files, keyFile: join(await tempDir(), 'data.key') };
  };

  it('stores a certificate once under the SHA-256 of its bytes, encrypted: its words are in no file of the data folder; folder 0700, file 0600', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a1, b1 } = await withRecords(dir, keyFile);
    const source = join(files, 'ana-certificate.pdf');
    await writeFile(source, pdf());
    app.open.push(source, source);
    const first = await app.call('certificateAttach', { completionId: a1.id });
    const second = await app.call('certificateAttach', { completionId: b1.id });
    const sha = sha256Hex(pdf());
    expect(first.change?.after.certificate).toEqual({ sha256: sha, fileName: 'ana-certificate.pdf', kind: 'pdf', bytes: pdf().length });
    expect(second.change?.after.certificate?.sha256).toBe(sha);
    const kept = join(dir, CERTIFICATES_DIR_NAME);
    // Dedupe: two records, one file.
    expect(await readdir(kept)).toEqual([sha]);
    expect(await whereFound(dir, MARKER)).toEqual([]);
    expect((await readFile(join(kept, sha))).includes(Buffer.from('%PDF'))).toBe(false);
    if (process.platform !== 'win32') {
      expect((await stat(kept)).mode & 0o777).toBe(0o700);
      expect((await stat(join(kept, sha))).mode & 0o777).toBe(0o600);
    }
    // Opening hands the viewer the decrypted bytes under the file's name.
    await app.call('certificateOpen', { completionId: a1.id });
    expect(app.viewed).toEqual([{ bytes: pdf(), fileName: 'ana-certificate.pdf' }]);
    // An edit of the record keeps its certificate.
    const { after } = await app.call('completionUpdate', { id: a1.id, memberId: a1.memberId, draft: { training: { kind: 'custom', title: 'Forensic Interviewing', provider: 'State CAC' }, completedOn: '2026-03-01', hours: 9 } });
    expect(after.certificate?.sha256).toBe(sha);
    // Remove, then Undo: the record names the same file again; a name the folder does not hold is refused.
    const { before } = await app.call('certificateRemove', { completionId: a1.id });
    expect(app.services.store.data().completions.find((c) => c.id === a1.id)?.certificate).toBeUndefined();
    const back = await app.call('certificatePutBack', { completionId: a1.id, certificate: before.certificate! });
    expect(back.after.certificate).toEqual(before.certificate);
    expect(await app.refusal('certificatePutBack', { completionId: a1.id, certificate: { ...before.certificate!, sha256: 'a'.repeat(64) } })).toMatch(/no longer in the data folder/);
    await app.services.store.close();
  });

  it('refuses a file over 20 MB and a file that is not a PDF or an image by its content, naming the file', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a1 } = await withRecords(dir, keyFile);
    const big = join(files, 'scan.pdf');
    await writeFile(big, Buffer.concat([pdf(), Buffer.alloc(20 * 1024 * 1024)]));
    const renamed = join(files, 'certificate.pdf');
    // A ZIP named .pdf: the name says PDF, the content does not.
    await writeFile(renamed, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]));
    const text = join(files, 'notes.pdf');
    await writeFile(text, 'just some text, not a certificate');
    app.open.push(big, renamed, text);
    expect(await app.refusal('certificateAttach', { completionId: a1.id })).toMatch(/“scan\.pdf” is 20\.0 MB; a certificate file can be at most 20 MB/);
    expect(await app.refusal('certificateAttach', { completionId: a1.id })).toMatch(/“certificate\.pdf” is not a PDF or an image \(it contains ZIP\)/);
    expect(await app.refusal('certificateAttach', { completionId: a1.id })).toMatch(/“notes\.pdf” is not a PDF or an image\./);
    expect(await readdir(dir)).not.toContain(CERTIFICATES_DIR_NAME);
    expect(app.services.store.data().completions.every((c) => c.certificate === undefined)).toBe(true);
    await app.services.store.close();
  });

  it('keeps a removed or deleted record’s certificate while Undo can bring it back, and removes it at the next start once no record names it', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a1, a2, b1 } = await withRecords(dir, keyFile);
    const shared = join(files, 'shared.pdf');
    const own = join(files, 'own.png');
    await writeFile(shared, pdf());
    await writeFile(own, png());
    app.open.push(shared, shared, own);
    await app.call('certificateAttach', { completionId: a1.id });
    await app.call('certificateAttach', { completionId: b1.id });
    await app.call('certificateAttach', { completionId: a2.id });
    const kept = join(dir, CERTIFICATES_DIR_NAME);
    expect((await readdir(kept)).sort()).toEqual([sha256Hex(pdf()), sha256Hex(png())].sort());
    // Delete a2, then Undo: the file is still there to come back with it.
    const removed = await app.call('completionsDelete', { ids: [a2.id] });
    expect(await readdir(kept)).toContain(sha256Hex(png()));
    await app.call('completionsRestore', { completions: removed });
    await app.call('certificateOpen', { completionId: a2.id });
    expect(app.viewed.at(-1)?.bytes).toEqual(png());
    // Delete it for good, and take the shared file off one of its two records.
    await app.call('completionsDelete', { ids: [a2.id] });
    await app.call('certificateRemove', { completionId: a1.id });
    await app.services.store.close();
    const next = await start(dir, keyFile);
    // The PNG no record names is gone; the PDF Ben's record still names stays.
    expect(await readdir(kept)).toEqual([sha256Hex(pdf())]);
    await next.call('certificateOpen', { completionId: b1.id });
    expect(next.viewed[0]?.bytes).toEqual(pdf());
    await next.services.store.close();
  });

  it('a certificate a rolling backup’s records still name stays, so restoring that backup brings it back', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a2 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'own.png'), png());
    app.open.push(join(files, 'own.png'));
    await app.call('certificateAttach', { completionId: a2.id });
    // The backup taken at quit holds the record with its certificate.
    await app.services.store.close();
    const second = await start(dir, keyFile);
    await second.call('completionsDelete', { ids: [a2.id] });
    await second.services.store.close();
    const third = await start(dir, keyFile);
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([sha256Hex(png())]);
    // Newest first: the first backup that has the record is the one taken at the first quit.
    for (const backup of await third.call('automaticBackupsList', undefined)) {
      await third.call('automaticBackupRestore', { name: backup.name });
      if (third.services.store.data().completions.some((c) => c.id === a2.id)) break;
    }
    expect(third.services.store.data().completions.some((c) => c.id === a2.id)).toBe(true);
    await third.call('certificateOpen', { completionId: a2.id });
    expect(third.viewed[0]?.bytes).toEqual(png());
    await third.services.store.close();
  });

  it('a certificate only a moved-aside copy of the data file still names stays while that copy is kept, and goes once it is purged', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a2 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'own.png'), png());
    app.open.push(join(files, 'own.png'));
    await app.call('certificateAttach', { completionId: a2.id });
    await app.services.store.close();
    // Damage Ana's record with the certificate (through the encrypted writer): the next start
    // loads the rest, sets that record aside and keeps the file as it was, moved aside.
    const dataFile = join(dir, DATA_FILE_NAME);
    const data = JSON.parse((await app.services.dataFiles.read(dataFile))!.toString('utf8'));
    data.completions.find((c: { id: string }) => c.id === a2.id).hours = -5;
    await app.services.dataFiles.write(dataFile, JSON.stringify(data));
    const second = await start(dir, keyFile);
    expect(second.services.store.problem()).toMatchObject({ kind: 'records-set-aside', setAsideCount: 1 });
    expect(second.services.store.data().completions.some((c) => c.id === a2.id)).toBe(false);
    await second.services.store.close();
    const names = await readdir(dir);
    const movedAside = names.filter((n) => n.startsWith('tta-navigator-data.damaged-'));
    expect(movedAside).toHaveLength(1);
    // Only the moved-aside copy names the certificate now: no rolling backup, no set-aside side file.
    await rm(join(dir, BACKUP_DIR_NAME), { recursive: true, force: true });
    for (const n of names.filter((n) => n.startsWith('tta-navigator-data.set-aside-'))) await rm(join(dir, n));
    const third = await start(dir, keyFile);
    expect(third.services.store.problem()).toBeNull();
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([sha256Hex(png())]);
    await third.services.store.close();
    // Thirty-one days on, the moved-aside copy is purged at start, and with it the last record naming the file.
    const later = await start(dir, keyFile, new Date('2026-07-02T12:00:00.000Z'));
    expect((await readdir(dir)).filter((n) => n.startsWith('tta-navigator-data.damaged-'))).toEqual([]);
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([]);
    await later.services.store.close();
  });

  it('a certificate only the side file of records set aside at start still names stays', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a2 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'own.png'), png());
    app.open.push(join(files, 'own.png'));
    await app.call('certificateAttach', { completionId: a2.id });
    await app.services.store.close();
    const dataFile = join(dir, DATA_FILE_NAME);
    const data = JSON.parse((await app.services.dataFiles.read(dataFile))!.toString('utf8'));
    data.completions.find((c: { id: string }) => c.id === a2.id).hours = -5;
    await app.services.dataFiles.write(dataFile, JSON.stringify(data));
    await (await start(dir, keyFile)).services.store.close();
    // Keep only the side file: no rolling backup, no moved-aside copy.
    await rm(join(dir, BACKUP_DIR_NAME), { recursive: true, force: true });
    for (const n of (await readdir(dir)).filter((n) => n.startsWith('tta-navigator-data.damaged-'))) await rm(join(dir, n));
    expect((await readdir(dir)).filter((n) => n.startsWith('tta-navigator-data.set-aside-'))).toHaveLength(1);
    const third = await start(dir, keyFile);
    expect(third.services.store.problem()).toBeNull();
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([sha256Hex(png())]);
    await third.services.store.close();
  });

  it('a moved-aside copy that cannot be read keeps every certificate: what it names cannot be known', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a2 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'own.png'), png());
    app.open.push(join(files, 'own.png'));
    await app.call('certificateAttach', { completionId: a2.id });
    await app.call('completionsDelete', { ids: [a2.id] });
    await app.services.store.close();
    await rm(join(dir, BACKUP_DIR_NAME), { recursive: true, force: true });
    // A copy moved aside earlier, its encryption broken (the store's own stamp format: it is kept 30 days).
    const copy = join(dir, 'tta-navigator-data.damaged-2026-05-30T10-00-00-000Z.json');
    const bytes = await readFile(join(dir, DATA_FILE_NAME));
    await writeFile(copy, Buffer.concat([bytes.subarray(0, 40), Buffer.alloc(64, 1)]));
    const second = await start(dir, keyFile);
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([sha256Hex(png())]);
    await second.services.store.close();
    await rm(copy);
    const third = await start(dir, keyFile);
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([]);
    await third.services.store.close();
  });

  it('Back up data… carries the certificates inside the passphrase-encrypted file, and restoring it into another data folder brings them back', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, a1, b1 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'a.pdf'), pdf());
    await writeFile(join(files, 'b.png'), png());
    app.open.push(join(files, 'a.pdf'), join(files, 'b.png'));
    await app.call('certificateAttach', { completionId: a1.id });
    await app.call('certificateAttach', { completionId: b1.id });
    const backup = join(files, 'all.ttabackup');
    app.save.push(backup);
    await app.call('dataFileExport', { passphrase: 'lantern pebble 1987' });
    await app.services.store.close();
    expect((await readFile(backup)).includes(Buffer.from(MARKER))).toBe(false);

    const other = await folders();
    const target = await start(other.dir, other.keyFile);
    target.open.push(backup);
    await target.call('dataFileRestore', { passphrase: 'lantern pebble 1987' });
    expect((await readdir(join(other.dir, CERTIFICATES_DIR_NAME))).sort()).toEqual([sha256Hex(pdf()), sha256Hex(png())].sort());
    await target.call('certificateOpen', { completionId: a1.id });
    await target.call('certificateOpen', { completionId: b1.id });
    expect(target.viewed.map((v) => v.bytes)).toEqual([pdf(), png()]);
    expect(await whereFound(other.dir, MARKER)).toEqual([]);
    await target.services.store.close();
  });

  it('Delete permanently removes the member’s certificates at once, but not one another member’s record shares', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, ana, a1, a2, b1 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'shared.pdf'), pdf());
    await writeFile(join(files, 'own.png'), png());
    app.open.push(join(files, 'shared.pdf'), join(files, 'shared.pdf'), join(files, 'own.png'));
    await app.call('certificateAttach', { completionId: a1.id });
    await app.call('certificateAttach', { completionId: b1.id });
    await app.call('certificateAttach', { completionId: a2.id });
    await app.call('memberForget', { id: ana.id });
    expect(await readdir(join(dir, CERTIFICATES_DIR_NAME))).toEqual([sha256Hex(pdf())]);
    await app.services.store.close();
  });

  it('Export certificates writes a ZIP that reads back: one folder per member, date and training in each name, one member or everyone', async () => {
    const { dir, files, keyFile } = await folders();
    const { app, ana, a1, a2, b1 } = await withRecords(dir, keyFile);
    await writeFile(join(files, 'a.pdf'), pdf());
    await writeFile(join(files, 'b.png'), png());
    await writeFile(join(files, 'c.pdf'), pdf(' second'));
    app.open.push(join(files, 'a.pdf'), join(files, 'b.png'), join(files, 'c.pdf'));
    await app.call('certificateAttach', { completionId: a1.id });
    await app.call('certificateAttach', { completionId: b1.id });
    await app.call('certificateAttach', { completionId: a2.id });
    const everyone = join(files, 'everyone.zip');
    const anaOnly = join(files, 'ana.zip');
    app.save.push(everyone, anaOnly);
    expect(await app.call('certificatesExport', {})).toEqual({ path: everyone, files: 3, missing: 0 });
    expect(await app.call('certificatesExport', { memberId: ana.id })).toEqual({ path: anaOnly, files: 2, missing: 0 });
    const all = unzipSync(await readFile(everyone));
    expect(Object.keys(all).sort()).toEqual(['Ana Ortiz/2026-03-01 Forensic Interviewing.pdf', 'Ana Ortiz/2026-04-02 Forensic Interviewing.pdf', 'Ben Lee/2026-03-01 Forensic Interviewing.png']);
    expect(Buffer.from(all['Ana Ortiz/2026-03-01 Forensic Interviewing.pdf']!)).toEqual(pdf());
    expect(Buffer.from(all['Ana Ortiz/2026-04-02 Forensic Interviewing.pdf']!)).toEqual(pdf(' second'));
    expect(Buffer.from(all['Ben Lee/2026-03-01 Forensic Interviewing.png']!)).toEqual(png());
    expect(Object.keys(unzipSync(await readFile(anaOnly))).every((n) => n.startsWith('Ana Ortiz/'))).toBe(true);
    await app.services.store.close();
  });

  it('the viewer glue opens a private decrypted copy with shell.openPath, reports a failure, and the copies are cleaned up', async () => {
    const tmp = await tempDir();
    const opened: string[] = [];
    const view = createCertificateViewer({ openPath: async (p) => (opened.push(p), '') }, tmp);
    await view(pdf(), 'ana-certificate.pdf');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith('ana-certificate.pdf')).toBe(true);
    expect(await readFile(opened[0]!)).toEqual(pdf());
    if (process.platform !== 'win32') expect((await stat(opened[0]!)).mode & 0o777).toBe(0o600);
    const failing = createCertificateViewer({ openPath: async () => 'No application is associated with the file' }, tmp);
    await expect(failing(png(), 'x.png')).rejects.toThrow(/“x\.png” could not be opened: No application is associated/);
    await mkdir(join(tmp, 'unrelated'));
    expect(await removeViewerCopies(tmp)).toBe(2);
    expect(await readdir(tmp)).toEqual(['unrelated']);
  });
});
