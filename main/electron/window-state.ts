import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { lazySchema } from '../../shared/validation/lazy-schema';
import { isFiniteNumber, isPlainRecord } from '../../shared/validation/quick-check';
import { writeFileDurableSync } from '../services/durable-file';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH, type WindowBounds } from './window-options';

export const windowStateSchema = lazySchema(() => {
  const coordinate = z.number().min(-1_000_000).max(1_000_000);
  const size = z.number().min(1).max(100_000);
  return z.object({ x: coordinate, y: coordinate, width: size, height: size, maximised: z.boolean() }).strict();
});

export type WindowState = z.infer<typeof windowStateSchema>;

const inRange = (v: unknown, min: number, max: number): v is number => isFiniteNumber(v) && v >= min && v <= max;

/**
 * The state as this app writes it, checked by hand so a start need not load zod; `undefined`
 * for anything else, which the schema then judges (shared/validation/quick-check.ts).
 */
export function quickWindowState(value: unknown): WindowState | undefined {
  if (!isPlainRecord(value) || Object.keys(value).length !== 5) return undefined;
  const { x, y, width, height, maximised } = value;
  if (!inRange(x, -1_000_000, 1_000_000) || !inRange(y, -1_000_000, 1_000_000) || !inRange(width, 1, 100_000) || !inRange(height, 1, 100_000) || typeof maximised !== 'boolean') return undefined;
  return { x, y, width, height, maximised };
}

/** The state in `value`, or null when it is not one (the schema's verdict). */
export function readWindowState(value: unknown): WindowState | null {
  const quick = quickWindowState(value);
  if (quick) return quick;
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RestoredWindow {
  bounds: WindowBounds;
  maximised: boolean;
}

/** Width of title bar that must land on a display for the window to count as reachable. */
const MIN_VISIBLE_WIDTH = 100;

const defaults = (maximised = false): RestoredWindow => ({ bounds: { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT }, maximised });

/**
 * Where to reopen the window. A remembered position is used only if the
 * window's top edge (its title bar) still lies on a display, so a monitor
 * that was unplugged cannot strand the window off-screen; the size is clamped
 * to that display. Anything smaller than the minimum falls back to defaults
 * (no x/y, so Electron centres it).
 */
export function restoreBounds(saved: WindowState | null, displays: readonly DisplayArea[]): RestoredWindow {
  if (saved === null) return defaults();
  if (saved.width < MIN_WIDTH || saved.height < MIN_HEIGHT) return defaults(saved.maximised);
  const home = displays.find((d) => {
    const topOnDisplay = saved.y >= d.y && saved.y < d.y + d.height;
    const overlap = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    return topOnDisplay && overlap >= MIN_VISIBLE_WIDTH;
  });
  if (!home) return defaults(saved.maximised);
  return {
    bounds: {
      x: saved.x,
      y: saved.y,
      width: Math.max(MIN_WIDTH, Math.min(saved.width, home.width)),
      height: Math.max(MIN_HEIGHT, Math.min(saved.height, home.height)),
    },
    maximised: saved.maximised,
  };
}

/** The remembered state, or null when there is none or it cannot be trusted. Never throws. */
export function loadWindowState(file: string): WindowState | null {
  try {
    return readWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes the state through the durable writer so a crash mid-write leaves
 * the previous file intact. Synchronous on purpose: it runs on window close,
 * just before the process may exit.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const valid = windowStateSchema.parse(state);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileDurableSync(file, `${JSON.stringify(valid, null, 2)}\n`);
}
