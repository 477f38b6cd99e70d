/**
 * The XML layer of the CMIF reader: a small element tree built with saxes, with line and column
 * for every element. Refuses any DOCTYPE, so no entity is ever declared, let alone expanded, and
 * nothing is ever fetched; stops at the first well-formedness error, keeping what came before.
 */
import { SaxesParser } from 'saxes';
import { positionOf } from '../io/csv.ts';
import type { BuildIssue } from '../issues.ts';

/** An element of the parsed file; `content` keeps text and children in document order. */
export interface XmlElement {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  content: (XmlElement | string)[];
  line: number;
  column: number;
  /** False when the file ended, or broke, before the element's end tag. */
  closed: boolean;
}

class StopParsing extends Error {}

export interface XmlTreeOptions {
  /**
   * Called with each element as its end tag is read; returning true drops it from the tree. A
   * reader that takes its records as they close keeps memory to one record, not the whole file.
   */
  consume: ((element: XmlElement, root: XmlElement) => boolean) | null;
}

export const DEFAULT_XML_TREE_OPTIONS: XmlTreeOptions = { consume: null };

/** Deeper nesting is refused, so that walking the tree can never overflow the call stack. */
export const MAX_DEPTH = 256;

/**
 * Parse XML into a small element tree. Stops at the first well-formedness error (saxes gives
 * its line and column) and returns what was read before it; refuses any DOCTYPE.
 */
export function parseXmlTree(
  text: string,
  file: string,
  options: Partial<XmlTreeOptions> = {},
): { root: XmlElement | null; error: BuildIssue | null } {
  const { consume } = { ...DEFAULT_XML_TREE_OPTIONS, ...options };
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const fail = (line: number, column: number, message: string): BuildIssue => ({
    severity: 'error',
    file,
    line,
    column,
    message,
  });
  if (source.trim() === '') return { root: null, error: fail(1, 1, 'the file is empty') };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: BuildIssue | null = null;
  let start = { line: 1, column: 1 };
  parser.on('opentagstart', (tag) => {
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.name] = attr.value;
    const element = { name: tag.local, uri: tag.uri, attrs, content: [], closed: false, ...start };
    const parent = stack[stack.length - 1];
    // CMIF nests about ten deep; a file nesting hundreds deep is an attack on the stack.
    if (stack.length >= MAX_DEPTH) {
      error = fail(start.line, start.column, `elements nested deeper than ${MAX_DEPTH}`);
      throw new StopParsing();
    }
    if (parent) parent.content.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element) return;
    element.closed = true;
    const parent = stack[stack.length - 1];
    // The element is its parent's last child: nothing follows it yet.
    const top = stack[0];
    if (parent && top && consume?.(element, top) === true) parent.content.pop();
  });
  const onText = (value: string): void => {
    stack[stack.length - 1]?.content.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('doctype', () => {
    const at = positionOf(source, Math.max(source.indexOf('<!DOCTYPE'), 0));
    error = fail(
      at.line,
      at.column,
      'DOCTYPE not allowed: CMIF needs none, and entities are a risk',
    );
    root = null;
    throw new StopParsing();
  });
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    error = fail(parser.line, parser.column + 1, `not well-formed XML: ${message}`);
    throw new StopParsing();
  });
  try {
    parser.write(source).close();
  } catch (thrown) {
    if (!(thrown instanceof StopParsing))
      error ??= fail(parser.line, parser.column + 1, `cannot read the XML: ${String(thrown)}`);
  }
  return { root, error };
}

/** Child elements, optionally of one name. */
export function childrenOf(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element.content.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** The first element along a path of child names. */
export function pathOf(
  element: XmlElement | undefined,
  ...names: string[]
): XmlElement | undefined {
  let current = element;
  for (const name of names) current = childrenOf(current, name)[0];
  return current;
}

/** Descendants of a name, not looking inside a match. */
export function descendantsOf(element: XmlElement | undefined, name: string): XmlElement[] {
  return childrenOf(element).flatMap((c) => (c.name === name ? [c] : descendantsOf(c, name)));
}

/** Text content with whitespace collapsed, leaving out child elements named in `skip`. */
export function textOf(element: XmlElement | undefined, skip: readonly string[] = []): string {
  return rawTextOf(element, skip).replace(/\s+/g, ' ').trim();
}

/** Text content exactly as written (line breaks kept), for values a writer put there verbatim. */
export function rawTextOf(element: XmlElement | undefined, skip: readonly string[] = []): string {
  const parts: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.content) {
      if (typeof c === 'string') parts.push(c);
      else if (!skip.includes(c.name)) walk(c);
    }
  };
  if (element) walk(element);
  return parts.join('');
}

/** CMIF dates: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isCmifDate(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value);
}
