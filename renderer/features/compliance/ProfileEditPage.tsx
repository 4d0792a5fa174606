import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { profileDraftSchema } from '../../../shared/model/requirements';
import { describeIssues } from '../../../shared/validation/zod-issues';
import { errorDetails } from '../../app/errors';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { useTeamStore } from '../team/team-store';
import { saveProfile } from './compliance-actions';
import { useComplianceStore } from './compliance-store';
import { draftOf, modelOf, newRequirement, type ProfileModel, type RequirementModel } from './profile-form-model';
import { RequirementFields } from './RequirementFields';
import { ConflictMark } from '../sharing/ConflictMark';

/** Add or edit a requirement profile: who it applies to and its requirements of three kinds. */
export function ProfileEditPage() {
  const { id } = useParams();
  const existing = useComplianceStore((s) => s.profiles.find((p) => p.id === id));
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const members = useTeamStore((s) => s.members);
  const navigate = useNavigate();
  const [model, setModel] = useState<ProfileModel>(() => modelOf(existing));
  const [problems, setProblems] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const isNew = id === undefined;

  if (!isNew && !existing) {
    return (
      <section className="page">
        <h1>Profile not found</h1>
        <p>
          It may have been deleted. <Link to="/compliance/profiles">Back to the profiles</Link>
        </p>
      </section>
    );
  }
  if (!catalogue) return null;

  const set = (patch: Partial<ProfileModel>) => setModel((m) => ({ ...m, ...patch }));
  const setRequirement = (key: number, next: RequirementModel | null) =>
    setModel((m) => ({ ...m, requirements: next === null ? m.requirements.filter((r) => r.key !== key) : m.requirements.map((r) => (r.key === key ? next : r)) }));
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const draft = draftOf(model);
    const checked = profileDraftSchema.safeParse(draft);
    if (!checked.success) {
      setProblems({ message: 'The profile was not saved. Please fix:', details: describeIssues(checked.error).map(readable) });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await saveProfile(existing?.id, draft);
      navigate('/compliance/profiles');
    } catch (error) {
      setProblems({ message: (error as Error).message, details: errorDetails(error).map(readable) });
      requestAnimationFrame(() => problemRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page">
      <h1>{isNew ? 'Add a requirement profile' : `Edit ${existing?.name ?? ''}`}</h1>
      {existing ? <ConflictMark kind="profile" recordId={existing.id} /> : null}
      {problems ? (
        <div ref={problemRef} className="banner banner--error" role="alert" tabIndex={-1} data-testid="profile-problems">
          <p>{problems.message}</p>
          {problems.details.length > 0 ? (
            <ul>
              {problems.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="profile-name">Profile name</label>
        <input id="profile-name" value={model.name} placeholder="e.g. ICAC investigator" onChange={(e) => set({ name: e.target.value })} />
        <label htmlFor="profile-description">Description (optional)</label>
        <textarea id="profile-description" rows={2} value={model.description} onChange={(e) => set({ description: e.target.value })} />

        <fieldset>
          <legend>Applies to active members</legend>
          <label>
            <input type="checkbox" checked={model.everyone} onChange={(e) => set({ everyone: e.target.checked })} /> Everyone on the team
          </label>
          <label htmlFor="profile-roles">By role (separate with commas)</label>
          <input id="profile-roles" value={model.roles} disabled={model.everyone} onChange={(e) => set({ roles: e.target.value })} />
          <label htmlFor="profile-agencies">By agency (separate with commas)</label>
          <input id="profile-agencies" value={model.agencies} disabled={model.everyone} onChange={(e) => set({ agencies: e.target.value })} />
          <details>
            <summary>By audience ({model.audiences.length} chosen)</summary>
            {catalogue.vocabularies.audiences.map((a) => (
              <label key={a.id}>
                <input type="checkbox" disabled={model.everyone} checked={model.audiences.includes(a.id)} onChange={(e) => set({ audiences: toggle(model.audiences, a.id, e.target.checked) })} /> {a.label}
              </label>
            ))}
          </details>
          <details>
            <summary>By name ({model.memberIds.length} chosen)</summary>
            {members.map((m) => (
              <label key={m.id}>
                <input type="checkbox" disabled={model.everyone} checked={model.memberIds.includes(m.id)} onChange={(e) => set({ memberIds: toggle(model.memberIds, m.id, e.target.checked) })} /> {m.name}
              </label>
            ))}
          </details>
        </fieldset>

        <h2>Requirements</h2>
        {model.requirements.length === 0 ? <p className="muted">No requirements yet: add one of the three kinds below.</p> : null}
        {model.requirements.map((r, i) => (
          <RequirementFields key={r.key} r={r} n={i + 1} catalogue={catalogue} onChange={(next) => setRequirement(r.key, next)} onRemove={() => setRequirement(r.key, null)} />
        ))}
        <div className="button-row">
          <button type="button" className="button" onClick={() => set({ requirements: [...model.requirements, newRequirement('training')] })}>
            Add “take a training”
          </button>
          <button type="button" className="button" onClick={() => set({ requirements: [...model.requirements, newRequirement('recurring')] })}>
            Add “recurring training”
          </button>
          <button type="button" className="button" onClick={() => set({ requirements: [...model.requirements, newRequirement('hours')] })}>
            Add “hours”
          </button>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            Save profile
          </button>
          <Link className="button" to="/compliance/profiles">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}

/** "draft.requirements[1].hours: …" → "Requirement 2, hours: …", as the form labels them. */
function readable(line: string): string {
  return line
    .replace(/^draft\./, '')
    .replace(/^requirements\[(\d+)\]\.?/, (_, i: string) => `Requirement ${Number(i) + 1}, `)
    .replace(/^name:/, 'Profile name:')
    .replace(/, ([a-zA-Z.[\]0-9]+):/, ', $1:');
}
