import type { z } from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/** One channel of the contract: the input schema checked before any handler runs, and the output type. */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field: carries the output type only. */
  readonly output?: O;
}

/** The input schema is built when the channel is first called (a start calls few of them): see lazySchema. */
export function channel<O>() {
  return <I extends z.ZodType>(input: () => I): Channel<I, O> => ({ input: lazySchema(input) });
}
