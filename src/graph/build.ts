/**
 * Building the correspondence graph: people and organisations are nodes, documents are edges.
 * A document's chain originators → senders → via → recipients becomes one edge per hop, each
 * carrying the document id, so both hops of a relayed cable open the same record.
 */
import { MultiDirectedGraph } from 'graphology';
import type {
  CorpusMeta,
  DocumentEdgeAttributes,
  DocumentRecord,
  DocumentRoles,
  PersonAttributes,
  Placement,
  Role,
} from './types.ts';
import { CHAIN_ROLES } from './types.ts';

/** Node information the builder needs beyond the documents themselves. */
export interface NodeInfo {
  id: string;
  label: string;
  kind: PersonAttributes['kind'];
  affiliation: string;
  role: string;
  aliases: string[];
  registered: boolean;
  notes?: string;
  uncertain?: boolean;
  authority?: string[];
}

export type CorrespondenceGraph = MultiDirectedGraph<
  PersonAttributes,
  DocumentEdgeAttributes,
  Partial<CorpusMeta>
>;

/** One step of a document's chain: a layer of parties and the role they play. */
interface Layer {
  role: Role;
  people: string[];
}

/**
 * The non-empty chain layers of a document, in order. Intermediaries are sequential hops in the
 * order written ("via X and Y": X, then Y); senders, recipients and originators are groups.
 */
export function chainLayers(roles: DocumentRoles): Layer[] {
  return CHAIN_ROLES.flatMap((role): Layer[] => {
    const people = roles[role].map((ref) => ref.person);
    if (role === 'via') return people.map((person) => ({ role, people: [person] }));
    return people.length > 0 ? [{ role, people }] : [];
  });
}

/** Whether a document becomes edges, stays on one node, or has no known party at all. */
export function placementOf(roles: DocumentRoles): Placement {
  const layers = chainLayers(roles);
  const distinct = new Set(layers.flatMap((layer) => layer.people));
  if (layers.length >= 2 && distinct.size >= 2) return 'graph';
  if (new Set(roles.participants.map((ref) => ref.person)).size >= 2) return 'graph';
  if (distinct.size > 0 || roles.participants.length > 0) return 'attached';
  return 'unplaced';
}

/** The role counters a document adds to a node. */
const COUNTERS: Partial<Record<Role, keyof PersonAttributes>> = {
  senders: 'sent',
  recipients: 'received',
  via: 'relayed',
  originators: 'originated',
  participants: 'participated',
  mentions: 'mentioned',
};

const COUNTER_LIST = Object.entries(COUNTERS) as [Role, keyof PersonAttributes][];

function emptyNode(info: NodeInfo): PersonAttributes {
  const node: PersonAttributes = {
    label: info.label,
    kind: info.kind,
    affiliation: info.affiliation,
    role: info.role,
    aliases: info.aliases,
    registered: info.registered,
    sent: 0,
    received: 0,
    relayed: 0,
    originated: 0,
    participated: 0,
    mentioned: 0,
    documents: 0,
    x: 0,
    y: 0,
  };
  return Object.assign(
    node,
    info.notes ? { notes: info.notes } : {},
    info.uncertain ? { uncertain: true } : {},
    info.authority ? { authority: info.authority } : {},
  );
}

/**
 * Build the directed multigraph of a corpus. Nodes are every person any document names (mentions
 * included); edges are document hops and participant links. Deterministic: same input, same graph.
 */
export function buildCorrespondenceGraph(
  documents: readonly DocumentRecord[],
  people: readonly NodeInfo[],
): CorrespondenceGraph {
  const graph: CorrespondenceGraph = new MultiDirectedGraph();
  for (const info of people) graph.addNode(info.id, emptyNode(info));
  const ensure = (id: string): void => {
    if (!graph.hasNode(id)) {
      graph.addNode(
        id,
        emptyNode({
          id,
          label: id,
          kind: 'person',
          affiliation: 'Unknown',
          role: '',
          aliases: [],
          registered: false,
        }),
      );
    }
  };
  for (const doc of documents) {
    const involved = new Set<string>();
    for (const [role, counter] of COUNTER_LIST) {
      for (const ref of doc.roles[role]) {
        ensure(ref.person);
        // The build owns the graph and nothing listens yet: counting in place spares an event per count.
        const attrs = graph.getNodeAttributes(ref.person) as unknown as Record<string, number>;
        attrs[counter] = (attrs[counter] ?? 0) + 1;
        if (role !== 'mentions') involved.add(ref.person);
      }
    }
    for (const person of involved)
      (graph.getNodeAttributes(person) as PersonAttributes).documents += 1;
    const base = {
      doc: doc.id,
      date: doc.date.iso,
      // Only ranged dates carry an end: most edges stay as short as before.
      ...(doc.date.end ? { dateEnd: doc.date.end } : {}),
      type: doc.type,
    };
    const layers = chainLayers(doc.roles);
    let edgeIndex = 0;
    layers.slice(1).forEach((layer, i) => {
      const from = layers[i] as Layer;
      for (const source of from.people) {
        for (const target of layer.people) {
          if (source === target) continue;
          graph.addDirectedEdgeWithKey(`${doc.id}/${edgeIndex++}`, source, target, {
            ...base,
            kind: 'chain',
            hop: i,
            fromRole: from.role,
            toRole: layer.role,
          });
        }
      }
    });
    const participants = [...new Set(doc.roles.participants.map((ref) => ref.person))];
    participants.forEach((source, i) => {
      for (const target of participants.slice(i + 1)) {
        graph.addDirectedEdgeWithKey(`${doc.id}/${edgeIndex++}`, source, target, {
          ...base,
          kind: 'participation',
          hop: 0,
          fromRole: 'participants',
          toRole: 'participants',
        });
      }
    });
  }
  return graph;
}
