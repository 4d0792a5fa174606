import { useAppStore } from '../../app/app-store';
import type { Theme } from '../../../shared/model/settings';
import { DataProblemPanel } from './DataProblemPanel';
import { BackupsPanel } from './BackupsPanel';
import { AboutPanel } from './AboutPanel';
import { CataloguePanel } from './CataloguePanel';
import { PublishersPanel } from './PublishersPanel';
import { DataTransferPanel } from './DataTransferPanel';
import { DataProtectionPanel } from './DataProtectionPanel';
import { RenewalsPanel } from './RenewalsPanel';
import { SharingPanel } from '../sharing/SharingPanel';

const themes: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsPage() {
  const info = useAppStore((s) => s.info);
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);

  if (!info || !settings) return <p aria-busy="true">Loading settings…</p>;

  return (
    <div className="page">
      <h1>Settings</h1>
      {info.dataProblem ? <DataProblemPanel problem={info.dataProblem} /> : null}

      <section className="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <fieldset className="radio-row">
          <legend>Theme</legend>
          {themes.map((t) => (
            <label key={t.value}>
              <input
                type="radio"
                name="theme"
                value={t.value}
                checked={settings.theme === t.value}
                onChange={() => void updateSettings({ theme: t.value })}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
      </section>

      <RenewalsPanel settings={settings} />
      <CataloguePanel info={info} />
      <PublishersPanel />
      <SharingPanel />
      <DataProtectionPanel dataFolder={info.dataFolder} />
      <DataTransferPanel />
      <BackupsPanel />
      <AboutPanel info={info} />
    </div>
  );
}
