import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../src/ui/format.ts';

describe('ui/format: counts', () => {
  it('groups thousands as the English locale does', () => {
    for (const n of [0, 7, 999, 1000, 34_969, 100_000, 1_234_567, -12_345, 1234.5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en', { maximumFractionDigits: 20 }));
    }
  });

  it('says one document and many documents', () => {
    expect(plural(1, 'document')).toBe('1 document');
    expect(plural(20_000, 'person', 'people')).toBe('20,000 people');
  });
});
