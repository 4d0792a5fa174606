import type { AppInfo } from '../../../shared/model/app-info';

export interface AboutRow {
  label: string;
  value: string;
  /** Stable hook for tests and for IT instructions ("read the Data folder line"). */
  testId?: string;
}

/** Names people recognise for the runtime keys main/electron/main.ts (and the e2e harness) report. */
const RUNTIME_LABELS: Readonly<Record<string, string>> = {
  electron: 'Electron',
  chrome: 'Chromium',
  node: 'Node.js',
  os: 'Operating system',
  browser: 'Browser',
};

/** The About facts in reading order; the panel shows them and "Copy details" copies the same lines. */
export function aboutRows(info: AppInfo): AboutRow[] {
  const origin = info.catalogue.origin === 'bundled' ? 'bundled with the app' : 'imported';
  return [
    { label: 'App version', value: `${info.appName} ${info.appVersion}`, testId: 'app-version' },
    { label: 'Catalogue', value: `version ${info.catalogue.version} of ${info.catalogue.date} (${origin})`, testId: 'catalogue-version' },
    ...Object.entries(info.runtime).map(([key, value]) => ({ label: RUNTIME_LABELS[key] ?? key, value, testId: `runtime-${key}` })),
    { label: 'Data folder', value: info.dataFolder, testId: 'data-folder' },
    { label: 'Data file', value: info.dataFile, testId: 'data-file' },
    { label: 'License', value: info.license, testId: 'license' },
  ];
}

/** Plain text for a support ticket: one "Label: value" line per fact. */
export function aboutText(info: AppInfo): string {
  return aboutRows(info)
    .map((row) => `${row.label}: ${row.value}`)
    .join('\n');
}
