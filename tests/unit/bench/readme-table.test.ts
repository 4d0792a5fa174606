import { describe, expect, it } from 'vitest';
import { benchTable, formatFigure, replaceBenchBlock } from '../../bench/readme-table';

describe('the README bench table', () => {
  const results = {
    date: '2026-12-01T16:00:00.000Z',
    machine: { node: 'v20.20.2', cpus: 2, cpu: 'AMD EPYC' },
    figures: {
      'pdf.plan500_ms': 460,
      'pdf.baseline_table500_ms': 300,
      'start.first_results_ms': 250,
      'start.blank_react_ms': 130,
      'start.first_results_ratio_ci_low': 1.8,
      'start.first_results_ratio_ci_high': 2.1,
      'search.real.p95_ms': 0.2,
    },
  };

  it('writes values in their units', () => {
    expect(formatFigure('x_ms', 0.204)).toBe('0.20 ms');
    expect(formatFigure('x_ms', 2544.4)).toBe('2,544 ms');
    expect(formatFigure('x_bytes', 73_800_000)).toBe('73.8 MB');
    expect(formatFigure('x_ms', undefined)).toBe('—');
  });

  it('has one row per target with its ratio and verdict, the interval where there is one, and every other figure', () => {
    const table = benchTable(results).split('\n');
    const pdf = table.find((l) => l.startsWith('| 500-item plan PDF'))!;
    expect(pdf).toContain('| 460 ms |');
    expect(pdf).toContain('| 1.53 |');
    expect(pdf).toContain('❌ missed');
    // 1.92 as a median ratio, but the interval's upper end is over 2: missed.
    const start = table.find((l) => l.includes('`start.first_results_ms`'))!;
    expect(start).toContain('1.92 (95 %: 1.80–2.10)');
    expect(start).toContain('❌ missed');
    expect(table.find((l) => l.includes('`store.load_ms`'))).toContain('not measured');
    expect(table.find((l) => l.includes('`search.real.p95_ms`'))).toContain('0.20 ms');
    expect(table.filter((l) => l.includes('_ci_'))).toEqual([]);
  });

  it('replaces only what is between the markers', () => {
    const readme = 'before\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n';
    expect(replaceBenchBlock(readme, 'new')).toBe('before\n<!-- bench:start -->\nnew\n<!-- bench:end -->\nafter\n');
    expect(() => replaceBenchBlock('no markers', 'new')).toThrow(/bench:start/);
  });
});
