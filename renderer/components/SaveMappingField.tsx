import { useState } from 'react';

/** "Save this mapping as …": a name, a button, and what came of it. Both imports offer it. */
export function SaveMappingField({ id, initialName, onSave }: { id: string; initialName: string; onSave(name: string): Promise<void> }) {
  const [name, setName] = useState(initialName);
  const [note, setNote] = useState<string | null>(null);

  async function save() {
    const trimmed = name.trim();
    if (trimmed === '') {
      setNote('Give the mapping a name first.');
      return;
    }
    try {
      await onSave(trimmed.slice(0, 100));
      setNote(`Saved as “${trimmed}”. Files with the same header row will use it.`);
    } catch (error) {
      setNote(`The mapping could not be saved: ${(error as Error).message}`);
    }
  }

  return (
    <>
      <div className="field field--inline">
        <label htmlFor={id}>Save this mapping as</label>
        <input id={id} type="text" maxLength={100} value={name} onChange={(e) => setName(e.target.value)}
          // Enter saves the mapping; inside another form (a delivery) it must not submit that form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
        />
        <button type="button" className="button" onClick={() => void save()}>
          Save mapping
        </button>
      </div>
      {note ? (
        <p role="status" className="muted">
          {note}
        </p>
      ) : null}
    </>
  );
}
