const FOCUSABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A']);
const TIMEOUT_MS = 3000;

/**
 * Focuses the element with this id as soon as it is on the page: the screen a command
 * opened may still be loading its data. A heading or section gets tabindex -1 so focus
 * (and a screen reader) lands on it; a text field has its text selected, ready to retype.
 * Returns a cancel function.
 */
export function revealElement(id: string): () => void {
  const started = performance.now();
  let frame = 0;
  const tick = () => {
    const element = document.getElementById(id);
    if (!element) {
      if (performance.now() - started < TIMEOUT_MS) frame = requestAnimationFrame(tick);
      return;
    }
    if (!FOCUSABLE.has(element.tagName) && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'nearest' });
    element.focus();
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.select();
  };
  tick();
  return () => cancelAnimationFrame(frame);
}
