import { Link } from 'react-router';
import { shortcuts, formatKeys, type ShortcutGroup } from '../../../shared/shortcuts';
import { isMacPlatform } from '../../app/platform';

const groups: ShortcutGroup[] = ['Go to', 'Search', 'View', 'Help'];

/** Help → Keyboard Shortcuts, or "?": every shortcut, read from shared/shortcuts.ts like the menu's. */
export function ShortcutsPage() {
  const isMac = isMacPlatform();
  return (
    <div className="page">
      <h1 id="shortcuts-title">Keyboard shortcuts</h1>
      <p className="muted">
        Every screen and action is reachable from the keyboard: Tab moves between controls and Enter or Space uses them.
        {isMac ? ' ⌘ is the Command key.' : ''}
      </p>
      <p className="muted">
        The menu bar shows the same shortcuts beside its commands. Theme and data options are in <Link to="/settings">Settings</Link>.
      </p>
      {groups.map((group) => {
        const rows = shortcuts.filter((s) => s.group === group);
        if (rows.length === 0) return null;
        return (
          <section className="card" key={group} aria-labelledby={`shortcuts-${group}`}>
            <h2 id={`shortcuts-${group}`}>{group}</h2>
            <table className="table shortcuts">
              <caption className="visually-hidden">{group} shortcuts</caption>
              <thead>
                <tr>
                  <th scope="col">Keys</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.keys}>
                    <td>
                      <kbd>{formatKeys(s.keys, isMac)}</kbd>
                    </td>
                    <td>{s.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
