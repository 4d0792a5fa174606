import type { ReactNode } from 'react';
import { openExternalLink } from '../app/external-links';

/** The host as the browser will reach it: URL() writes international names in ASCII (xn--…). */
function asciiHost(href: string): string | null {
  try {
    return new URL(href).host;
  } catch {
    return null;
  }
}

/**
 * A link to the outside world. It never navigates the app window: the main side
 * checks the URL (https only) and opens it in the system browser. A link with its
 * own wording shows beside it the ASCII host it leads to, so a look-alike cannot hide.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const host = asciiHost(href);
  return (
    <>
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
      {children !== undefined && host ? <span className="link-host muted"> ({host})</span> : null}
    </>
  );
}
