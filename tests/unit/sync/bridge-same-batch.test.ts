import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../main/services/store';
import { openReplica, type ReplicaDoc } from '../../../main/services/sync/replica';
import { startBridge } from '../../../main/services/sync/sync-bridge';
import { useTempDirs } from '../store/temp-dir';

const at = '2026-12-02T08:00:00.000Z';
const completion = (id: string, title: string) => ({ id, memberId: 'm-1', custom: { title, provider: '' }, completedOn: '2026-03-02', hours: 8, createdAt: at });

describe('the bridge applying arrivals in the same store save as a local change', () => {
  const tempDir = useTempDirs();

  it('a record the local change added meanwhile is replaced by the arriving version, never listed twice', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir });
    const replica = openReplica(join(dir, 'replica'), null);
    // Every store update of the bridge is queued right behind a local change adding the same record (a restored backup holding it, say): one save, two changes.
    const sameSave: Store = {
      ...store,
      update: (change, options) => {
        void store.update((draft) => {
          draft.completions.push(completion('c-1', 'Added here') as never);
        });
        return store.update(change, options);
      },
    };
    const bridge = await startBridge({ store: sameSave, replica, coordinator: () => 'bob', now: () => new Date(at) });
    try {
      const arriving = { _id: 'completion:c-1', type: 'completion', record: { ...completion('c-1', 'Arrived'), updatedAt: at, updatedBy: 'alice' }, updatedAt: at, updatedBy: 'alice' } as ReplicaDoc;
      await replica.bulkDocs([arriving, { ...arriving, _id: 'completion:c-2', record: { ...arriving.record, id: 'c-2' } }]);
      await bridge.pull('a file');
      const ids = store.data().completions.map((c) => c.id);
      expect(ids.filter((id) => id === 'c-1')).toHaveLength(1);
      expect(ids).toContain('c-2');
      expect((store.data().completions.find((c) => c.id === 'c-1') as { custom?: { title: string } }).custom?.title).toBe('Arrived');
    } finally {
      await bridge.stop();
      await replica.close();
      await store.close();
    }
  });
});
