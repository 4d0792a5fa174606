import { it } from 'vitest';
import { buildTeamIndex } from '../../../shared/team/team-index';
import { completion, member, sampleLookup } from './helpers';
import { memberSummaries, needingRenewal } from '../../../shared/team/aggregates';

it('bench', () => {
  const members = Array.from({ length: 1000 }, (_, i) => member(`m-${i}`, `M ${i}`));
  const completions = Array.from({ length: 100_000 }, (_, i) => completion(`c-${i}`, `m-${i % 1000}`, { completedOn: `20${10 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, ...(i % 3 ? { validForMonths: 24 } : {}) }));
  for (let k = 0; k < 4; k++) {
    let t = performance.now();
    const index = buildTeamIndex(members, completions, sampleLookup, '2026-06-01');
    console.log('index 100k', Math.round(performance.now() - t));
    t = performance.now();
    memberSummaries(index, 90);
    console.log('summaries', Math.round(performance.now() - t));
    t = performance.now();
    needingRenewal(index, 90);
    console.log('renewal', Math.round(performance.now() - t));
  }
});
