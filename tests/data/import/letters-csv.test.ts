/**
 * Letter tables: columns found by the header names editions use (in any case, with any
 * separators), mapped by the user, or filled by a constant sender or recipient; several names to a
 * cell with their ids in step; title-only tables read by the title parser; and an info issue that
 * says which columns were used.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { HEADER_NAMES, LETTER_FIELDS, mapColumns } from '../../../src/data/import/letters-csv.ts';
import type { LetterField } from '../../../src/data/import/letters-csv.ts';
import type { RowsOptions } from '../../../src/data/import/rows.ts';
import { readRegistryTables } from '../../../src/data/io/read-registry.ts';
import type { TableRow } from '../../../src/data/io/tables.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';

const registry = readRegistryTables(DEFAULT_CORPUS_DIR, new IssueLog());

/** Field → header name, for the columns a header maps. */
function mapped(header: string[], map: Partial<Record<LetterField, string>> = {}) {
  const columns = mapColumns(header, { map });
  return Object.fromEntries(
    LETTER_FIELDS.filter((f) => columns[f] !== undefined).map((f) => [f, header[columns[f] ?? -1]]),
  );
}

const names = (row: TableRow | undefined, role: 'senders' | 'recipients') =>
  row?.parties?.[role]?.map((p) => [p.name, p.authority ?? null, p.kind ?? null]);

function read(text: string, letters: Partial<RowsOptions['letters']> = {}, name = 'letters.csv') {
  const result = readBytes(name, text, { letters });
  return { ...result, messages: result.log.issues.map(formatIssue) };
}

describe('data/import letters-csv: header names', () => {
  it('finds sender, addressee, date, place and title in the forms editions write them', () => {
    expect(mapped(['Absender', 'Empfänger', 'Datum', 'Ort', 'Titel'])).toEqual({
      senders: 'Absender',
      recipients: 'Empfänger',
      date: 'Datum',
      places: 'Ort',
      title: 'Titel',
    });
    expect(mapped(['FROM', 'To', 'Date Sent', 'Place of Writing', 'Subject', 'Regest'])).toEqual({
      senders: 'FROM',
      recipients: 'To',
      date: 'Date Sent',
      places: 'Place of Writing',
      title: 'Subject',
      summary: 'Regest',
    });
    expect(
      mapped([
        'author',
        'ADDRESSEE',
        'addressee_id',
        'Sender-GND',
        'sender.place',
        'Empfaenger Ort',
      ]),
    ).toEqual({
      senders: 'author',
      recipients: 'ADDRESSEE',
      recipientIds: 'addressee_id',
      senderIds: 'Sender-GND',
      places: 'sender.place',
      recipientPlaces: 'Empfaenger Ort',
    });
    expect(
      mapped(['senderDateFrom', 'sender_date_to', 'NotBefore', 'not-after', 'Addressee Org']),
    ).toEqual({
      dateFrom: 'senderDateFrom',
      dateTo: 'sender_date_to',
      dateEarliest: 'NotBefore',
      dateLatest: 'not-after',
      recipientOrgs: 'Addressee Org',
    });
  });

  it('finds the columns of German, French and Italian letter registers by their usual headers', () => {
    const german = ['Signatur', 'Von', 'An', 'Datierung', 'Schreibort', 'Empfängerort', 'Inhalt'];
    expect(mapped([...german, 'Anmerkung'])).toEqual({
      id: 'Signatur',
      senders: 'Von',
      recipients: 'An',
      date: 'Datierung',
      places: 'Schreibort',
      recipientPlaces: 'Empfängerort',
      summary: 'Inhalt',
      notes: 'Anmerkung',
    });
    expect(mapped(['Absender', 'Adressat', 'Datum', 'Absenderort'])).toMatchObject({
      recipients: 'Adressat',
      places: 'Absenderort',
    });
    const french = ['Cote', 'Expéditeur', 'Destinataire', 'Date', "Lieu d'expédition"];
    expect(mapped([...french, 'Lieu de destination', 'Analyse', 'Titre'])).toEqual({
      id: 'Cote',
      senders: 'Expéditeur',
      recipients: 'Destinataire',
      date: 'Date',
      places: "Lieu d'expédition",
      recipientPlaces: 'Lieu de destination',
      summary: 'Analyse',
      title: 'Titre',
    });
    expect(mapped(['Expéditrice', 'Destinataires', 'Lieu', 'Remarques'])).toEqual({
      senders: 'Expéditrice',
      recipients: 'Destinataires',
      places: 'Lieu',
      notes: 'Remarques',
    });
    const italian = ['Segnatura', 'Mittente', 'Destinatario', 'Data', 'Luogo'];
    expect(mapped([...italian, 'Luogo di destinazione', 'Regesto'])).toEqual({
      id: 'Segnatura',
      senders: 'Mittente',
      recipients: 'Destinatario',
      date: 'Data',
      places: 'Luogo',
      recipientPlaces: 'Luogo di destinazione',
      summary: 'Regesto',
    });
    // Words no register heads a column with stay unread: the import dialog asks for them.
    expect(mapped(['Wer', 'An wen', 'Wann', 'Wem'])).toEqual({});
  });

  it('knows each header name as one field only', () => {
    const owners = new Map<string, LetterField[]>();
    for (const field of LETTER_FIELDS)
      for (const name of HEADER_NAMES[field])
        owners.set(name, [...(owners.get(name) ?? []), field]);
    expect([...owners].filter(([, fields]) => fields.length > 1)).toEqual([]);
  });

  it('reads an Italian register into letters between the right people', () => {
    const table =
      'Mittente;Destinatario;Data;Luogo\nAlessandro Manzoni;Claude Fauriel;03/04/1821;Milano\n';
    const { rows } = read(table);
    expect(names(rows[0], 'senders')).toEqual([['Alessandro Manzoni', null, 'person']]);
    expect(names(rows[0], 'recipients')).toEqual([['Claude Fauriel', null, 'person']]);
    expect(rows[0]?.placeRefs?.map((place) => place.name)).toEqual(['Milano']);
  });

  it('reads a table by its header names into parties, date, places and a composed title', () => {
    const { rows, messages } = read(
      'Absender;Empfänger;Datum;Ort\nGoethe;Schiller;1794-06-13;Weimar\n',
    );
    expect(messages).toEqual([
      'letters.csv:1:1: info: read as a letter table: date←"Datum", senders←"Absender", recipients←"Empfänger", places←"Ort"',
    ]);
    const row = rows[0];
    expect(names(row, 'senders')).toEqual([['Goethe', null, 'person']]);
    expect(names(row, 'recipients')).toEqual([['Schiller', null, 'person']]);
    expect([row?.get('title'), row?.get('date')]).toEqual([
      'Letter from Goethe to Schiller, 1794-06-13',
      '1794-06-13',
    ]);
    // Places as the table gives them, on their side of the letter, never read from the title.
    expect(row?.placeRefs).toEqual([{ name: 'Weimar', role: 'sent' }]);
    expect(row?.partiesFrom).toBe('table');
  });
});

describe('data/import letters-csv: options', () => {
  it('maps fields to columns as --map does, in any case, and says which were used', () => {
    const { rows, messages } = read('Von,An,Wann,Inhalt\nA,B,1900,Dank\n', {
      map: { senders: 'von', recipients: 'An', date: 'WANN', summary: 'Inhalt' },
    });
    expect(messages).toEqual([
      'letters.csv:1:1: info: read as a letter table: date←"Wann", senders←"Von", recipients←"An", summary←"Inhalt"',
    ]);
    expect([names(rows[0], 'senders'), names(rows[0], 'recipients')]).toEqual([
      [['A', null, 'person']],
      [['B', null, 'person']],
    ]);
    expect(rows[0]?.get('summary')).toBe('Dank');
  });

  it('takes a mapped column away from the field its name would suggest', () => {
    // "Description" is a title by name; mapped to the summary, it is not also the title.
    const { rows, messages } = read('sender,addressee,Description\nA,B,Thanks for the book\n', {
      map: { summary: 'Description' },
    });
    expect(messages[0]).toBe(
      'letters.csv:1:1: info: read as a letter table: summary←"Description", senders←"sender", recipients←"addressee"',
    );
    expect([rows[0]?.get('title'), rows[0]?.get('summary')]).toEqual([
      'Letter from A to B',
      'Thanks for the book',
    ]);
  });

  it('reports a mapping to a column the table does not have, naming the header', () => {
    const { errors } = read('sender,recipient\nA,B\n', { map: { date: 'Datum' } });
    expect(errors.map(formatIssue)).toEqual([
      'letters.csv:1:1: error: --map date=Datum: there is no column "Datum" (the header has "sender", "recipient")',
    ]);
  });

  it('fills an implicit sender or recipient with a constant, where the table leaves it empty', () => {
    const table = 'key,addressee,date\n1,Edith Bratt,1914\n2,,1915\n';
    const sent = read(table, { defaultSender: 'J. R. R. Tolkien' });
    expect(sent.rows.map((r) => names(r, 'senders'))).toEqual([
      [['J. R. R. Tolkien', null, null]],
      [['J. R. R. Tolkien', null, null]],
    ]);
    expect(sent.messages.filter((m) => m.includes('warning'))).toEqual([]);
    const some = read('sender,addressee\nAnna,Ben\n,Cleo\n', { defaultSender: 'Zoe' });
    expect(some.rows.map((r) => names(r, 'senders')?.map(([n]) => n))).toEqual([['Anna'], ['Zoe']]);
    const both = read(table, { defaultSender: 'Tolkien', defaultRecipient: 'Unwin' });
    expect(both.rows.map((r) => names(r, 'recipients')?.map(([n]) => n))).toEqual([
      ['Edith Bratt'],
      ['Unwin'],
    ]);
    const { documents, graph } = buildRead(sent);
    expect(documents.map((d) => d.placement)).toEqual(['graph', 'attached']);
    expect(graph.getNodeAttributes('j-r-r-tolkien')).toMatchObject({ sent: 2, documents: 2 });
    // Without the constant, the table says the sender is missing.
    expect(read(table).messages).toContain(
      'letters.csv:1:1: warning: no sender column: every letter has only its recipient (give --default-sender NAME if the sender is implicit)',
    );
  });

  it('reads several names to a cell (";" or "|") with their ids in step, empty id slots included', () => {
    const { rows, errors } = read(
      'sender,sender id,recipient,recipient id,addressee org\n' +
        '"Anna; Ben","http://d-nb.info/gnd/1; https://viaf.org/viaf/2",Cleo | Dan | Eve,"; http://www.wikidata.org/entity/Q4;",George Allen &amp; Unwin Ltd.\n',
    );
    expect(errors).toEqual([]);
    expect(names(rows[0], 'senders')).toEqual([
      ['Anna', 'http://d-nb.info/gnd/1', 'person'],
      ['Ben', 'https://viaf.org/viaf/2', 'person'],
    ]);
    expect(names(rows[0], 'recipients')).toEqual([
      ['Cleo', null, 'person'],
      ['Dan', 'http://www.wikidata.org/entity/Q4', 'person'],
      ['Eve', null, 'person'],
    ]);
    // Beside named addressees, the organisation is where they work: a note, not a recipient; the
    // ";" of "&amp;" does not split it, and the reference is read as the "&" it stands for.
    expect(rows[0]?.get('notes')).toBe("addressee's organisation: George Allen & Unwin Ltd.");
    const orgOnly = read('sender,addressee org\nAnna,George Allen &amp; Unwin Ltd.\n');
    expect(names(orgOnly.rows[0], 'recipients')).toEqual([
      ['George Allen & Unwin Ltd.', null, 'organisation'],
    ]);
    const { documents } = buildRead(
      readBytes('again.csv', 'sender,place\nA,Leipzig; Halle &amp; Saale\n'),
    );
    expect(documents[0]?.places).toEqual(['Leipzig', 'Halle & Saale']);
  });
});

describe('data/import letters-csv: ids that are not URLs', () => {
  it('keeps the letter and the name, and warns with file, line and column', () => {
    const { rows, log } = read(
      'sender,sender gnd,recipient,recipient id\n' +
        'Anna,118540238,Ben,https://d-nb.info/gnd/2\n' +
        'Cleo,,Dan,Q42\n',
    );
    expect(names(rows[0], 'senders')).toEqual([['Anna', null, 'person']]);
    expect(names(rows[0], 'recipients')).toEqual([['Ben', 'https://d-nb.info/gnd/2', 'person']]);
    expect(names(rows[1], 'recipients')).toEqual([['Dan', null, 'person']]);
    const warnings = log.issues.filter((issue) => issue.message.includes('is not a URL'));
    expect(warnings.map((w) => [w.file, w.line, w.field, w.severity])).toEqual([
      ['letters.csv', 2, 'sender gnd', 'warning'],
      ['letters.csv', 3, 'recipient id', 'warning'],
    ]);
    expect(warnings[0]?.message).toContain('"118540238", the id of Anna');
  });
});

describe('data/import letters-csv: titles', () => {
  it('reads a title-only table with the title parser, without a missing-sender warning', () => {
    const table = read(
      'Heading,Datum\n"Cable, Stalin to Mao Zedong, 1 May 1950",\n"Letter, Kim Il Sung to Stalin",1950-03\n',
      { map: { title: 'Heading' } },
    );
    expect(table.messages).toEqual([
      'letters.csv:1:1: info: read as a letter table: title←"Heading", date←"Datum"',
    ]);
    expect(table.rows.every((row) => row.parties === undefined)).toBe(true);
    const result = buildRead(table, registry);
    const roles = result.documents.map((d) => [
      d.roles.senders.map((r) => r.person),
      d.roles.recipients.map((r) => r.person),
      d.date.iso,
      d.type,
    ]);
    expect(roles).toEqual([
      [['stalin'], ['mao-zedong'], '1950-05-01', 'cable'],
      [['kim-il-sung'], ['stalin'], '1950-03', 'letter'],
    ]);
  });

  it("keeps a table's own title, and the table's parties over what the title says", () => {
    const { documents } = buildRead(
      read('sender,recipient,title\nStalin,Kovalev,"Cable, Stalin to Mao Zedong, 1950"\n'),
      registry,
    );
    expect(documents[0]?.title).toBe('Cable, Stalin to Mao Zedong, 1950');
    expect(documents[0]?.roles.recipients.map((r) => r.person)).toEqual(['kovalev']);
  });
});

describe('data/import letters-csv: a title beside the parties', () => {
  it("takes the date and type the table's columns leave out from its own title, and no places", () => {
    const { rows } = read(
      'sender,recipient,title\nGoethe,Schiller,"Telegram from Goethe to Schiller (Weimar), 13 June 1794"\n',
    );
    const { documents } = buildRead(
      readBytes(
        'titled.csv',
        'sender,recipient,title\nGoethe,Schiller,"Telegram from Goethe to Schiller (Weimar), 13 June 1794"\n',
      ),
    );
    expect(rows[0]?.get('date')).toBe('13 June 1794');
    expect(documents[0]).toMatchObject({
      type: 'telegram',
      date: { iso: '1794-06-13' },
      places: [],
    });
  });
});
