import { MIN_PASSPHRASE_LENGTH, newPassphraseSchema } from '../../shared/model/passphrase';
import { passphraseStrength } from '../../shared/util/passphrase-strength';
import { Field } from './Field';

export interface PairProblems {
  passphrase?: string;
  confirm?: string;
}

/** The form's own check before anything is sent: the channel's own rule, and the two fields the same. */
export function pairProblems(passphrase: string, confirm: string): PairProblems {
  const checked = newPassphraseSchema.safeParse(passphrase);
  if (!checked.success) return { passphrase: checked.error.issues[0]?.message ?? 'Choose another passphrase.' };
  if (passphrase !== confirm) return { confirm: 'The two passphrases are not the same.' };
  return {};
}

/** A new passphrase typed twice, with a strength hint in words that updates as it is typed. */
export function PassphrasePair(props: {
  idPrefix: string;
  label: string;
  confirmLabel?: string;
  passphrase: string;
  confirm: string;
  problems: PairProblems;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
}) {
  const { idPrefix, passphrase } = props;
  const strength = passphrase === '' ? null : passphraseStrength(passphrase);
  return (
    <>
      <Field id={`${idPrefix}-passphrase`} label={props.label} hint={`At least ${MIN_PASSPHRASE_LENGTH} characters; four unrelated words work well.`} error={props.problems.passphrase} required>
        {(aria) => <input {...aria} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => props.onPassphrase(e.target.value)} />}
      </Field>
      <p className={`strength strength--${strength?.level ?? 'none'}`} aria-live="polite" data-testid={`${idPrefix}-strength`}>
        {strength ? <>Strength: {strength.text}</> : null}
      </p>
      <Field id={`${idPrefix}-confirm`} label={props.confirmLabel ?? 'Type it again'} error={props.problems.confirm} required>
        {(aria) => <input {...aria} type="password" autoComplete="new-password" value={props.confirm} onChange={(e) => props.onConfirm(e.target.value)} />}
      </Field>
    </>
  );
}
