import { describe, expect, it } from 'vitest';
import { decodeUserData } from '../../../main/services/decode-user-data';
import { firstErrorOffset, jsonErrorWhere } from '../../../shared/validation/json-error-position';

const where = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorWhere(text, error);
  }
  throw new Error('expected invalid JSON');
};

describe('jsonErrorWhere', () => {
  it('gives the line and column, never the text around it', () => {
    const text = '{\n  "name": "Jane Doe",\n  "phone": "555-0100" }}';
    const message = where(text);
    expect(message).toBe('it is not valid at line 3, column 24');
    expect(message).not.toContain('555');
    expect(where('{"name": "Jane Doe" "phone": "555"}')).toBe('it is not valid at line 1, column 21');
  });

  it('says when the file ends too early or is empty', () => {
    expect(where('{"members": [{"name": "Jane Doe"')).toBe('it ends too early, at line 1, column 33');
    expect(where('  \n')).toBe('the file is empty');
  });

  it('finds the same place V8 reports, for the errors V8 gives without a position', () => {
    for (const text of ['garbage here', '{"a": tru}', '[1,2,]', '{"a":1,}', '{"a" 1}', '["x\u0001"]', '[01]', '{"a":"\\q"}', '[1] 2', '{"a":"\\u12g4"}']) {
      let v8: number | null = null;
      try {
        JSON.parse(text);
      } catch (error) {
        const m = /at position (\d+)/.exec((error as Error).message);
        v8 = m ? Number(m[1]) : null;
      }
      const ours = firstErrorOffset(text);
      if (v8 !== null) expect({ text, at: ours }).toEqual({ text, at: v8 });
      expect(ours).toBeLessThan(text.length);
    }
  });

  it('accepts what JSON.parse accepts', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'x\n"\u00e9'], b: {} }, null, 2);
    expect(firstErrorOffset(text)).toBe(text.length);
  });
});

describe('the damaged data file notice', () => {
  it('names the file and the position, not a member name or phone number next to the damage', () => {
    const decoded = decodeUserData('{"schemaVersion":1,"members":[{"name":"Jane Doe" "phone":"555-0100"}]}', 'tta-navigator-data.json');
    expect(decoded).toEqual({ ok: false, kind: 'invalid-json', message: 'tta-navigator-data.json is not valid JSON: it is not valid at line 1, column 50.' });
  });

  it('copes with nesting too deep to follow', () => {
    expect(jsonErrorWhere('['.repeat(200_000) + '}', new SyntaxError('Unexpected token'))).toBe('it is nested too deeply to read');
  });
});
