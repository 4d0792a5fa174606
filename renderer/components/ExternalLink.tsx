import type { ReactNode } from 'react';
import { openExternalLink } from '../app/external-links';

/**
 * A link to the outside world. It never navigates the app window: the main side
 * checks the URL (https only) and opens it in the system browser.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a
      href={href}
      className="external"
      rel="noreferrer noopener"
      onClick={(e) => {
        e.preventDefault();
        void openExternalLink(href);
      }}
    >
      {children ?? href}
      <span className="visually-hidden"> (opens in your web browser)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
