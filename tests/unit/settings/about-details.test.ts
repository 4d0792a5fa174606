import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/model/app-info';
import { aboutRows, aboutText } from '../../../renderer/features/settings/about-details';

const info: AppInfo = {
  appName: 'TTA Navigator',
  appVersion: '1.2.3',
  runtime: { electron: '39.8.10', chrome: '142.0.7444.59', node: '22.20.0', os: 'Windows 11 Pro 10.0.26100 (x64)' },
  catalogue: { version: '2025.11.1', date: '2025-11-20', origin: 'bundled' },
  dataFolder: 'C:\\Users\\pat\\AppData\\Roaming\\TTA Navigator',
  dataFile: 'C:\\Users\\pat\\AppData\\Roaming\\TTA Navigator\\tta-navigator-data.json',
  dataProblem: null,
  saveProblem: null,
  backups: [],
  license: 'MIT',
};

describe('aboutRows', () => {
  it('lists version, catalogue, runtime, data folder and license in reading order with familiar names', () => {
    expect(aboutRows(info).map((r) => [r.label, r.value])).toEqual([
      ['App version', 'TTA Navigator 1.2.3'],
      ['Catalogue', 'version 2025.11.1 of 2025-11-20 (bundled with the app)'],
      ['Electron', '39.8.10'],
      ['Chromium', '142.0.7444.59'],
      ['Node.js', '22.20.0'],
      ['Operating system', 'Windows 11 Pro 10.0.26100 (x64)'],
      ['Data folder', info.dataFolder],
      ['Data file', info.dataFile],
      ['License', 'MIT'],
    ]);
  });

  it('says when the catalogue was imported, and keeps an unknown runtime key as it is', () => {
    const rows = aboutRows({ ...info, runtime: { v8: '14.2' }, catalogue: { ...info.catalogue, origin: 'imported' } });
    expect(rows.find((r) => r.label === 'Catalogue')?.value).toMatch(/\(imported\)$/);
    expect(rows.find((r) => r.testId === 'runtime-v8')).toEqual({ label: 'v8', value: '14.2', testId: 'runtime-v8' });
  });
});

describe('aboutText', () => {
  it('is one "Label: value" line per fact, ready for a support ticket', () => {
    const lines = aboutText(info).split('\n');
    expect(lines).toHaveLength(aboutRows(info).length);
    expect(lines[0]).toBe('App version: TTA Navigator 1.2.3');
    expect(lines).toContain(`Data folder: ${info.dataFolder}`);
  });
});
