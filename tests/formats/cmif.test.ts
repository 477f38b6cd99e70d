/**
 * CMIF export: valid CMIF that Cablegraph's own reader reads back document for document —
 * keys, senders and recipients in order, the rest of the chain, mentions, dates at their precision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { validateCmif } from '../../src/data/import/cmif-validate.ts';
import { cmifDateText } from '../../src/data/import/cmif-rows.ts';
import { readCmif } from '../../src/data/import/cmif.ts';
import type { CmifLetter, CmifParty } from '../../src/data/import/cmif.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { parseDate } from '../../src/data/parse/dates.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { toCmif } from '../../src/formats/cmif.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import type { PartyRef } from '../../src/graph/types.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const known = (parties: CmifParty[]): string[] =>
  parties.filter((p) => !p.unknown).map((p) => p.name);

let corpus: Corpus;
let xml: string;
let letters: CmifLetter[];

beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log, { layout: false });
  corpus = createCorpus(built.graph, built.documents);
  xml = toCmif(selectForExport(corpus, null), { date: '2025-01-02', editor: 'A. Curator' });
  const read = readCmif(xml, 'export.xml');
  expect(read.issues).toEqual([]);
  letters = read.letters;
});

describe('formats/cmif: the default corpus', () => {
  it('is valid CMIF', () => {
    expect(validateCmif(xml)).toEqual([]);
  });

  it('reads back every document with its parties, in order', () => {
    // Names as each document writes them ("Cde. Stalin"), not the registry's ("Joseph Stalin").
    const names = (refs: PartyRef[]): string[] => refs.map((r) => r.asWritten);
    expect(letters.map((l) => l.key)).toEqual(corpus.documentList.map((d) => d.id));
    for (const doc of corpus.documentList) {
      const letter = letters.find((l) => l.key === doc.id);
      expect(letter, doc.id).toBeDefined();
      if (!letter) continue;
      expect(
        {
          senders: known(letter.senders),
          recipients: known(letter.recipients),
          via: known(letter.via),
          originators: known(letter.originators),
          participants: known(letter.participants),
          mentions: known(letter.mentions),
          title: letter.title,
          type: letter.type,
          number: letter.number,
          places: letter.sentPlaces.map((p) => p.name),
        },
        doc.id,
      ).toEqual({
        senders: names(doc.roles.senders),
        recipients: names(doc.roles.recipients),
        via: names(doc.roles.via),
        originators: names(doc.roles.originators),
        participants: names(doc.roles.participants),
        mentions: names(doc.roles.mentions),
        title: doc.title,
        type: doc.type,
        number: doc.number,
        places: doc.places,
      });
      expect(letter.date?.when ?? null, doc.id).toBe(doc.date.iso);
    }
  });

  it('keeps dates at their precision and undated documents without a date', () => {
    const byKey = (key: string) => letters.find((l) => l.key === key);
    expect(byKey('1949-10-23-cable-59363')?.date).toEqual({ when: '1949-10-23', text: null });
    expect(byKey('1949-03-protocol-chongjin')?.date).toEqual({ when: '1949-03', text: null });
    expect(byKey('undated-rhee-oliver-letter')?.date).toBeNull();
  });

  it('writes the chain of No. 20475 and authority URIs, organisations as orgName', () => {
    const letter = letters.find((l) => l.key === '1949-11-05-cable-20475');
    expect(letter).toMatchObject({
      originators: [{ name: 'Stalin', ref: 'http://www.wikidata.org/entity/Q855' }],
      senders: [{ name: 'Gromyko' }],
      via: [{ name: 'Kovalev' }],
      recipients: [{ name: 'Mao Zedong' }],
    });
    const lie = letters.find((l) => l.key === '1950-06-26-trygve-lie-mfa');
    expect(lie?.recipients).toEqual([
      expect.objectContaining({ name: 'the Ministry of Foreign Affairs', kind: 'organisation' }),
    ]);
    expect(xml).toContain('<orgName');
  });

  it('describes the file in the header', () => {
    const { meta } = readCmif(xml, 'export.xml');
    expect(meta).toMatchObject({
      title: 'Korean War documents, 1947–1950',
      editor: 'A. Curator',
      publisher: 'Wilson Center Digital Archive, History and Public Policy Program',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      date: '2025-01-02',
    });
    expect(meta.credit).toContain('Wilson Center Digital Archive');
    expect(letters.every((l) => l.source === meta.sources[0]?.id)).toBe(true);
  });

  it('exports only the filtered documents', () => {
    const visibility = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1947',
      end: '1947',
      includeUndated: false,
    });
    const filtered = toCmif(selectForExport(corpus, visibility), { date: '2025-01-02' });
    expect(validateCmif(filtered)).toEqual([]);
    expect(readCmif(filtered, 'x.xml').letters.map((l) => l.key)).toEqual([
      ...visibility.documents,
    ]);
  });
});

describe('formats/cmif: documents CMIF has no place for', () => {
  it('writes "Unknown" for a side nobody is known on, and stays valid', () => {
    const corpus = handCorpus([
      handDoc('agreement', { participants: ['a', 'b'] }, '1949'),
      handDoc('to-b', { recipients: ['b'] }, null),
    ]);
    const xml = toCmif(selectForExport(corpus, null), { date: '2025-01-02' });
    expect(validateCmif(xml)).toEqual([]);
    const [agreement, toB] = readCmif(xml, 'x.xml').letters;
    expect(agreement?.senders).toEqual([
      expect.objectContaining({ name: 'Unknown', unknown: true }),
    ]);
    expect(agreement?.participants.map((p) => p.name)).toEqual(['a', 'b']);
    expect(agreement?.date).toEqual({ when: '1949', text: null });
    expect(toB?.senders[0]?.unknown).toBe(true);
    expect(known(toB?.recipients ?? [])).toEqual(['b']);
    expect(toB?.date).toBeNull();
  });

  it('writes a date range as notBefore/notAfter', () => {
    const doc = handDoc('range', { senders: ['a'], recipients: ['b'] }, '1680-03');
    const ranged = { ...doc, date: { ...doc.date, end: '1681-05' } };
    const xml = toCmif(selectForExport(handCorpus([ranged]), null), { date: '2025-01-02' });
    expect(validateCmif(xml)).toEqual([]);
    expect(readCmif(xml, 'x.xml').letters[0]?.date).toEqual({
      notBefore: '1680-03',
      notAfter: '1681-05',
      text: null,
    });
  });

  it('writes an open range with only its bound, and reads it back as that bound', () => {
    const doc = handDoc('open', { senders: ['a'], recipients: ['b'] }, '1795-03');
    const open = (id: string, qualifier: string) => ({
      ...doc,
      id,
      date: { ...doc.date, qualifier },
    });
    const xml = toCmif(
      selectForExport(handCorpus([open('n-a', 'not after'), open('n-b', 'not before')]), null),
      { date: '2025-01-02' },
    );
    expect(validateCmif(xml)).toEqual([]);
    const dates = readCmif(xml, 'x.xml').letters.map((letter) => letter.date);
    expect(dates).toEqual([
      { notAfter: '1795-03', text: null },
      { notBefore: '1795-03', text: null },
    ]);
    expect(dates.map((date) => parseDate(cmifDateText(date)))).toMatchObject([
      { iso: '1795-03', qualifier: 'not after' },
      { iso: '1795-03', qualifier: 'not before' },
    ]);
  });

  it('says how sure a date is with cert, and reads it back so', () => {
    const doc = handDoc('unsure', { senders: ['a'], recipients: ['b'] }, '1667');
    const unsure = (id: string, qualifier: string, end?: string) => ({
      ...doc,
      id,
      date: { ...doc.date, qualifier, ...(end ? { end } : {}) },
    });
    const docs = [unsure('p', 'probably'), unsure('q', 'possibly', '1668'), unsure('c', 'circa')];
    const xml = toCmif(selectForExport(handCorpus(docs), null), { date: '2025-01-02' });
    expect(validateCmif(xml)).toEqual([]);
    const dates = readCmif(xml, 'x.xml').letters.map((letter) => letter.date);
    expect(dates.map((date) => date?.cert)).toEqual(['medium', 'low', undefined]);
    expect(dates.map((date) => parseDate(cmifDateText(date))?.qualifier)).toEqual([
      'probably',
      'possibly',
      undefined,
    ]);
  });
});
