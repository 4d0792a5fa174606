import { useRef, useState, type FormEvent } from 'react';
import { memberFieldsSchema, type Member, type MemberFieldsInput } from '../../../shared/model/team';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import { errorMessage } from '../../app/errors';
import { FormActions } from '../../components/FormActions';

const labels: Record<string, string> = { name: 'Name', role: 'Role', agency: 'Agency', email: 'Email', phone: 'Phone', joinedOn: 'Joined on', audiences: 'Audiences', active: 'Active' };

interface Props {
  initial?: Member;
  submitLabel: string;
  cancelTo: string;
  onSubmit(fields: MemberFieldsInput): Promise<void>;
}

/** Create and edit a member. Checked with the same schema the main side applies. */
export function MemberForm({ initial, submitLabel, cancelTo, onSubmit }: Props) {
  const audiences = useCatalogueStore((s) => s.loaded?.catalogue.vocabularies.audiences ?? []);
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [agency, setAgency] = useState(initial?.agency ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [joinedOn, setJoinedOn] = useState(initial?.joinedOn ?? '');
  const [chosen, setChosen] = useState<string[]>(initial?.audiences ?? []);
  const [active, setActive] = useState(initial?.active ?? true);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields: MemberFieldsInput = {
      name,
      role,
      agency,
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone } : {}),
      ...(joinedOn.trim() ? { joinedOn: joinedOn.trim() } : {}),
      audiences: chosen,
      active,
    };
    const parsed = memberFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      const found = parsed.error.issues.map((i) => {
        const key = String(i.path[0] ?? '');
        return { fieldId: key ? `member-${key}` : '', label: labels[key] ?? 'Member', message: i.message };
      });
      setErrors(found);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit(fields);
    } catch (error) {
      setErrors([{ fieldId: '', label: 'Not saved', message: errorMessage(error) }]);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrors ref={summaryRef} errors={errors} />
      <div className="form__grid">
        <Field id="member-name" label="Name" required error={errorFor(errors, 'member-name')}>
          {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field id="member-role" label="Role" hint="e.g. Detective, Prosecutor, Forensic interviewer" error={errorFor(errors, 'member-role')}>
          {(aria) => <input {...aria} type="text" value={role} onChange={(e) => setRole(e.target.value)} />}
        </Field>
        <Field id="member-agency" label="Agency" error={errorFor(errors, 'member-agency')}>
          {(aria) => <input {...aria} type="text" value={agency} onChange={(e) => setAgency(e.target.value)} />}
        </Field>
        <Field id="member-email" label="Email" hint="Optional. Used to match rows when importing a CSV." error={errorFor(errors, 'member-email')}>
          {(aria) => <input {...aria} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id="member-phone" label="Phone" hint="Optional." error={errorFor(errors, 'member-phone')}>
          {(aria) => <input {...aria} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        <Field id="member-joinedOn" label="Joined on" hint="Optional. New members get the time a requirement allows from this date." error={errorFor(errors, 'member-joinedOn')}>
          {(aria) => <input {...aria} type="date" value={joinedOn} onChange={(e) => setJoinedOn(e.target.value)} />}
        </Field>
      </div>

      <fieldset className="checks" id="member-audiences" tabIndex={-1}>
        <legend>Audiences this member belongs to</legend>
        <p className="field__hint">Used to group hours on the Progress dashboard and to suggest trainings.</p>
        <ul className="checks__list">
          {audiences.map((a) => (
            <li key={a.id}>
              <label title={a.meaning}>
                <input
                  type="checkbox"
                  checked={chosen.includes(a.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, a.id] : chosen.filter((x) => x !== a.id))}
                />
                {a.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {initial ? (
        <label className="check">
          <input id="member-active" type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          Active member (inactive members keep their records but leave dashboards and renewal lists)
        </label>
      ) : null}

      <FormActions busy={busy} submitLabel={submitLabel} cancel={{ to: cancelTo }} />
    </form>
  );
}
