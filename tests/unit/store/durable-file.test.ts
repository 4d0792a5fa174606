import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durableFiles, FileReadError } from '../../../main/services/durable-file';
import { faultyFs } from '../../support/faulty-fs';
import { useTempDirs } from './temp-dir';

const fast = { renameDelaysMs: [1, 1, 1], readDelaysMs: [1, 1, 1] };
const isTemp = (name: string) => name.endsWith('.tmp');

describe('the durable writer', () => {
  const tempDir = useTempDirs();

  it('syncs the file before renaming it over the target, then syncs the folder', async () => {
    const dir = await tempDir();
    const faults = faultyFs();
    const files = durableFiles({ fs: faults.fs, platform: 'linux', ...fast });
    await files.write(join(dir, 'data.json'), [Buffer.from('{"a":'), Buffer.from('1}')]);
    expect(await readFile(join(dir, 'data.json'), 'utf8')).toBe('{"a":1}');
    const syncTemp = faults.log.findIndex((l) => l.startsWith('sync .data.json.') && l.endsWith('.tmp'));
    const rename = faults.log.indexOf('rename data.json');
    const syncDir = faults.log.lastIndexOf(`sync ${dir.split('/').pop()}`);
    expect(syncTemp).toBeGreaterThanOrEqual(0);
    expect(rename).toBeGreaterThan(syncTemp);
    expect(syncDir).toBeGreaterThan(rename);
  });

  it.each(['ENOSPC', 'EIO'])('leaves the old file and no temp file when writing fails with %s', async (code) => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    await writeFile(target, 'old');
    const faults = faultyFs();
    faults.inject({ op: 'writev', code, times: 1 });
    const files = durableFiles({ fs: faults.fs, ...fast });
    await expect(files.write(target, 'new content')).rejects.toMatchObject({ code });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).filter(isTemp)).toEqual([]);
  });

  it('fails cleanly when the folder refuses new files (EACCES/EPERM on create)', async () => {
    const dir = await tempDir();
    const faults = faultyFs();
    faults.inject({ op: 'open', code: 'EACCES', times: 1, file: isTemp });
    const files = durableFiles({ fs: faults.fs, ...fast });
    await expect(files.write(join(dir, 'x.json'), 'x')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('retries a rename the way Windows needs (target held for a moment), and gives up cleanly when it stays held', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    await writeFile(target, 'old');
    const faults = faultyFs();
    const files = durableFiles({ fs: faults.fs, ...fast });
    faults.inject({ op: 'rename', code: 'EPERM', times: 2 });
    faults.inject({ op: 'rename', code: 'EBUSY', times: 1 });
    await files.write(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');

    faults.inject({ op: 'rename', code: 'EBUSY', times: Infinity });
    await expect(files.write(target, 'newer')).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await readdir(dir)).filter(isTemp)).toEqual([]);
  });

  it('gives every write its own temp file, so concurrent writes never mix', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    const files = durableFiles();
    const a = 'a'.repeat(1_000_000);
    const b = 'b'.repeat(1_000_000);
    await Promise.all([files.write(target, a), files.write(target, b)]);
    expect([a, b]).toContain(await readFile(target, 'utf8'));
    expect((await readdir(dir)).filter(isTemp)).toEqual([]);
  });

  it('retries transient read errors, reports persistent ones, and says null only for a missing file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    await writeFile(target, 'content');
    const faults = faultyFs();
    const files = durableFiles({ fs: faults.fs, ...fast });
    faults.inject({ op: 'readFile', code: 'EIO', times: 2 });
    expect((await files.read(target))?.toString()).toBe('content');
    faults.inject({ op: 'readFile', code: 'EIO', times: Infinity });
    const error = await files.read(target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({ code: 'EIO' });
    faults.clear();
    expect(await files.read(join(dir, 'missing.json'))).toBeNull();
  });

  it('passes the bytes through one transform on write and read', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.json');
    const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0xff));
    const files = durableFiles({ transform: { encode: (chunks) => [flip(Buffer.concat(chunks))], decode: flip } });
    await files.write(target, [Buffer.from('secret '), Buffer.from('name')]);
    expect((await readFile(target)).includes(Buffer.from('secret'))).toBe(false);
    expect((await files.read(target))?.toString()).toBe('secret name');
  });
});
