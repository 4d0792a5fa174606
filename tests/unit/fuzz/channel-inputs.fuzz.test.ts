import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/api';
import { channelNames, type ChannelName } from '../../../shared/channel-names';
import { createDispatch } from '../../../main/dispatch';
import type { Handlers } from '../../../main/api';

/** Handlers that only record what reached them. */
function spyHandlers() {
  const reached: { name: ChannelName; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async (input: unknown) => {
        reached.push({ name, input });
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, reached };
}

// Inputs shaped like real ones (objects with the channels' own keys) find more edge cases than pure noise.
const knownKeys = ['name', 'url', 'id', 'ids', 'theme', 'path', 'rows', 'memberId', 'memberIds', 'planId', 'items', 'patch', 'fields', 'query', 'format'];
const inputs = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...knownKeys), fc.anything()),
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
);

describe('every channel validates its input before any handler runs', () => {
  it.each(channelNames.map((n) => [n]))('%s: random inputs never reach the handler unless they pass the schema', async (name) => {
    const { handlers, reached } = spyHandlers();
    const dispatch = createDispatch(handlers);
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        reached.length = 0;
        const envelope = await dispatch(name, input);
        const valid = channels[name].input.safeParse(input).success;
        if (valid) {
          expect(envelope.ok).toBe(true);
          expect(reached).toHaveLength(1);
        } else {
          expect(reached).toEqual([]);
          expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('unknown channel names never reach a handler', async () => {
    const { handlers, reached } = spyHandlers();
    const dispatch = createDispatch(handlers);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (name, input) => {
        fc.pre(!(typeof name === 'string' && (channelNames as readonly string[]).includes(name)));
        const envelope = await dispatch(name, input);
        expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
      { numRuns: 3000 },
    );
    // Prototype keys are not channels.
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(reached).toEqual([]);
  });
});
