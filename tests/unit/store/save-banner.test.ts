import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridge, type Envelope } from '../../../shared/client';

describe('the app-wide "Changes are not being saved" banner', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is raised by any refused save, with its reason, and not by other refusals', async () => {
    const replies: Record<string, Envelope<unknown>> = {
      memberDelete: { ok: false, error: { code: 'not-saved', message: 'Changes are not being saved: the disk is full. Nothing you change now is kept until this is fixed.' } },
      memberCreate: { ok: false, error: { code: 'rejected', message: 'Dana already uses this email.' } },
    };
    vi.stubGlobal('window', { tta: createBridge(async (name) => replies[name] ?? { ok: true, value: null }) });
    const { tta } = await import('../../../renderer/app/tta');
    const { useSaveProblem } = await import('../../../renderer/app/save-problem');

    await expect(tta().memberCreate({ name: 'Dana', audiences: [] })).rejects.toThrow('Dana already uses this email.');
    expect(useSaveProblem.getState().message).toBeNull();

    await expect(tta().memberDelete({ id: 'm-1' })).rejects.toThrow('the disk is full');
    // SaveProblemBanner (in AppFrame, on every screen) shows this message with Try again.
    expect(useSaveProblem.getState().message).toBe('Changes are not being saved: the disk is full. Nothing you change now is kept until this is fixed.');
  });
});
