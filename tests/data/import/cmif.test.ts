/**
 * Reading real CMIF files with every letter accounted for, the CMIF v2 mentions in their several
 * spellings, and hostile or broken input: an issue with its line, never an exception, never a
 * file read or an entity expanded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import { validateCmif } from '../../../src/data/import/cmif-validate.ts';
import { childrenOf, parseXmlTree } from '../../../src/data/import/cmif-xml.ts';
import { parseDate } from '../../../src/data/parse/dates.ts';
import { cmifDateText } from '../../../src/data/import/cmif-rows.ts';
import { readCmif } from '../../../src/data/import/cmif.ts';
import { buildRead, cmifDocument, readBytes } from '../../helpers/import.ts';
import type { CmifReadResult } from '../../../src/data/import/cmif.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/cmif');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const errors = (result: CmifReadResult) => result.issues.filter((i) => i.severity === 'error');

/** A CMIF file around some correspDesc elements. */
function cmif(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Test letters</title><editor>Ed Itor <email>ed@example.org</email></editor></titleStmt>
      <publicationStmt>
        <publisher><ref target="https://example.org">Example Press</ref></publisher>
        <idno type="url">https://example.org/letters.xml</idno>
        <date when="2024-05-01T10:00:00"/>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</licence></availability>
      </publicationStmt>
      <sourceDesc><bibl type="online" xml:id="b1">Example edition</bibl></sourceDesc>
    </fileDesc>
    <profileDesc>
${body}
    </profileDesc>
  </teiHeader>
</TEI>
`;
}

describe('data/import/cmif: real files', () => {
  it.each(['cmif-example01-basic.xml', 'cmif-example02-printed-edition.xml'])(
    'accounts for every correspDesc of %s',
    (name) => {
      const text = fixture(name);
      expect(readCmif(text, name).letters).toHaveLength(
        text.match(/<correspDesc[\s>]/g)?.length ?? -1,
      );
    },
  );

  it('reads the basic example: metadata, dates with cert, places with GeoNames ids, a person without id', () => {
    const text = fixture('cmif-example01-basic.xml');
    const result = readCmif(text, 'example01.xml');
    expect(result.issues).toEqual([]);
    expect(result.meta).toMatchObject({
      title: 'Example of correspondence descriptions from the Carl-Maria-von-Weber-Gesamtausgabe',
      editor: 'Peter Stadler',
      publisher: 'Carl-Maria-von-Weber-Gesamtausgabe',
      licenceUrl: 'http://creativecommons.org/licenses/by/4.0/',
      date: '2018-03-30T13:47:49.11+02:00',
    });
    expect(result.meta.credit).toMatch(/^Carl-Maria-von-Weber-Gesamtausgabe\. Digitale Edition/);
    const [first, second, third] = result.letters;
    expect(first).toMatchObject({
      ref: 'http://www.weber-gesamtausgabe.de/A044980',
      source: 'f5055f00-9182-4728-8f81-a0cf016b616b',
      senders: [{ name: 'Gänsbacher, Johann', ref: 'http://d-nb.info/gnd/118814044' }],
      recipients: [{ name: 'Weber, Carl Maria von', kind: 'person', unknown: false }],
      receivedPlaces: [{ name: 'Mannheim', ref: 'http://www.geonames.org/2873891' }],
      date: { notBefore: '1810-07-11', notAfter: '1810-07-18', cert: 'medium', text: null },
      receivedDate: { when: '1810-07-18' },
    });
    expect(second?.receivedDate).toBeNull();
    expect(third?.recipients).toEqual([
      { name: 'Pastenaci, E.', ref: null, kind: 'person', unknown: false, evidence: null },
    ]);
    expect(validateCmif(text)).toEqual([]);
  });

  it('reads the printed-edition example, letters identified by key', () => {
    const text = fixture('cmif-example02-printed-edition.xml');
    const result = readCmif(text, 'example02.xml');
    expect(result.issues).toEqual([]);
    expect(result.letters.map((l) => l.key)).toEqual(['631', '632', '633']);
    expect(result.letters[0]?.receivedDate).toEqual({
      when: '1792-12-26',
      cert: 'high',
      text: null,
    });
    expect(validateCmif(text)).toEqual([]);
  });

  it('accounts for all 2,435 letters of the Spener correspondence', () => {
    const text = fixture('spener-letters.xml');
    const result = readCmif(text, 'spener-letters.xml');
    expect(errors(result)).toEqual([]);
    const counted = text.match(/<correspDesc[\s>]/g)?.length;
    expect(counted).toBe(2435);
    expect(result.letters).toHaveLength(counted ?? -1);
    // One letter per correspDesc, each from its own start tag, each with its key.
    expect(new Set(result.letters.map((l) => l.line)).size).toBe(2435);
    expect(result.letters.every((l) => l.key !== null && l.source !== null)).toBe(true);
    expect(result.letters.every((l) => l.senders.length > 0 && l.recipients.length > 0)).toBe(true);
    const spring = result.letters.find((l) => l.date?.text === '[Frühjahr 1667]');
    expect(spring?.date).toMatchObject({ notBefore: '1667-03', notAfter: '1667-06' });
    const ranged = result.letters.find((l) => l.date?.from === '1669');
    expect(ranged?.date).toMatchObject({ to: '1670', cert: 'medium', text: '[1669/70]' });
    const orgs = result.letters
      .flatMap((l) => [...l.senders, ...l.recipients])
      .filter((p) => p.kind === 'organisation');
    expect(orgs.map((o) => o.name).sort()).toEqual([
      'Universität Wittenberg',
      'die Theologische Fakultät',
    ]);
    expect(result.letters.some((l) => l.recipients.some((p) => p.evidence === 'conjecture'))).toBe(
      true,
    );
    expect(result.meta.sources).toHaveLength(13);
  });
});

describe('data/import/cmif: dates the edition is unsure of', () => {
  it('reads the Spener letters dated "not after", "not before" or with medium certainty so', () => {
    const { letters } = readCmif(fixture('spener-letters.xml'), 'spener-letters.xml');
    const seen = { 'not after': 0, 'not before': 0, probably: 0 };
    for (const letter of letters) {
      const date = letter.date;
      if (!date) continue;
      const read = parseDate(cmifDateText(date));
      const lone =
        (date.notAfter ?? date.to) === undefined || (date.notBefore ?? date.from) === undefined;
      if (!date.when && lone) {
        const qualifier = date.notAfter ? 'not after' : 'not before';
        expect(read).toMatchObject({ iso: date.notAfter ?? date.notBefore, qualifier });
        seen[qualifier]++;
      } else if (date.cert === 'medium') {
        expect(read).toMatchObject({
          iso: date.when ?? date.from ?? date.notBefore,
          qualifier: 'probably',
        });
        seen.probably++;
      } else {
        expect(read).not.toHaveProperty('qualifier');
      }
    }
    expect(Object.values(seen).every((count) => count > 0)).toBe(true);
  });

  it('says an unsure date in the date itself, and any other certainty in the notes', () => {
    const letter = (cert: string) => `      <correspDesc key="${cert}" source="#b1">
        <correspAction type="sent"><persName>Anna</persName><date when="1667" cert="${cert}"/></correspAction>
        <correspAction type="received"><persName>Ben</persName></correspAction>
      </correspDesc>`;
    const { rows } = readBytes(
      'x.xml',
      cmifDocument(['medium', 'low', 'high'].map(letter).join('\n')),
    );
    expect(rows.map((row) => [row.get('date'), row.get('notes')])).toEqual([
      ['probably 1667', ''],
      ['possibly 1667', ''],
      ['1667', 'date certainty: high'],
    ]);
  });
});

describe('data/import/cmif: letters without a key', () => {
  const keyless = (ref: string | null, from: string, to: string, when: string): string =>
    `      <correspDesc${ref ? ` ref="${ref}"` : ''} source="#b1">
        <correspAction type="sent"><persName>${from}</persName><date when="${when}"/></correspAction>
        <correspAction type="received"><persName>${to}</persName></correspAction>
      </correspDesc>`;
  const ids = (letters: string[]): string[] =>
    readBytes('letters.xml', cmifDocument(letters.join('\n'))).rows.map((row) => row.get('id'));

  it('are named by their edition address, or by date and correspondents, not by their line', () => {
    const letters = [
      keyless('https://edition.example/letters/L0042', 'Anna Ames', 'Ben Bode', '1800-01-02'),
      keyless(null, 'Anna Ames', 'Ben Bode', '1800-01-02'),
      keyless(null, 'Anna Ames', 'Ben Bode', '1800-01-02'),
      keyless(null, 'Cora Cole', 'Anna Ames', '1801-03'),
    ];
    const first = ids(letters);
    expect(first).toEqual([
      'letters-letters-l0042',
      'letters-1800-01-02-anna-ames-to-ben-bode-1',
      'letters-1800-01-02-anna-ames-to-ben-bode-2',
      'letters-1801-03-cora-cole-to-anna-ames',
    ]);
    // A letter added before them (the edition's next release) leaves their ids alone.
    const added = keyless(null, 'Dora Dahl', 'Ben Bode', '1799-12-31');
    expect(ids([added, ...letters]).slice(1)).toEqual(first);
  });
});

describe('data/import/cmif: what files write', () => {
  it('reads several names per side, unknown and empty names, dates of every precision with text', () => {
    const text = cmif(`
      <correspDesc key="1" source="#b1">
        <correspAction type="sent">
          <persName ref="http://d-nb.info/gnd/1">Anna A</persName>
          <persName>Ben B</persName>
          <orgName ref="http://d-nb.info/gnd/2">The Council</orgName>
          <placeName ref="http://www.geonames.org/2950159">Berlin</placeName>
          <date from="1801-02" to="1802">winter 1801/02</date>
        </correspAction>
        <correspAction type="received">
          <persName>Unknown</persName>
          <date when="1803-04-05"/>
        </correspAction>
      </correspDesc>
      <correspDesc key="2" source="#b1">
        <correspAction type="sent"><persName/><date when="1804"/></correspAction>
      </correspDesc>`);
    const result = readCmif(text, 'test.xml');
    const [one, two] = result.letters;
    expect(one?.senders.map((p) => [p.name, p.kind, p.ref])).toEqual([
      ['Anna A', 'person', 'http://d-nb.info/gnd/1'],
      ['Ben B', 'person', null],
      ['The Council', 'organisation', 'http://d-nb.info/gnd/2'],
    ]);
    expect(one?.recipients).toEqual([expect.objectContaining({ name: 'Unknown', unknown: true })]);
    expect(one?.date).toEqual({ from: '1801-02', to: '1802', text: 'winter 1801/02' });
    expect(one?.receivedDate).toEqual({ when: '1803-04-05', text: null });
    expect(two?.senders).toEqual([expect.objectContaining({ name: '', unknown: true })]);
    expect(two?.date?.when).toBe('1804');
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 30,
        message: expect.stringMatching(/no name/),
      }),
    ]);
    expect(result.meta).toMatchObject({ editor: 'Ed Itor', publisher: 'Example Press' });
  });

  it('reads mentions in every spelling of the CMIF vocabulary, and ignores refs it does not know', () => {
    const result = readCmif(
      cmif(`
      <correspDesc key="1" source="#b1">
        <correspAction type="sent"><persName>A</persName></correspAction>
        <note>
          <ref type="cmif:mentionsPerson" target="http://d-nb.info/gnd/1">Prefixed</ref>
          <ref type="https://lod.academy/cmif/vocab/terms#mentionsPerson" target="http://d-nb.info/gnd/2">Hash</ref>
          <ref type="https://lod.academy/cmif/vocab/terms/mentionsPerson">Slash</ref>
          <ref type="http://lod.academy/cmif/vocab/terms#mentionsOrganization">An Office</ref>
          <ref type="cmif:mentionsPlace" target="http://www.geonames.org/1">Rome</ref>
          <ref type="cmif:hasTextBase" target="cmif:Draft"/>
        </note>
      </correspDesc>`),
      'test.xml',
    );
    expect(result.issues).toEqual([]);
    const letter = result.letters[0];
    expect(letter?.mentions.map((m) => [m.name, m.kind, m.ref])).toEqual([
      ['Prefixed', 'person', 'http://d-nb.info/gnd/1'],
      ['Hash', 'person', 'http://d-nb.info/gnd/2'],
      ['Slash', 'person', null],
      ['An Office', 'organisation', null],
    ]);
    expect(letter?.mentionedPlaces).toEqual([
      { name: 'Rome', ref: 'http://www.geonames.org/1', evidence: null },
    ]);
  });

  it('reports a date that is not a CMIF date, with its line, and keeps the letter', () => {
    const result = readCmif(
      cmif(`
      <correspDesc key="1" source="#b1">
        <correspAction type="sent"><persName>A</persName><date when="23.10.1949">23 Oct</date></correspAction>
      </correspDesc>`),
      'test.xml',
    );
    expect(result.letters[0]?.date).toEqual({ text: '23 Oct' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 17,
        message: expect.stringMatching(/23\.10\.1949/),
      }),
    ]);
  });

  it('keeps the first of two dates of one action, and says so with the line of the second', () => {
    const result = readCmif(
      cmif(`
      <correspDesc key="1" source="#b1">
        <correspAction type="sent"><persName>A</persName><date when="1949-10-23"/>
          <date when="1949-10-25"/></correspAction>
        <correspAction type="received"><persName>B</persName><date when="1949-10-30"/></correspAction>
      </correspDesc>`),
      'test.xml',
    );
    expect(result.letters[0]?.date).toMatchObject({ when: '1949-10-23' });
    expect(result.letters[0]?.receivedDate).toMatchObject({ when: '1949-10-30' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 18,
        message: expect.stringMatching(/second <date>.*sent.*first is used/),
      }),
    ]);
  });

  it('reads a TEI root without the TEI namespace, with a warning', () => {
    const text = cmif(
      '<correspDesc><correspAction type="sent"><persName>A</persName></correspAction></correspDesc>',
    ).replace(' xmlns="http://www.tei-c.org/ns/1.0"', '');
    const result = readCmif(text, 'test.xml');
    expect(result.letters).toHaveLength(1);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })]);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(
      readCmif(`\uFEFF${fixture('cmif-example01-basic.xml')}`, 'bom.xml').letters,
    ).toHaveLength(3);
  });
});

describe('data/import/cmif: broken and hostile input', () => {
  it('stops at the first well-formedness error, with its line and column, keeping the letters before it', () => {
    const good =
      '<correspDesc key="ok" source="#b1"><correspAction type="sent"><persName>A</persName></correspAction></correspDesc>';
    const text = cmif(
      `${good}\n<correspDesc key="broken"><correspAction type="sent"></persName></correspAction></correspDesc>`,
    );
    const result = readCmif(text, 'broken.xml');
    expect(result.letters.map((l) => l.key)).toEqual(['ok']);
    expect(errors(result)).toEqual([
      expect.objectContaining({ file: 'broken.xml', line: 16, column: expect.any(Number) }),
    ]);
    expect(errors(result)[0]?.message).toMatch(/not well-formed/);
  });

  it('refuses a DOCTYPE and reads nothing: no entity expansion ("billion laughs")', () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY lol0 "lol">\n${lols}\n]>\n${cmif('<correspDesc>&lol9;</correspDesc>').replace(/^<\?xml[^>]*>\n/, '')}`;
    const result = readCmif(text, 'lol.xml');
    expect(result.letters).toEqual([]);
    expect(result.meta.title).toBeNull();
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 2,
        column: 1,
        message: expect.stringMatching(/DOCTYPE not allowed/),
      }),
    ]);
  });

  it('refuses an external entity without reading the file it names', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>&x;</title></titleStmt></fileDesc></teiHeader></TEI>`;
    const result = readCmif(text, 'xxe.xml');
    expect(JSON.stringify(result)).not.toMatch(/root:/);
    expect(result.meta.title).toBeNull();
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/DOCTYPE/) }),
    ]);
    // An entity without a DOCTYPE is just undefined: an error, not a lookup.
    const bare = readCmif(text.replace(/<!DOCTYPE[^\n]*\n/, ''), 'xxe.xml');
    expect(errors(bare)).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/undefined entity/) }),
    ]);
  });

  it('imports nothing from node:* so it cannot touch the file system, and runs in the browser', () => {
    for (const file of ['cmif.ts', 'cmif-xml.ts', 'cmif-validate.ts']) {
      const source = readFileSync(join(PROJECT_ROOT, 'src/data/import', file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path)/);
    }
  });

  it('reports an empty file and a file that is not TEI', () => {
    expect(errors(readCmif('', 'empty.xml'))).toEqual([
      expect.objectContaining({ line: 1, message: 'the file is empty' }),
    ]);
    expect(errors(readCmif('  \n ', 'blank.xml'))[0]?.line).toBe(1);
    const graphml = readCmif(
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>',
      'g.xml',
    );
    expect(errors(graphml)).toEqual([
      expect.objectContaining({
        line: 2,
        column: 1,
        message: expect.stringMatching(/root element is <graphml>/),
      }),
    ]);
    expect(errors(readCmif('Dear Sir, this is not XML.', 'letter.txt'))[0]?.line).toBe(1);
  });

  it('never throws, and every error says where, whatever the bytes (truncated or random)', () => {
    const example = fixture('cmif-example01-basic.xml');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.nat({ max: example.length }).map((n) => example.slice(0, n)),
        ),
        (text) => {
          const result = readCmif(text, 'any.xml');
          for (const issue of errors(result)) expect(issue.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses elements nested absurdly deep, before they can overflow the stack', () => {
    const depth = 100_000;
    const text = `<TEI xmlns="http://www.tei-c.org/ns/1.0">${'<p>'.repeat(depth)}${'</p>'.repeat(depth)}</TEI>`;
    expect(errors(readCmif(text, 'deep.xml'))).toEqual([
      expect.objectContaining({ line: 1, message: 'elements nested deeper than 256' }),
    ]);
  });

  it('counts warnings past the limit instead of listing them', () => {
    const body = Array.from({ length: 5 }, (_, i) => `<correspDesc key="${i}" source="#b1"/>`).join(
      '\n',
    );
    const result = readCmif(cmif(body), 'many.xml', { maxWarnings: 2 });
    expect(result.letters).toHaveLength(5);
    expect(result.issues).toHaveLength(3);
    expect(result.issues[2]?.message).toBe('3 more warnings not shown');
  });
});

describe('data/import/cmif-validate', () => {
  const valid = cmif(
    '<correspDesc key="1" source="#b1"><correspAction type="sent"><persName>A</persName><date when="1800-01-02"/></correspAction></correspDesc>',
  );

  it('accepts a complete CMIF file', () => {
    expect(validateCmif(valid)).toEqual([]);
  });

  it('names what is missing or wrong, with lines', () => {
    expect(validateCmif(valid.replace(/<availability>.*<\/availability>/, ''))).toEqual([
      'missing publicationStmt/availability/licence',
    ]);
    expect(validateCmif(valid.replace('source="#b1"', 'source="#nowhere"'))).toEqual([
      'line 15: correspDesc/@source "#nowhere" does not point at a sourceDesc/bibl (#id)',
    ]);
    expect(validateCmif(valid.replace('1800-01-02', '2.1.1800'))).toEqual([
      'line 15: date/@when "2.1.1800" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(validateCmif(valid.replace('type="sent"', 'type="written"'))).toEqual([
      'line 15: correspDesc needs a correspAction of type "sent" or "received"',
      'line 15: correspAction/@type must be "sent" or "received", not "written"',
    ]);
    expect(validateCmif(valid.replace(' xml:id="b1"', ''))).toContain(
      'line 12: sourceDesc/bibl needs an xml:id for correspDesc/@source to point at',
    );
    expect(validateCmif(valid.replace(/<titleStmt>.*<\/titleStmt>/, '<titleStmt/>'))).toEqual([
      'missing fileDesc/titleStmt/title',
      'missing fileDesc/titleStmt/editor',
    ]);
    expect(
      validateCmif(
        valid
          .replace('<profileDesc>', '<profileDesc><!-- none -->')
          .replace(/<correspDesc.*<\/correspDesc>/, ''),
      ),
    ).toEqual(['line 14: profileDesc has no correspDesc']);
  });

  it('refuses what is not TEI, not well-formed, or has a DOCTYPE', () => {
    expect(validateCmif('<graphml/>')).toEqual([
      'line 1: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">',
    ]);
    expect(validateCmif('<TEI xmlns="http://www.tei-c.org/ns/1.0">')[0]).toMatch(
      /^line 1: not well-formed XML/,
    );
    expect(validateCmif(`<!DOCTYPE TEI>\n${valid.replace(/^<\?xml[^>]*>\n/, '')}`)).toEqual([
      'line 1: DOCTYPE not allowed: CMIF needs none, and entities are a risk',
    ]);
  });
});

describe('data/import/cmif-xml: records taken as they close', () => {
  const xml = `<list><item n="1"><b/></item>text<item n="2"/><item n="3">`;

  it('hands each element over at its end tag, in order, and drops the ones taken', () => {
    const seen: string[] = [];
    const { root, error } = parseXmlTree(xml, 'list.xml', {
      consume: (element, top) => {
        expect(top.name).toBe('list');
        seen.push(`${element.name}${element.attrs.n ?? ''}`);
        return element.name === 'item';
      },
    });
    // Item 3 never closes: the file ends inside it.
    expect(seen).toEqual(['b', 'item1', 'item2']);
    expect(error?.message).toMatch(/not well-formed/);
    const left = childrenOf(root ?? undefined).map((c) => `${c.name}${c.attrs.n ?? ''}`);
    expect(left).toEqual(['item3']);
    expect(root?.content).toContain('text');
  });

  it('keeps the whole tree when nothing is taken', () => {
    const { root } = parseXmlTree(xml, 'list.xml');
    expect(childrenOf(root ?? undefined, 'item')).toHaveLength(3);
  });
});

describe('data/import/cmif: sources and conjectures', () => {
  it('gives each letter the bibl of its source, also when the bibls sit in a listBibl', () => {
    const text = cmif(`      <correspDesc key="1" source="#v1">
        <correspAction type="sent"><persName>A</persName><date when="1900"/></correspAction>
        <correspAction type="received"><persName>B</persName></correspAction>
      </correspDesc>
      <correspDesc key="2" source="#v2">
        <correspAction type="sent"><persName>B</persName><date when="1901"/></correspAction>
        <correspAction type="received"><persName>A</persName></correspAction>
      </correspDesc>`).replace(
      '<sourceDesc><bibl type="online" xml:id="b1">Example edition</bibl></sourceDesc>',
      '<sourceDesc><listBibl><head>Volumes</head><bibl xml:id="v1">Volume 1, 1990</bibl><bibl xml:id="v2">Volume 2, 1992</bibl></listBibl></sourceDesc>',
    );
    const { documents, report } = buildRead(readBytes('volumes.xml', text));
    expect(report.totals.built).toBe(2);
    expect(documents.map((doc) => doc.source)).toEqual(['Volume 1, 1990', 'Volume 2, 1992']);
  });

  it("names the person without the editors' question mark, and keeps the conjecture", () => {
    const text = cmif(`      <correspDesc key="1" source="#b1">
        <correspAction type="sent"><persName ref="http://d-nb.info/gnd/116877537" evidence="conjecture">Justus Jacob Leibniz?</persName><date when="1690"/></correspAction>
        <correspAction type="received"><persName>Spener</persName></correspAction>
      </correspDesc>`);
    const { documents, graph } = buildRead(readBytes('leibniz.xml', text));
    const sender = documents[0]?.roles.senders[0];
    expect(sender).toMatchObject({ asWritten: 'Justus Jacob Leibniz?', evidence: 'conjecture' });
    expect(graph.getNodeAttribute(sender?.person ?? '', 'label')).toBe('Justus Jacob Leibniz');
  });
});
