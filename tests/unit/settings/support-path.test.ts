import { describe, expect, it } from 'vitest';
import { supportPath } from '../../../shared/support-path';

describe('supportPath', () => {
  it('shows the Windows data folder under %APPDATA%, whatever the letter case', () => {
    const context = { home: 'C:\\Users\\pat', appData: 'C:\\Users\\pat\\AppData\\Roaming', windows: true };
    expect(supportPath('C:\\Users\\pat\\AppData\\Roaming\\TTA Navigator', context)).toBe('%APPDATA%\\TTA Navigator');
    expect(supportPath('c:\\users\\PAT\\appdata\\roaming\\TTA Navigator\\tta-navigator-data.json', context)).toBe('%APPDATA%\\TTA Navigator\\tta-navigator-data.json');
    expect(supportPath('C:\\Users\\pat\\Documents\\x', context)).toBe('~\\Documents\\x');
  });

  it('shows macOS and Linux folders under ~', () => {
    expect(supportPath('/Users/pat/Library/Application Support/TTA Navigator', { home: '/Users/pat', appData: undefined, windows: false })).toBe(
      '~/Library/Application Support/TTA Navigator',
    );
    expect(supportPath('/home/pat/.config/TTA Navigator', { home: '/home/pat/', appData: undefined, windows: false })).toBe('~/.config/TTA Navigator');
  });

  it('leaves other places alone, including a sibling account whose name starts the same', () => {
    const context = { home: '/home/pat', appData: undefined, windows: false };
    expect(supportPath('/home/patricia/.config/TTA Navigator', context)).toBe('/home/patricia/.config/TTA Navigator');
    expect(supportPath('/srv/tta', context)).toBe('/srv/tta');
  });
});
