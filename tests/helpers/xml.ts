/** Reading the XML our exports write, in tests: strictly, so any parser warning fails the test. */
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';

/** Parse strictly: any warning or error of the XML parser fails the test. */
export function parseXml(text: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) throw new Error('no document element');
  return doc.documentElement;
}

/** Every element of this name under `root`, as an array. */
export const elements = (root: Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name));
