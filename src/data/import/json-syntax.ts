/**
 * Where JSON goes wrong. `JSON.parse` gives a position for some errors only ("Unexpected token
 * ',', … is not valid JSON" has none), so a curator would be left searching the file. This scanner
 * follows the JSON grammar without building anything and returns the offset of the first
 * character that breaks it. Iterative, so deep nesting cannot overflow the stack.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };
const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/**
 * Offset of the first character that is not valid JSON (text.length when the text ends too soon),
 * where JSON.parse would report it; null when the text is valid.
 */
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
        // As JSON.parse reports it: at the character after the backslash, or the bad hex digit.
        i++;
        if (ESCAPES.has(text[i] ?? '')) i++;
        else if (text[i] !== 'u') return false;
        else {
          i++;
          for (let n = 0; n < 4; n++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return false;
        }
      } else i++;
    }
  };
  const digits = (): boolean => {
    if (!isDigit(text[i])) return false;
    while (isDigit(text[i])) i++;
    return true;
  };
  /** A number, failing where JSON.parse does: at the first character that cannot continue it. */
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  const scalar = (): boolean => {
    const char = text[i];
    if (char === '"') return string();
    const literal = LITERALS[char ?? ''];
    if (literal === undefined) return number();
    for (const expected of literal) {
      if (text[i] !== expected) return false;
      i++;
    }
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

/**
 * Offsets where each element of a top-level array starts (`"edges": [ {…}, {…} ]` → the offset
 * of each "{"), so a graph's edges can be named by line and column. For valid JSON only; one pass
 * over the text, skipping strings, without building anything.
 */
export function arrayElementOffsets(text: string, key: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let lastString = '';
  let inArray = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (inArray && depth === 2 && expectElement) {
        offsets.push(start);
        expectElement = false;
      }
      lastString = depth === 1 ? text.slice(start + 1, i) : lastString;
      continue;
    }
    if (char === undefined || WHITESPACE.has(char)) continue;
    if (inArray && depth === 2 && expectElement && char !== ']') {
      offsets.push(i);
      expectElement = false;
    }
    if (char === '{' || char === '[') {
      depth++;
      if (depth === 2 && char === '[' && lastString === key) {
        inArray = true;
        expectElement = true;
      }
    } else if (char === '}' || char === ']') {
      if (depth === 2 && inArray) inArray = false;
      depth--;
    } else if (char === ',' && inArray && depth === 2) expectElement = true;
    else if (char === ':' || char === ',') continue;
  }
  return offsets;
}
