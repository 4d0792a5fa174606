import { useState } from 'react';
import { Link } from 'react-router';
import { trainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { requirementRule, requirementTitle } from '../../../shared/compliance/labels';
import type { Profile } from '../../../shared/model/requirements';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { ConfirmDialog } from '../team/ConfirmDialog';
import { notifyError } from '../../app/notice-store';
import { deleteProfile } from './compliance-actions';
import { useComplianceStore } from './compliance-store';
import { appliesToText } from '../../../shared/compliance/applies-text';

/** Every requirement profile with its rules in plain words; edit or delete (with Undo). */
export function ProfilesPage() {
  const profiles = useComplianceStore((s) => s.profiles);
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const facts = trainingFactsFor(catalogue ?? { trainings: [] });
  const [confirming, setConfirming] = useState<Profile | null>(null);

  return (
    <section className="page">
      <h1>Requirement profiles</h1>
      <p className="lead">A profile says who must take what, and how often. A member can fall under several profiles.</p>
      <p>
        <Link className="button button--primary" to="/compliance/profiles/new">
          Add a profile
        </Link>
      </p>
      {profiles.length === 0 ? <p className="empty">No profiles yet.</p> : null}
      {profiles.map((p) => (
        <article key={p.id} className="card" aria-labelledby={`profile-${p.id}`} data-testid="profile-card">
          <h2 id={`profile-${p.id}`}>{p.name}</h2>
          {p.description ? <p>{p.description}</p> : null}
          <p className="muted">Applies to {appliesToText(p.appliesTo, catalogue)}.</p>
          <ul>
            {p.requirements.map((r) => (
              <li key={r.id}>
                <strong>{requirementTitle(r, facts)}</strong> — {requirementRule(r)}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <Link className="button" to={`/compliance/profiles/${p.id}`}>
              Edit {p.name}
            </Link>
            <button type="button" className="button" onClick={() => setConfirming(p)}>
              Delete {p.name}
            </button>
          </div>
        </article>
      ))}
      {confirming ? (
        <ConfirmDialog
          open
          title={`Delete the profile “${confirming.name}”?`}
          confirmLabel="Delete profile"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const p = confirming;
            setConfirming(null);
            deleteProfile(p).catch(notifyError);
          }}
        >
          Its requirements stop counting. Training records are not touched.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
