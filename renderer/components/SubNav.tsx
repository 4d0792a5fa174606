import { NavLink } from 'react-router';

export interface SubNavSection {
  to: string;
  label: string;
  /** Active only on this exact path, not on the paths below it. */
  end: boolean;
}

/** The sub-navigation of a screen family (Team, Compliance). */
export function SubNav({ label, sections }: { label: string; sections: readonly SubNavSection[] }) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {sections.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={s.end}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
