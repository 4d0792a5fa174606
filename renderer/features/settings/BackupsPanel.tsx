import { useAppStore } from '../../app/app-store';
import { formatMoment } from '../../../shared/util/dates';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The rolling backups taken each time the app opens a changed data file. */
export function BackupsPanel() {
  const backups = useAppStore((s) => s.info?.backups ?? []);
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Automatic backups</h2>
      <p className="muted">
        Each time the app starts with changed data it copies the data file into the backups folder and keeps the newest five.
      </p>
      {backups.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Automatic backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">File</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>{formatMoment(b.createdAt)}</td>
                <td>
                  <code>{b.name}</code>
                </td>
                <td>{size(b.sizeBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
