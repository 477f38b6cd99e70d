/**
 * Hostile text in every export: markup characters, quotes, a CDATA end and a leading "=" in a
 * title, a summary and a name stay well-formed XML and read back exactly; in CSV, nothing a
 * spreadsheet would run as a formula survives.
 */
import { parseXml } from '../helpers/xml.ts';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../src/data/issues.ts';
import { readCsv } from '../../src/data/io/csv.ts';
import { validateCmif } from '../../src/data/import/cmif-validate.ts';
import { readCmif } from '../../src/data/import/cmif.ts';
import { buildCorrespondenceGraph } from '../../src/graph/build.ts';
import type { NodeInfo } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import { toCmif } from '../../src/formats/cmif.ts';
import { edgesToCsv, peopleToCsv } from '../../src/formats/csv.ts';
import { documentsToCsv, readListCell } from '../../src/formats/documents-csv.ts';
import { toGexf } from '../../src/formats/gexf.ts';
import { toGraphml } from '../../src/formats/graphml.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { handDoc } from '../helpers/hand-corpus.ts';

const NAME = `=Eve <&> "O'Brien" ]]> @home`;
const TITLE = `=1+1 Letter <b>from</b> Eve & "Bob" 'quoted' ]]> <!-- no --> <![CDATA[x]]>`;
const SUMMARY = `=HYPERLINK("http://example.org/?a=1&b=2","click")\n+second line`;
const CORPUS_NAME = `Corpus <&> "quoted" ]]>`;

const person = (id: string, label: string, kind: NodeInfo['kind'] = 'person'): NodeInfo => ({
  id,
  label,
  kind,
  affiliation: 'X & <Y>',
  role: '@role',
  aliases: ['-alias', 'plain'],
  registered: true,
});

const doc = {
  ...handDoc('hostile', {
    senders: ['eve'],
    recipients: ['bob'],
    via: ['minus'],
    mentions: ['plus'],
  }),
  title: TITLE,
  summary: SUMMARY,
  type: '=cmd',
  number: '-1',
  places: ['@Place & <Town>'],
};
const people = [
  person('eve', NAME),
  person('bob', 'Bob "the" <Builder>', 'organisation'),
  person('minus', '-'),
  person('plus', '+Plus'),
];
// The document names each party as its label: the exports write names as written.
for (const refs of Object.values(doc.roles))
  for (const ref of refs) ref.asWritten = people.find((p) => p.id === ref.person)?.label ?? '';
const graph = buildCorrespondenceGraph([doc], people);
graph.replaceAttributes({ name: CORPUS_NAME, slug: 'hostile', credit: 'Credit & <Co>' });
const corpus = createCorpus(graph, [doc]);
const selection = () => selectForExport(corpus, null);

describe('formats: hostile text in XML', () => {
  it('GEXF stays well-formed and reads back the same names', () => {
    const xml = toGexf(selection());
    parseXml(xml);
    const back = parse(MultiDirectedGraph, xml);
    expect(back.getNodeAttribute('eve', 'label')).toBe(NAME);
    expect(back.getNodeAttribute('bob', 'label')).toBe('Bob "the" <Builder>');
    expect(back.getNodeAttribute('eve', 'affiliation')).toBe('X & <Y>');
    expect(back.getAttribute('description')).toContain(CORPUS_NAME);
  });

  it('GraphML stays well-formed and reads back the same names', () => {
    const root = parseXml(toGraphml(selection()));
    const labels = Array.from(root.getElementsByTagName('data'))
      .filter((d) => d.getAttribute('key') === 'n_label')
      .map((d) => d.textContent);
    expect(labels).toContain(NAME);
    const name = Array.from(root.getElementsByTagName('data')).find(
      (d) => d.getAttribute('key') === 'g_name',
    );
    expect(name?.textContent).toBe(CORPUS_NAME);
  });

  it('CMIF stays well-formed, valid, and reads back the same title and names', () => {
    const xml = toCmif(selection(), { date: '2025-01-02' });
    parseXml(xml);
    expect(validateCmif(xml)).toEqual([]);
    const { letters, meta, issues } = readCmif(xml, 'hostile.xml');
    expect(issues).toEqual([]);
    expect(meta.title).toBe(CORPUS_NAME);
    expect(letters[0]).toMatchObject({
      title: TITLE,
      type: '=cmd',
      number: '-1',
      senders: [{ name: NAME, kind: 'person' }],
      recipients: [{ name: 'Bob "the" <Builder>', kind: 'organisation' }],
      via: [{ name: '-' }],
      mentions: [{ name: '+Plus' }],
      sentPlaces: [{ name: '@Place & <Town>' }],
    });
  });

  it('drops characters XML cannot hold at all, and stays well-formed', () => {
    const odd = createCorpus(
      buildCorrespondenceGraph(
        [{ ...doc, title: 'bell\u0007 and lone \uD800 surrogate' }],
        [person('eve', 'Eve\u0000\u001F'), ...people.slice(1)],
      ),
      [{ ...doc, title: 'bell\u0007 and lone \uD800 surrogate' }],
    );
    const sel = selectForExport(odd, null);
    for (const xml of [toGexf(sel), toGraphml(sel), toCmif(sel)]) parseXml(xml);
    // Dropped, not replaced: the title reads back as written, less what XML cannot hold.
    expect(readCmif(toCmif(sel), 'odd.xml').letters[0]?.title).toBe('bell and lone  surrogate');
  });
});

describe('formats: hostile text in CSV', () => {
  const cells = (text: string): string[] => {
    const log = new IssueLog();
    const read = readCsv(text, 'x.csv', log);
    expect(log.issues).toEqual([]);
    return read?.rows.flatMap((r) => r.fields) ?? [];
  };

  it('leaves no cell that starts a formula, even one spanning lines', () => {
    for (const csv of [
      documentsToCsv(selection()),
      edgesToCsv(selection()),
      peopleToCsv(selection()),
    ]) {
      for (const cell of cells(csv)) {
        if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // numbers (positions) are numbers
        expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const all = cells(documentsToCsv(selection()));
    expect(all).toContain(`'${SUMMARY}`);
    expect(all).toContain(`'${TITLE}`);
  });

  it('never writes a curation mark as a role', () => {
    const log = new IssueLog();
    const table = readCsv(documentsToCsv(selection()), 'x.csv', log);
    const get = (column: string): string =>
      table?.rows[0]?.fields[table.header.indexOf(column)] ?? '';
    for (const role of ['senders', 'recipients', 'via', 'originators', 'participants', 'mentions'])
      expect(get(role)).not.toMatch(/^[-+]/);
    // A person named "-" is a name, not "clear this role"; "+Plus" is not "add Plus": the mark is
    // written as a character reference, which the build reads as the name it stands for.
    expect(get('via')).toBe('&#45;');
    expect(get('mentions')).toBe('&#43;Plus');
    expect(readListCell(get('via'))).toEqual(['-']);
    expect(readListCell(get('mentions'))).toEqual(['+Plus']);
  });
});
