import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeavyWork, KEEP_WORKER_MS, type HeavyWork } from '../../../main/services/heavy-work';
import type { Completion } from '../../../shared/model/team';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { suggestMapping } from '../../../shared/team/import-presets';
import { heavyWorkBundle } from '../../support/heavy-work-bundle';
import { member, sampleLookup } from '../team/helpers';

/*
 * The heavy-work worker is kept for the next job after a job that ended well (heavy-work.ts,
 * KEEP_WORKER_MS): the next job runs on the same thread and starts from nothing; a job that
 * failed, close(), or the time running out each stop it, and the next job starts a new one.
 */

const text = ['Member name,Training title,Completed on,Hours', 'Dana Reyes,Local course,2025-03-01,2', 'Dana Reyes,Other course,2025-03-02,2'].join('\n');
const suggested = suggestMapping(parseCsvTable(text).headers);
const input = (body = text) => ({ fileName: 'team.csv', text: body, mapping: suggested.mapping, options: { ...suggested.options, dateOrder: 'mdy' as const }, createMissingMembers: false });
const clock = { now: '2026-12-02T10:00:00.000Z', by: 'Lee Park' };
const members = [member('m-1', 'Dana Reyes')];
const already: Completion = { id: 'c-1', memberId: 'm-1', custom: { title: 'Local course', provider: '' }, completedOn: '2025-03-01', hours: 2, createdAt: clock.now };

/** The worker thread each job's messages went to, in order, and the threads that have ended. */
function threadsUsed() {
  const threads: number[] = [];
  const ended = new Set<number>();
  const original = Worker.prototype.postMessage;
  const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    const type = (args[0] as { type?: string }).type;
    if (type === 'prepareImport' || type === 'decode') {
      const id = this.threadId;
      threads.push(id);
      this.once('exit', () => ended.add(id));
    }
    return original.apply(this, args);
  });
  return { threads, ended, restore: () => spy.mockRestore() };
}

describe('the heavy-work worker kept between jobs', () => {
  let heavy: HeavyWork | null = null;
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await heavy?.close();
  });

  it('runs the next job on the same thread, which has forgotten the last job’s team', async () => {
    heavy = createHeavyWork(await heavyWorkBundle());
    const used = threadsUsed();
    const first = await heavy.prepareImport({ members, completions: [already] }, sampleLookup, input(), clock);
    expect(first.duplicates).toBe(1);
    expect(first.completions).toHaveLength(1);
    // Sent no completions this time: nothing of the first job's list may count as a duplicate.
    const second = await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    expect(second.duplicates).toBe(0);
    expect(second.completions).toHaveLength(2);
    expect(used.threads).toHaveLength(2);
    expect(used.threads[1]).toBe(used.threads[0]);
  });

  it('never hands on a worker whose job was refused, and starts a new one after close()', async () => {
    heavy = createHeavyWork(await heavyWorkBundle());
    const used = threadsUsed();
    await expect(heavy.prepareImport({ members, completions: [] }, sampleLookup, input(`${text}\nDana Reyes,Third course,2026-02-30,2`), clock)).rejects.toThrow(/Nothing was imported/);
    await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    expect(used.ended.has(used.threads[1]!)).toBe(false);
    await heavy.close();
    expect(used.ended.has(used.threads[1]!)).toBe(true);
    await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    expect(used.threads).toHaveLength(3);
    expect(new Set(used.threads).size).toBe(3);
  });

  it('stops the kept worker once it has been idle for KEEP_WORKER_MS', async () => {
    heavy = createHeavyWork(await heavyWorkBundle());
    const used = threadsUsed();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    vi.advanceTimersByTime(KEEP_WORKER_MS - 1);
    await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    vi.advanceTimersByTime(KEEP_WORKER_MS);
    await heavy.prepareImport({ members, completions: [] }, sampleLookup, input(), clock);
    expect(used.threads).toHaveLength(3);
    expect(used.threads[1]).toBe(used.threads[0]);
    expect(used.threads[2]).not.toBe(used.threads[1]);
  });
});
