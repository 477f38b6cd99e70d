/**
 * Where JSON goes wrong. `JSON.parse` gives a position for some errors only ("Unexpected token
 * ',', … is not valid JSON" has none), so a curator would be left searching the file. This scanner
 * follows the JSON grammar without building anything and returns the offset of the first
 * character that breaks it. Iterative, so deep nesting cannot overflow the stack.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** true, false, null or a number, from `lastIndex` on. */
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset of the first character that is not valid JSON (text.length at a premature end); null when the text is valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = (): void => {
    while (WHITESPACE.has(text[i] ?? '')) i++;
  };
  /** A string starting at i; leaves i after it, or at the offending character. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') return false;
      if (char === '"') {
        i++;
        return true;
      }
      if (char === '\\') {
        const next = text[i + 1] ?? '';
        if (ESCAPES.has(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
      } else i++;
    }
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    LITERAL.lastIndex = i;
    const match = LITERAL.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  /** An object key and its colon. */
  const key = (): boolean => {
    skip();
    if (!string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const closers: string[] = [];
  let expectValue = true;
  for (;;) {
    skip();
    const char = text[i];
    if (expectValue) {
      if (char === '[' || char === '{') {
        i++;
        skip();
        const closer = char === '[' ? ']' : '}';
        if (text[i] === closer) {
          i++;
          expectValue = false;
        } else {
          closers.push(closer);
          if (closer === '}' && !key()) return i;
        }
        continue;
      }
      if (!scalar()) return i;
      expectValue = false;
      continue;
    }
    const closer = closers[closers.length - 1];
    if (closer === undefined) return char === undefined ? null : i;
    if (char === ',') {
      i++;
      if (closer === '}' && !key()) return i;
      expectValue = true;
    } else if (char === closer) {
      i++;
      closers.pop();
    } else return i;
  }
}
