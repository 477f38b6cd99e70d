/** Reading files of any supported format in tests: bytes to rows, rows to a built corpus. */
import { expect } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import { rowsFromBytes } from '../../src/data/import/rows.ts';
import type { FileRows, RowsOptions } from '../../src/data/import/rows.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import type { CorpusInput, ReadCorpusOptions } from '../../src/data/io/read-corpus.ts';
import type { RegistryTables } from '../../src/data/io/read-registry.ts';
import { formatIssue, IssueLog } from '../../src/data/issues.ts';
import type { BuildIssue } from '../../src/data/issues.ts';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text as an XML file must write it. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export { NO_REGISTRY as EMPTY_REGISTRY } from '../../src/data/io/read-registry.ts';
import { NO_REGISTRY as EMPTY_REGISTRY } from '../../src/data/io/read-registry.ts';

export interface ReadResult extends FileRows {
  log: IssueLog;
  errors: BuildIssue[];
}

/** `rowsFromBytes`, asserting that it does not throw whatever the bytes. */
export function readBytes(
  name: string,
  content: string | Uint8Array,
  options: Partial<RowsOptions> = {},
): ReadResult {
  const log = new IssueLog();
  const bytes = typeof content === 'string' ? utf8(content) : content;
  let read: FileRows | undefined;
  expect(() => {
    read = rowsFromBytes(name, bytes, log, options);
  }).not.toThrow();
  if (!read) throw new Error('unreachable: rowsFromBytes returned nothing');
  return { ...read, log, errors: log.issues.filter((issue) => issue.severity === 'error') };
}

/** Build the rows of one read without layout, against a registry (none by default). */
export function buildRead(
  read: ReadResult,
  registry: RegistryTables = EMPTY_REGISTRY,
): BuildResult {
  const input: CorpusInput = {
    meta: { name: 'Test', slug: 'test', credit: '', description: '', url: null },
    rows: read.rows,
    files: [],
    registry,
    built: read.built ? [read.built] : [],
    unread: [],
  };
  return buildCorpus(input, read.log, { layout: false });
}

/** Read files or folders from disk as the command line does, and build them without layout. */
export function buildFiles(
  paths: string | string[],
  options: Partial<ReadCorpusOptions> = {},
): BuildResult & { log: IssueLog; issues: string[]; errors: BuildIssue[] } {
  const log = new IssueLog();
  let result: BuildResult | undefined;
  expect(() => {
    result = buildCorpus(readCorpus(paths, log, options), log, { layout: false });
  }).not.toThrow();
  if (!result) throw new Error('unreachable: buildCorpus returned nothing');
  const errors = log.issues.filter((issue) => issue.severity === 'error');
  return { ...result, log, issues: log.issues.map(formatIssue), errors };
}

/** A CMIF file around some correspDesc elements (the header is complete and valid). */
export function cmifDocument(body: string, title = 'Test letters'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>${title}</title><editor>Ed Itor</editor></titleStmt>
      <publicationStmt>
        <publisher>Example Press</publisher>
        <idno type="url">https://example.org/letters.xml</idno>
        <date when="2024-05-01"/>
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

/** One correspDesc: sender and recipient as raw XML content (escape it yourself), with @ref when given. */
export function letterXml(
  key: string,
  sender: { name: string; ref?: string },
  recipient: { name: string; ref?: string },
  when = '1800-01-02',
): string {
  const person = (p: { name: string; ref?: string }): string =>
    `<persName${p.ref ? ` ref="${p.ref}"` : ''}>${p.name}</persName>`;
  return `      <correspDesc key="${key}" source="#b1">
        <correspAction type="sent">${person(sender)}<date when="${when}"/></correspAction>
        <correspAction type="received">${person(recipient)}</correspAction>
      </correspDesc>`;
}
