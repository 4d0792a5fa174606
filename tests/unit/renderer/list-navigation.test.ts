import type { KeyboardEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { targetRow } from '../../../renderer/components/list-navigation';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent;

describe('keyboard movement in long lists', () => {
  it('moves by one, by a page, and to either end, staying inside the list', () => {
    expect(targetRow(key('ArrowDown'), 3, 10, 4)).toBe(4);
    expect(targetRow(key('ArrowUp'), 0, 10, 4)).toBe(0);
    expect(targetRow(key('PageDown'), 8, 10, 4)).toBe(9);
    expect(targetRow(key('PageUp'), 2, 10, 4)).toBe(0);
    expect(targetRow(key('Home'), 7, 10, 4)).toBe(0);
    expect(targetRow(key('End'), 0, 100_000, 4)).toBe(99_999);
  });

  it('leaves other keys, modified keys and empty lists to the browser', () => {
    expect(targetRow(key('Enter'), 1, 10, 4)).toBeNull();
    expect(targetRow(key('ArrowDown', { ctrlKey: true }), 1, 10, 4)).toBeNull();
    expect(targetRow(key('End'), 0, 0, 4)).toBeNull();
  });
});
