/**
 * Writing a synthetic corpus the two ways the project reads corpora: the corpus CSV (titles only,
 * so the title parser does the work) with its people registry, and CMIF with structured parties.
 */
import Papa from 'papaparse';
import { escapeXml } from '../../formats/scene/svg.ts';
import type { SynthCorpus } from './generate.ts';
import { SYNTH_PLACES } from './places.ts';

/** documents.csv: id, title, summary — what an archive's list gives — and where each went. */
export function synthDocumentsCsv(corpus: SynthCorpus): string {
  return `${Papa.unparse(
    corpus.documents.map((d) => ({
      id: d.id,
      title: d.title,
      summary: d.summary,
      places: d.places.join('; '),
      recipient_places: d.recipientPlaces.join('; '),
    })),
    { newline: '\r\n' },
  )}\r\n`;
}

/** places.csv: the synthetic places with their coordinates, for the map. */
export function synthPlacesCsv(): string {
  return `${Papa.unparse(
    SYNTH_PLACES.map(([name, latitude, longitude]) => ({
      name,
      aliases: '',
      country: '',
      latitude,
      longitude,
    })),
    { newline: '\r\n' },
  )}\r\n`;
}

/** people.csv: the registry the titles resolve against. */
export function synthPeopleCsv(corpus: SynthCorpus): string {
  return `${Papa.unparse(
    corpus.people.map((p) => ({
      id: p.id,
      name: p.name,
      kind: 'person',
      affiliation: p.affiliation,
      role: '',
      aliases: p.aliases.join('; '),
      authority: p.authority,
      certainty: '',
      notes: '',
    })),
    { newline: '\r\n' },
  )}\r\n`;
}

/** letters.xml: the same letters as CMIF, parties with authority ids. */
export function synthCmif(corpus: SynthCorpus, title: string): string {
  const authority = new Map(corpus.people.map((p) => [p.name, p.authority]));
  const person = (name: string): string => {
    const ref = authority.get(name);
    return `<persName${ref ? ` ref="${escapeXml(ref)}"` : ''}>${escapeXml(name)}</persName>`;
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '<teiHeader><fileDesc>',
    `<titleStmt><title>${escapeXml(title)}</title><editor>Cablegraph synthetic corpus generator</editor></titleStmt>`,
    '<publicationStmt><publisher>Cablegraph</publisher><idno type="url">https://cablegraph.invalid/synth.xml</idno><date when="2026-01-01"/>',
    '<availability><licence target="https://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</licence></availability></publicationStmt>',
    '<sourceDesc><bibl type="online" xml:id="synth">Synthetic correspondence, generated for benchmarks</bibl></sourceDesc>',
    '</fileDesc><profileDesc>',
  ];
  for (const d of corpus.documents) {
    const date = d.date ? `<date when="${d.date}"/>` : '';
    const via = d.via
      .map((v) => `<ref type="https://cablegraph.org/cmif#via">${escapeXml(v)}</ref>`)
      .join('');
    const originators = d.originators
      .map((v) => `<ref type="https://cablegraph.org/cmif#originator">${escapeXml(v)}</ref>`)
      .join('');
    const note = via || originators ? `<note>${via}${originators}</note>` : '';
    const place = (name: string): string => `<placeName>${escapeXml(name)}</placeName>`;
    lines.push(
      `<correspDesc key="${d.id}" source="#synth"><correspAction type="sent">${d.senders.map(person).join('')}${d.places.map(place).join('')}${date}</correspAction><correspAction type="received">${d.recipients.map(person).join('')}${d.recipientPlaces.map(place).join('')}</correspAction>${note}</correspDesc>`,
    );
  }
  lines.push('</profileDesc></teiHeader>', '<text><body><p/></body></text>', '</TEI>');
  return `${lines.join('\n')}\n`;
}
