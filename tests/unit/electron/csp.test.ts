import { describe, it, expect } from 'vitest';
import { contentSecurityPolicy } from '../../../main/electron/csp';

function parse(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `duplicate directive ${name}`).toBe(false);
    map.set(name, values);
  }
  return map;
}

describe.each([false, true])('contentSecurityPolicy (isDev=%s)', (isDev) => {
  const policy = contentSecurityPolicy({ isDev });
  const directives = parse(policy);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
  ])('sets %s to %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it('has no other directives', () => {
    expect(directives.size).toBe(13);
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe('contentSecurityPolicy modes', () => {
  it('is the same policy in development and production', () => {
    expect(contentSecurityPolicy({ isDev: true })).toBe(contentSecurityPolicy({ isDev: false }));
  });
});
