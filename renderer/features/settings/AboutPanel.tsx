import { useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/model/app-info';
import { aboutRows, aboutText } from './about-details';

const PATH_ROWS = new Set(['data-folder', 'data-file']);

/** Versions and where data lives: what IT support asks for first. */
export function AboutPanel({ info }: { info: AppInfo }) {
  const rows = aboutRows(info);
  const text = aboutText(info);
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  function copyDetails() {
    const details = detailsRef.current;
    if (!details) return;
    details.focus();
    details.select();
    // The app refuses every web permission, clipboard included, so the async Clipboard API is
    // not used. A copy command on the user's click still works; if not, the text stays selected.
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    setStatus(copied ? 'Details copied. Paste them into your support request.' : 'Details selected. Press Ctrl+C (⌘C on a Mac) to copy them.');
  }

  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <dl className="facts">
        {rows.map((row) => (
          <div key={row.label} className="facts__row">
            <dt>{row.label}</dt>
            <dd data-testid={row.testId}>{row.testId && PATH_ROWS.has(row.testId) ? <code className="path">{row.value}</code> : row.value}</dd>
          </div>
        ))}
      </dl>
      <h3 id="about-details-title">Details for IT support</h3>
      <textarea
        ref={detailsRef}
        className="about-details"
        aria-labelledby="about-details-title"
        readOnly
        rows={rows.length}
        value={text}
        data-testid="about-details"
      />
      <p>
        <button type="button" className="button" onClick={copyDetails}>
          Copy details
        </button>{' '}
        <span role="status" data-testid="about-copy-status">
          {status}
        </span>
      </p>
    </section>
  );
}
