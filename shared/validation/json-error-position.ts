/**
 * Where a JSON text goes wrong, as "line L, column C", never what it says there: V8's messages
 * quote the neighbouring text ("Unexpected token '}', "{"name": "Jane…" is not valid JSON"),
 * and a damaged data file's notice ends up in screenshots sent to IT.
 */
export function jsonErrorWhere(text: string, error: unknown): string {
  if (text.trim() === '') return 'the file is empty';
  const reported = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  const offset = reported ? Number(reported[1]) : firstErrorOffset(text);
  if (offset === null) return 'it is nested too deeply to read';
  const ends = offset >= text.length;
  const before = text.slice(0, Math.min(offset, text.length));
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return ends ? `it ends too early, at line ${line}, column ${column}` : `it is not valid at line ${line}, column ${column}`;
}

/**
 * Offset of the first character a strict JSON reader would refuse (text.length if it ends early
 * or is valid); null when the nesting is too deep to follow.
 */
export function firstErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    // A stack overflow (thousands of nested brackets) is not a position.
    return typeof offset === 'number' ? offset : null;
  }
}
