import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DATA_FILE_NAME } from '../../../main/services/store';
import { emptyUserData } from '../../../shared/model/user-data';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { decodedOnDisk, startApp } from './app-harness';
import { useTempDirs } from './temp-dir';

/*
 * Model-based property test of the validity choke point: any sequence of API calls
 * through dispatch, with arbitrary (often invalid) input and a catalogue that holds a
 * title longer than the stored snapshot allows, leaves a data file that the full decode
 * used at start accepts, and that equals what the app holds in memory.
 */

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 450 }), fc.constantFrom('', '  ', 'line\nbreak', '=SUM(A1)'));
const hours = fc.oneof(fc.integer({ min: -5, max: 1200 }), fc.double({ min: 0, max: 50, noNaN: true }));
const date = fc.constantFrom('2026-01-15', '2025-02-29', '2024-02-29', 'yesterday', '2026-13-01');

type Call = { channel: string; input: (state: State) => unknown };
interface State {
  members: string[];
  completions: string[];
  plans: string[];
  trainings: string[];
  undo: unknown[];
}

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

const callArb: fc.Arbitrary<Call> = fc.oneof(
  fc.record({ name: text, role: text, email: fc.option(fc.emailAddress(), { nil: undefined }) }).map((f) => ({
    channel: 'memberCreate',
    input: () => ({ name: f.name, role: f.role, agency: 'County', audiences: ['law-enforcement'], ...(f.email ? { email: f.email } : {}) }),
  })),
  fc.record({ who: fc.nat(), which: fc.nat(), custom: fc.boolean(), title: text, h: hours, on: date, notes: text }).map((r) => ({
    channel: 'completionsRecord',
    input: (s: State) => ({
      memberIds: [pick(s.members, r.who) ?? 'm-none'],
      draft: {
        training: r.custom ? { kind: 'custom', title: r.title, provider: '' } : { kind: 'catalogue', trainingId: pick(s.trainings, r.which) },
        completedOn: r.on,
        hours: r.h,
        notes: r.notes,
      },
    }),
  })),
  fc.record({ name: text, purpose: text }).map((p) => ({
    channel: 'planCreate',
    input: () => ({ name: p.name, purpose: p.purpose, period: { start: '2026-01-01', end: '2026-12-31' } }),
  })),
  fc.record({ plan: fc.nat(), which: fc.nat(), who: fc.nat() }).map((r) => ({
    channel: 'planAddTraining',
    input: (s: State) => ({ planId: pick(s.plans, r.plan) ?? 'p-none', trainingId: pick(s.trainings, r.which), memberIds: s.members.length ? [pick(s.members, r.who)] : [] }),
  })),
  fc.nat().map((n) => ({ channel: 'memberDelete', input: (s: State) => ({ id: pick(s.members, n) ?? 'm-none' }) })),
  fc.nat().map((n) => ({ channel: 'completionsDelete', input: (s: State) => ({ ids: [pick(s.completions, n) ?? 'c-none'] }) })),
  fc.constant({ channel: 'undo', input: () => null }),
  fc.integer({ min: -10, max: 400 }).map((days) => ({ channel: 'settingsSet', input: () => ({ expiryWarningDays: days }) })),
);

describe('validity choke point (model-based, through dispatch)', () => {
  const tempDir = useTempDirs();

  it('any sequence of calls leaves data the start-up decode accepts, equal to what the app holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(callArb, { minLength: 3, maxLength: 25 }), async (calls) => {
        const dir = await tempDir();
        const app = await startApp(dir);
        const bundled: Catalogue = app.services.catalogue.current();
        const long = { ...bundled.trainings[0]!, id: 'long-title-training', title: 'T'.repeat(490) };
        const catalogue = { ...bundled, trainings: [long, ...bundled.trainings] };
        // As an older app would have accepted it: the catalogue check is not the only guard.
        app.services.catalogue.current = () => catalogue;
        const state: State = { members: [], completions: [], plans: [], trainings: catalogue.trainings.slice(0, 4).map((t) => t.id), undo: [] };
        for (const call of calls) {
          if (call.channel === 'undo') {
            const last = state.undo.pop() as { channel: string; input: unknown } | undefined;
            if (last) await app.raw(last.channel as never, last.input as never);
            continue;
          }
          const envelope = await app.raw(call.channel as never, call.input(state) as never);
          expect(['ok', 'invalid-input', 'rejected']).toContain(envelope.ok ? 'ok' : envelope.error.code);
          if (!envelope.ok) continue;
          const value = envelope.value as Record<string, unknown> & { id?: string };
          if (call.channel === 'memberCreate') state.members.push(value.id!);
          if (call.channel === 'planCreate') state.plans.push(value.id!);
          if (call.channel === 'completionsRecord') for (const c of value as unknown as { id: string }[]) state.completions.push(c.id);
          if (call.channel === 'memberDelete') state.undo.push({ channel: 'memberRestore', input: value });
          if (call.channel === 'completionsDelete') state.undo.push({ channel: 'completionsRestore', input: { completions: value } });
        }
        const data = app.services.store.data();
        // Nothing was ever saved: the app still holds the empty start.
        if (!existsSync(join(dir, DATA_FILE_NAME))) {
          expect(data).toEqual(emptyUserData());
          return;
        }
        const onDisk = await decodedOnDisk(dir);
        expect(onDisk).toEqual(data);
        expect(JSON.stringify(onDisk)).not.toContain('T'.repeat(401));
      }),
      { numRuns: 25, seed: 20261201 },
    );
  }, 300_000);
});
