import { useState } from 'react';
import type { Completion } from '../../../shared/model/team';
import { notifyError } from '../../app/notice-store';
import { attachCertificate, openCertificate, removeCertificate } from './team-actions';

const KIND_LABEL = { pdf: 'PDF', png: 'PNG image', jpg: 'JPEG image', webp: 'WebP image', gif: 'GIF image', tif: 'TIFF image' } as const;

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The certificate file kept with one record: open, replace or remove it, or attach one. */
export function CertificateControls({ completion }: { completion: Completion }) {
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const cert = completion.certificate;
  return (
    <section className="certificate" aria-labelledby="certificate-title" data-testid="certificate">
      <h2 id="certificate-title">Certificate file</h2>
      {cert ? (
        <p>
          <strong>{cert.fileName}</strong> ({KIND_LABEL[cert.kind]}, {sizeLabel(cert.bytes)}) is kept with this record, encrypted in the data folder.
        </p>
      ) : (
        <p>No certificate file attached. Attach the PDF or a photo or scan of it (at most 20 MB).</p>
      )}
      <div className="actions">
        {cert ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={run(() => openCertificate(completion.id))}>
              Open certificate
            </button>
            <button type="button" className="button" disabled={busy} onClick={run(() => attachCertificate(completion.id))}>
              Replace…
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={run(() => removeCertificate(completion.id))}>
              Remove
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={run(() => attachCertificate(completion.id))}>
            Attach certificate…
          </button>
        )}
      </div>
    </section>
  );
}
