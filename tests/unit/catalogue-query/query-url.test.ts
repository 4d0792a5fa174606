import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyQuery, queryFromParams, queryToParams, toggleFilter } from '../../../shared/catalogue/query-url';
import { highlight } from '../../../shared/catalogue/highlight';
import { toTerm } from '../../../shared/catalogue/terms';

describe('catalogue view in the URL', () => {
  it('round-trips a full view', () => {
    const view = { tab: 'providers' as const, q: 'forensic interview', filters: { family: ['cac', 'amber'], audience: ['prosecutors'] }, sort: 'title' as const };
    expect(queryFromParams(new URLSearchParams(queryToParams(view).toString()))).toEqual(view);
  });

  it('keeps links short by leaving out defaults', () => {
    expect(queryToParams(emptyQuery).toString()).toBe('');
  });

  it('drops unknown tabs, sorts, facets and malformed values instead of trusting them', () => {
    const q = queryFromParams(new URLSearchParams('tab=admin&sort=evil&family=<script>&family=cac&bogus=1&audience=CAPS'));
    expect(q).toEqual({ tab: 'trainings', q: '', filters: { family: ['cac'] }, sort: 'relevance' });
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = queryFromParams(new URLSearchParams(s));
        expect(q.q.length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it('toggles a filter value on and off, removing empty facets', () => {
    const on = toggleFilter({}, 'family', 'cac');
    expect(on).toEqual({ family: ['cac'] });
    expect(toggleFilter(on, 'family', 'cac')).toEqual({});
  });
});

describe('highlight', () => {
  it('marks words whose stem matched, keeping all the text', () => {
    const segments = highlight('Forensic Interviewing of Children', [toTerm('forensic'), toTerm('interview')]);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Forensic', 'Interviewing']);
    expect(segments.map((s) => s.text).join('')).toBe('Forensic Interviewing of Children');
  });

  it('returns the text untouched without terms', () => {
    expect(highlight('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });
});
