import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from '../../../main/electron/window-options';
import { loadWindowState, restoreBounds, saveWindowState, type WindowState } from '../../../main/electron/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const secondary = { x: 1920, y: 0, width: 1280, height: 1024 };
const saved: WindowState = { x: 100, y: 80, width: 1200, height: 800, maximised: false };
const defaults = { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };

describe('restoreBounds', () => {
  it('uses defaults (no position, so Electron centres) when nothing was saved', () => {
    expect(restoreBounds(null, [primary])).toEqual({ bounds: defaults, maximised: false });
  });

  it('restores a window that is on a display', () => {
    expect(restoreBounds(saved, [primary])).toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximised: false });
  });

  it('restores onto a secondary display and keeps the maximised flag', () => {
    const onSecond = { ...saved, x: 2000, y: 50, maximised: true };
    expect(restoreBounds(onSecond, [primary, secondary])).toEqual({
      bounds: { x: 2000, y: 50, width: 1200, height: 800 },
      maximised: true,
    });
  });

  it('falls back to defaults when the display it was on is gone', () => {
    expect(restoreBounds({ ...saved, x: 2000 }, [primary])).toEqual({ bounds: defaults, maximised: false });
  });

  it.each([
    ['far right', { x: 5000, y: 100 }],
    ['far left', { x: -5000, y: 100 }],
    ['above (title bar unreachable)', { x: 100, y: -300 }],
    ['below', { x: 100, y: 2000 }],
    ['only a sliver showing', { x: 1920 - 50, y: 100 }],
  ])('falls back to defaults when the window is off every display: %s', (_label, position) => {
    expect(restoreBounds({ ...saved, ...position }, [primary]).bounds).toEqual(defaults);
  });

  it('falls back to defaults when there are no displays', () => {
    expect(restoreBounds(saved, []).bounds).toEqual(defaults);
  });

  it.each([
    { width: 959, height: 800 },
    { width: 1200, height: 639 },
    { width: 1, height: 1 },
  ])('falls back to defaults when smaller than the minimum (%o)', (size) => {
    expect(restoreBounds({ ...saved, ...size }, [primary]).bounds).toEqual(defaults);
  });

  it('clamps a window larger than its display to the display', () => {
    const huge = { ...saved, x: 0, y: 0, width: 4000, height: 3000 };
    expect(restoreBounds(huge, [primary]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tta-window-state-'));
    file = path.join(dir, 'window-state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a state', () => {
    saveWindowState(file, saved);
    expect(loadWindowState(file)).toEqual(saved);
  });

  it('creates missing folders and leaves no temp file behind', () => {
    const nested = path.join(dir, 'a', 'b', 'window-state.json');
    saveWindowState(nested, saved);
    saveWindowState(nested, { ...saved, maximised: true });
    expect(loadWindowState(nested)?.maximised).toBe(true);
    expect(readdirSync(path.dirname(nested))).toEqual(['window-state.json']);
  });

  it('replaces the file whole (temp + rename), never appending', () => {
    saveWindowState(file, saved);
    saveWindowState(file, { ...saved, x: 5 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...saved, x: 5 });
  });

  it('refuses to write an invalid state and keeps the previous file', () => {
    saveWindowState(file, saved);
    expect(() => saveWindowState(file, { ...saved, width: Number.NaN })).toThrow();
    expect(loadWindowState(file)).toEqual(saved);
  });

  it('returns null for a missing file', () => {
    expect(loadWindowState(file)).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it.each([
    ['bad JSON', '{"x": 1,'],
    ['empty file', ''],
    ['not an object', '[1,2,3]'],
    ['null', 'null'],
    ['missing fields', '{"x":1,"y":2}'],
    ['wrong types', '{"x":"1","y":2,"width":1000,"height":700,"maximised":false}'],
    ['extra keys', '{"x":1,"y":2,"width":1000,"height":700,"maximised":false,"evil":true}'],
    ['absurd size', '{"x":1,"y":2,"width":1e12,"height":700,"maximised":false}'],
  ])('returns null, never throws, for %s', (_label, content) => {
    writeFileSync(file, content);
    expect(loadWindowState(file)).toBeNull();
  });

  it('returns null when the path is a directory', () => {
    expect(loadWindowState(dir)).toBeNull();
  });
});
