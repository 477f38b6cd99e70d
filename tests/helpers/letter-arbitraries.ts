/**
 * Generated letter tables for the round-trip property: names with everything a cell can hold
 * (separators, quotes, "&", a closing "?", a leading "=", "+" or "-", line breaks, non-ASCII,
 * placeholders such as "unknown" or "N.N." that name no one in particular),
 * a small pool of authority ids so that one id comes under several names and one name under
 * several ids, dates of every form with their qualifiers, places with GeoNames ids, notes.
 */
import fc from 'fast-check';
import Papa from 'papaparse';

// prettier-ignore
const NAME_PIECES = [
  'unknown', 'N.N.', 'Unbekannt (1)',
  'Anna', 'Müller', 'von', 'Ōe', 'N.', ',', ' ', '&', '&amp;', '"', "'", '?', '(', ')', '[', ']',
  '=', '+', '-', '@', '#', '\n', 'Committee', 'Dr.', 'via', 'to', '1800',
];

/** A name as a table gives it: trimmed, never a separator alone, never empty. */
const name = fc
  .array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join('').replace(/[;|]/g, '').trim())
  .filter((text) => /\p{L}/u.test(text));

const ID_POOL = [
  'http://d-nb.info/gnd/1',
  'http://d-nb.info/gnd/2',
  'https://viaf.org/viaf/3',
  'http://www.wikidata.org/entity/Q4',
];
const id = fc.option(fc.constantFrom(...ID_POOL), { nil: '' });

// prettier-ignore
const DATE = fc.constantFrom(
  '1800', '1800-02', '1800-02-28', 'circa 1801', 'probably 1802-03', 'possibly 1800/1801',
  'not after 1795-03', '../1795-03', '1795-03/..', 'early 1803', '', '1800-02-30', 'someday',
  // As editions write them (issue 18): inferred, uncertain, circa, ranges, other languages,
  // day-first numbers, undated marks.
  '[Jan 1844]', '[März 1797]', '1799?', '[1799?]', 'um 1798', 'vers 1798', 'ca. 1796',
  '1843–1844', '3–5 May 1844', 'zwischen 3. und 5. Mai 1844', '12 févr. 1800', '31/12/1796',
  '3/4/1795', 'n.d.', 'o.D.', 's.d.', 'ohne Datum',
);
const PLACE = fc.constantFrom('Weimar', 'Frankfurt a. M.', 'Halle & Saale', 'Jena, Thür.', '');
const PLACE_ID = fc.option(fc.constantFrom('http://www.geonames.org/2812482'), { nil: '' });
const text = fc.string({ maxLength: 20 }).map((s) => s.trim());

const LETTER_HEADER = [
  'key',
  'sender',
  'senderID',
  'addressee',
  'addresseeID',
  'addresseeOrg',
  'senderDate',
  'senderPlace',
  'senderPlaceID',
  'addresseePlace',
  'addresseePlaceID',
  'summary',
  'note',
  'url',
];

const party = fc.tuple(name, id);
const letter = fc.tuple(
  fc.array(party, { maxLength: 2 }),
  fc.array(party, { maxLength: 2 }),
  fc.option(name, { nil: '' }),
  DATE,
  fc.tuple(PLACE, PLACE_ID, PLACE, PLACE_ID),
  fc.tuple(text, text, fc.constantFrom('', 'https://example.org/letter')),
);

/** A letter table of 1–12 rows, as CSV text. */
export const letterTable = fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) =>
  Papa.unparse({
    fields: LETTER_HEADER,
    data: letters.map(([senders, recipients, org, date, places, [summary, note, url]], i) => [
      String(i + 1),
      senders.map(([n]) => n).join('; '),
      senders.map(([, ref]) => ref).join('; '),
      recipients.map(([n]) => n).join('; '),
      recipients.map(([, ref]) => ref).join('; '),
      org,
      date,
      ...places,
      summary,
      note,
      url,
    ]),
  }),
);
