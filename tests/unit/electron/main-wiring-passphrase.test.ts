import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassphraseStartReport } from '../../support/electron-wiring/passphrase-start-cli';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * main.ts on Linux without a keyring (safeStorage "basic_text"), proved on the shipped bundle
 * against the Electron stand-in (tests/support/electron-wiring): it starts (no longer refuses),
 * opens the window locked with nothing written, holds the window's other requests, and after a
 * passphrase is chosen over IPC wraps the data key with it (never with safeStorage) and encrypts
 * what it writes.
 */
describe('main.ts without a keyring asks for a passphrase', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tta-wiring-pass-'));
  const appDir = path.join(temp, 'app');
  const userData = path.join(temp, 'user-data');
  let report: PassphraseStartReport;

  beforeAll(() => {
    mkdirSync(path.join(appDir, 'data'), { recursive: true });
    mkdirSync(path.join(appDir, 'out', 'renderer'), { recursive: true });
    mkdirSync(userData, { recursive: true });
    writeFileSync(path.join(appDir, 'out', 'renderer', 'index.html'), '<!doctype html><title>TTA Navigator</title>');
    copyFileSync(path.join(ROOT, 'data', 'catalogue.json'), path.join(appDir, 'data', 'catalogue.json'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-main.ts', '--outdir', path.join(appDir, 'out')], { cwd: ROOT });
    const reportFile = path.join(temp, 'report.json');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/support/electron-wiring/passphrase-start-cli.ts', reportFile, userData, appDir, path.join(appDir, 'out', 'main', 'index.cjs')],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as PassphraseStartReport;
  }, 900_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('starts locked: the window loads, nothing is written, the first start asks for a new passphrase', () => {
    expect(report.startError).toBeNull();
    expect(report.filesBefore).toEqual([]);
    expect(report.statusBefore).toMatchObject({ ok: true, value: { state: 'new-passphrase' } });
  });

  it('holds the window’s other requests until the data is open, then answers them', () => {
    expect(report.heldAnswered).toBe('after-unlock');
  });

  it('wraps the data key with the passphrase, never with the basic_text store, and encrypts what it writes', () => {
    expect(report.created).toEqual({ ok: true, value: { opened: true } });
    expect(report.statusAfter).toEqual({ ok: true, value: { state: 'open' } });
    expect(report.keyProtection).toBe('passphrase');
    expect(report.safeStorageWraps).toBe(0);
    expect(report.plainFiles).toEqual([]);
  });
});
