/**
 * The build report: every input record accounted for (in the graph, attached to one person,
 * unplaced, or rejected) with the reason, names that did not resolve, and every issue found.
 */
import type { CorrespondenceGraph } from '../../graph/build.ts';
import { chainLayers } from '../../graph/build.ts';
import type { CorpusMeta, DocumentRecord, PartiesSource } from '../../graph/types.ts';
import type { BuildReport, RecordAccount, UncertainReading } from '../../graph/report.ts';
import type { BuildIssue } from '../issues.ts';

export type { BuildReport, RecordAccount };
import type { RegistryTables } from '../io/read-registry.ts';
import type { UnresolvedName } from '../registry/resolve.ts';
import type { RejectedRow } from './documents.ts';
import { summariseIssues } from './issue-kinds.ts';

const ROLE_WORDS: Record<string, string> = {
  originators: 'originator',
  senders: 'sender',
  via: 'intermediary',
  recipients: 'recipient',
  participants: 'participant',
};

function describe(doc: DocumentRecord, graph: CorrespondenceGraph): string {
  const label = (id: string): string =>
    graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  if (doc.placement === 'graph') {
    const layers = chainLayers(doc.roles);
    if (layers.length >= 2)
      return layers.map((layer) => layer.people.map(label).join(' + ')).join(' → ');
    return `between participants ${doc.roles.participants.map((ref) => label(ref.person)).join(', ')}`;
  }
  if (doc.placement === 'attached') {
    const known = Object.entries(ROLE_WORDS).flatMap(([role, word]) =>
      doc.roles[role as keyof typeof ROLE_WORDS & keyof DocumentRecord['roles']].map(
        (ref) => `${word} ${label(ref.person)}`,
      ),
    );
    return `only one side is known (${known.join(', ')}); attached to that node`;
  }
  const mentioned = doc.roles.mentions.map((ref) => label(ref.person));
  const unidentified = (doc.unidentified ?? []).map((party) => `"${party.asWritten}"`);
  return [
    `no sender, recipient or participant ${NAMED_IN[doc.partiesFrom ?? 'title']}`,
    ...(unidentified.length
      ? [`it names only parties not identified: ${unidentified.join(', ')}`]
      : []),
    ...(mentioned.length ? [`the summary mentions ${mentioned.join(', ')}`] : []),
  ].join('; ');
}

/** Where a record's parties were to be found, for its reason: a CMIF letter has no title to read. */
const NAMED_IN: Record<PartiesSource | 'title', string> = {
  title: 'could be read from the title',
  cmif: 'is named in the CMIF letter',
  table: 'is named in the table row',
  graph: "is named by the graph's edges",
};

/** People reached by authority id under more than one written name. */
function mergedNames(
  documents: readonly DocumentRecord[],
  graph: CorrespondenceGraph,
): BuildReport['merged'] {
  const forms = new Map<string, { authority: string | null; forms: Set<string> }>();
  for (const doc of documents) {
    for (const refs of Object.values(doc.roles)) {
      for (const ref of refs) {
        if (ref.resolvedBy !== 'authority') continue;
        const entry = forms.get(ref.person) ?? { authority: null, forms: new Set<string>() };
        entry.forms.add(ref.asWritten);
        const authority = graph.hasNode(ref.person)
          ? (graph.getNodeAttributes(ref.person) as { authority?: string[] }).authority
          : undefined;
        entry.authority = authority?.[0] ?? entry.authority;
        forms.set(ref.person, entry);
      }
    }
  }
  return [...forms]
    .filter(([, entry]) => entry.forms.size > 1)
    .map(([person, entry]) => ({
      person,
      label: graph.hasNode(person) ? graph.getNodeAttribute(person, 'label') : person,
      authority: entry.authority,
      forms: [...entry.forms].sort(),
    }))
    .sort((a, b) => (a.person < b.person ? -1 : 1));
}

/** The records with readings to check, in corpus order. */
function uncertainReadings(documents: readonly DocumentRecord[]): UncertainReading[] {
  return documents.flatMap((doc) => {
    const notes = (doc.readings ?? []).filter((note) => note.check).map((note) => note.text);
    if (notes.length === 0) return [];
    return [{ id: doc.id, title: doc.title, file: doc.origin.file, line: doc.origin.line, notes }];
  });
}

/** Assemble the report of one build. */
export function buildReport(input: {
  meta: CorpusMeta;
  files: string[];
  registry: Pick<RegistryTables, 'files' | 'source'>;
  documents: readonly DocumentRecord[];
  rejected: readonly RejectedRow[];
  graph: CorrespondenceGraph;
  unresolved: UnresolvedName[];
  issues: BuildIssue[];
  layout: BuildReport['layout'];
  /** Names joined to the one person with an id of that name, and those kept apart. */
  joins?: Pick<BuildReport, 'joined' | 'sameName'>;
  /** Table rows with no text, skipped while reading. */
  blankRows?: number;
}): BuildReport {
  const records: RecordAccount[] = [
    ...input.documents.map((doc) => ({
      id: doc.id,
      file: doc.origin.file,
      line: doc.origin.line,
      column: doc.origin.column ?? 1,
      status: doc.placement,
      reason: describe(doc, input.graph),
    })),
    ...input.rejected.map((row) => ({
      id: row.id,
      file: row.file,
      line: row.line,
      column: row.column,
      status: 'rejected' as const,
      reason: row.reason,
    })),
  ].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column,
  );
  const count = (status: RecordAccount['status']): number =>
    records.filter((r) => r.status === status).length;
  const uncertain = uncertainReadings(input.documents);
  const kinds = summariseIssues(input.issues);
  return {
    corpus: {
      name: input.meta.name,
      slug: input.meta.slug,
      files: input.files,
      registryFiles: input.registry.files,
      registry: input.registry.source,
    },
    totals: {
      records: records.length,
      built: input.documents.length,
      inGraph: count('graph'),
      attached: count('attached'),
      unplaced: count('unplaced'),
      rejected: count('rejected'),
      nodes: input.graph.order,
      edges: input.graph.size,
      unresolvedNames: input.unresolved.filter((u) => !u.authority).length,
      identifiedByAuthority: input.unresolved.filter((u) => u.authority).length,
      errors: input.issues.filter((i) => i.severity === 'error').length,
      warnings: input.issues.filter((i) => i.severity === 'warning').length,
      uncertain: uncertain.length,
      unidentified: input.documents.reduce((sum, doc) => sum + (doc.unidentified?.length ?? 0), 0),
      blankRows: input.blankRows ?? 0,
    },
    layout: input.layout,
    records,
    unresolved: input.unresolved,
    uncertain,
    merged: mergedNames(input.documents, input.graph),
    joined: input.joins?.joined ?? [],
    sameName: input.joins?.sameName ?? [],
    issues: input.issues,
    // Only when there are any: a corpus without repeated issues keeps the report it had.
    ...(kinds.length > 0 ? { issueKinds: kinds } : {}),
  };
}
