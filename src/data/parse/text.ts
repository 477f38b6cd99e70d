/**
 * Bracket- and quote-aware text helpers for reading archival titles.
 * Titles nest names and notes in (round) and [square] brackets and quote agenda items in 'single'
 * or “curly” quotes; separators inside those must not split the title.
 */

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’', '"': '"' };

/** Most titles have no brackets or quotes at all: they need no depth scan. */
/** An apostrophe inside a word ("People's", "Workers' Party") opens nothing: only one after a space. */
function hasNesting(text: string): boolean {
  return /[([“‘"]|(?:^|[\s,(])'/.test(text);
}

/** The depths of the last texts asked about: the reader splits the same piece several times. */
const recentDepths = new Map<string, number[]>();

/** Depths, or null when every character is at the top level. */
function depthsOf(text: string): number[] | null {
  if (!hasNesting(text)) return null;
  let depths = recentDepths.get(text);
  if (!depths) {
    depths = nestingDepths(text);
    if (recentDepths.size >= 64) recentDepths.clear();
    recentDepths.set(text, depths);
  }
  return depths;
}

/** True when a straight single quote at `i` opens a quotation rather than being an apostrophe. */
function opensQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? ' ';
  return /[\s,(]/.test(before) && /\S/.test(after);
}

/** True when a straight single quote at `i` closes a quotation. */
function closesQuote(text: string, i: number): boolean {
  const after = text[i + 1] ?? ' ';
  return /[\s,.;:)\]]/.test(after) || i === text.length - 1;
}

/**
 * Depth of bracket/quote nesting before each character. Unbalanced openers are treated as
 * literal characters so one stray "(" cannot swallow the rest of a title.
 */
export function nestingDepths(text: string): number[] {
  if (!hasNesting(text)) return new Array<number>(text.length).fill(0);
  const depths: number[] = new Array<number>(text.length).fill(0);
  const stack: { close: string; at: number }[] = [];
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const top = stack[stack.length - 1];
    if (top && ch === top.close && (ch !== "'" || closesQuote(text, i))) {
      stack.pop();
      spans.push([top.at, i]);
    } else if (ch === "'" && opensQuote(text, i) && text.indexOf("'", i + 1) > i) {
      stack.push({ close: "'", at: i });
    } else if (ch in OPENERS && ch !== '"') {
      stack.push({ close: OPENERS[ch] ?? '', at: i });
    } else if (ch === '"' && !(top && top.close === '"')) {
      stack.push({ close: '"', at: i });
    }
  }
  for (const [start, end] of spans) {
    for (let i = start + 1; i < end; i++) depths[i] = (depths[i] ?? 0) + 1;
  }
  return depths;
}

/**
 * Global copies of the callers' patterns, compiled once: the parser splits every title many times.
 * Keyed by the pattern object, so callers keep their patterns in constants (a regex literal inside
 * a function is a new object at every call).
 */
const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalVersion(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    global = new RegExp(pattern.source, flags);
    globalPatterns.set(pattern, global);
  }
  return global;
}

/** Separators kept as constants: a regex literal inside a function is a new object at each call. */
export const COMMA = /,/;
export const COMMA_OR_COLON = /[,:]/;

/** A piece of a text with its offsets. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Split on a separator pattern outside brackets and quotes, keeping each piece's offsets. */
export function splitTopLevelSpans(text: string, separator: RegExp): Span[] {
  const depths = depthsOf(text);
  const pattern = globalVersion(separator);
  const parts: Span[] = [];
  let last = 0;
  pattern.lastIndex = 0; // shared with indexOfTopLevel, which leaves it where it stopped
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if ((depths?.[at] ?? 0) > 0 || match[0].length === 0) continue;
    parts.push({ text: text.slice(last, at), start: last, end: at });
    last = at + match[0].length;
  }
  parts.push({ text: text.slice(last), start: last, end: text.length });
  return parts;
}

/** Split on a separator pattern only where it occurs outside brackets and quotes. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  return splitTopLevelSpans(text, separator).map((span) => span.text);
}

/** First index of a pattern outside brackets and quotes, or -1. */
export function indexOfTopLevel(text: string, pattern: RegExp, from = 0): RegExpExecArray | null {
  const depths = depthsOf(text);
  const re = globalVersion(pattern);
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if ((depths?.[match.index] ?? 0) === 0) return match;
    if (match[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** A bracketed group found at the top level of a text. */
export interface BracketGroup {
  open: string;
  content: string;
  start: number;
  end: number; // exclusive
}

/** Top-level (…) and […] groups of a text, in order. */
export function bracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  const depths = depthsOf(text);
  if (!depths) return groups;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ((ch === '(' || ch === '[') && (depths[i] ?? 0) === 0) {
      const close = ch === '(' ? ')' : ']';
      let j = i + 1;
      while (j < text.length && !(text[j] === close && (depths[j] ?? 0) === 0)) j++;
      if (j < text.length) {
        groups.push({ open: ch, content: text.slice(i + 1, j).trim(), start: i, end: j + 1 });
        i = j;
      }
    }
  }
  return groups;
}

/** Whatever `tidy` would change: whitespace other than single spaces, space before punctuation, separators at the ends. */
const UNTIDY_INSIDE = /[^\S ]| {2}|\s[,;.]/;
const UNTIDY_END = /[\s,;:]/;

/** Collapse runs of whitespace and trim separators left behind by removals. */
export function tidy(text: string): string {
  // Most pieces are already tidy; testing is much cheaper than three replacements, and the ends
  // are looked at directly (with "^…|…$" in the one pattern, tidy took 8 % of the reader's time).
  const untidy =
    UNTIDY_END.test(text.charAt(0)) ||
    UNTIDY_END.test(text.charAt(text.length - 1)) ||
    UNTIDY_INSIDE.test(text);
  if (!untidy) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;.])/g, '$1')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .trim();
}

/** Remove ranges [start, end) from a text, leaving a space where each was. */
export function removeRanges(
  text: string,
  ranges: readonly { start: number; end: number }[],
): string {
  let out = '';
  let last = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(last, range.start)} `;
    last = range.end;
  }
  return out + text.slice(last);
}

/** True when the text starts with an uppercase letter (a name) rather than a lowercase word. */
export function startsCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim());
}
