import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { normaliseText } from '../../../shared/team/matching';
import type { TrainingFacts } from '../../../shared/team/training-lookup';

interface Props {
  id: string;
  trainings: readonly TrainingFacts[];
  selected: TrainingFacts | null;
  /** Shown as the choice when the record names a training the catalogue no longer has. */
  retiredTitle?: string;
  familyLabel(id: string): string;
  onSelect(training: TrainingFacts): void;
  describedBy?: string;
  invalid?: boolean;
}

const MAX_OPTIONS = 40;

/**
 * A searchable list of catalogue trainings (the ARIA 1.2 combobox pattern): type
 * words from the title, provider or another name; arrow keys move through the
 * matches, Enter chooses, Escape closes.
 */
export function TrainingPicker({ id, trainings, selected, retiredTitle, familyLabel, onSelect, describedBy, invalid }: Props) {
  const listId = useId();
  const [query, setQuery] = useState(selected?.title ?? retiredTitle ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const haystacks = useMemo(() => trainings.map((t) => ({ t, text: normaliseText(`${t.title} ${t.alsoKnownAs.join(' ')} ${t.providerName} ${familyLabel(t.family)}`) })), [trainings, familyLabel]);
  const matches = useMemo(() => {
    const words = normaliseText(query).split(' ').filter(Boolean);
    // The chosen title in the box means "show everything" when the list is reopened.
    const all = words.length === 0 || (selected !== null && query === selected.title);
    return haystacks.filter((h) => all || words.every((w) => h.text.includes(w))).map((h) => h.t);
  }, [haystacks, query, selected]);
  const shown = matches.slice(0, MAX_OPTIONS);
  const current = Math.min(active, shown.length - 1);

  function choose(t: TrainingFacts) {
    onSelect(t);
    setQuery(t.title);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(shown.length - 1, current + step)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const t = shown[current];
      if (t) choose(t);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        {...(open && shown[current] ? { 'aria-activedescendant': optionId(current) } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        {...(invalid ? { 'aria-invalid': true } : {})}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type to search the catalogue"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Catalogue trainings" className="combobox__list" hidden={!open}>
        {shown.map((t, i) => (
          <li
            key={t.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={`combobox__option${i === current ? ' combobox__option--active' : ''}`}
            onMouseDown={(e) => {
              // Keep focus in the box so blur does not close the list before the click lands.
              e.preventDefault();
              choose(t);
            }}
          >
            <span className="combobox__title">{t.title}</span>
            <span className="combobox__meta">
              {t.providerName} · {familyLabel(t.family)}
              {t.hours !== undefined ? ` · ${t.hours} h` : ''}
            </span>
          </li>
        ))}
        {shown.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="combobox__none">
            No catalogue training matches. Check the spelling, or record it as a training outside the catalogue.
          </li>
        ) : null}
      </ul>
      {open && matches.length > shown.length ? <p className="field__hint">Showing {shown.length} of {matches.length} matches; type more words to narrow them.</p> : null}
    </div>
  );
}
