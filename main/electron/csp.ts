/**
 * The Content-Security-Policy sent with every app:// response.
 * style-src-attr allows inline style attributes only (React's `style` prop and
 * virtualised lists need them); <style> elements and all scripts stay 'self'.
 * `isDev` is accepted so callers state their mode, but the policy is deliberately
 * identical in both: what the tests prove is what ships. Never 'unsafe-eval'.
 */
export function contentSecurityPolicy(_options: { isDev: boolean }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The workbook reader's Web Worker is one of the app's own files; no blob: workers (papaparse's worker mode is never turned on).
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
