/**
 * Searching people by any name or alias ("Filippov" finds Stalin) and documents by title words,
 * number or id ("59363").
 */
import { resumable } from './resumable.ts';
import type { Corpus } from './corpus.ts';
import { nameKey } from './text.ts';

export interface PersonHit {
  kind: 'person';
  id: string;
  label: string;
  /** The alias that matched, when it is not the label. */
  matched: string | null;
  score: number;
}

export interface DocumentHit {
  kind: 'document';
  id: string;
  title: string;
  score: number;
}

export interface SearchResults {
  people: PersonHit[];
  documents: DocumentHit[];
}

export interface SearchOptions {
  limit: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { limit: 8 };

export interface SearchIndex {
  search(query: string, options?: Partial<SearchOptions>): SearchResults;
  /** The person a name or alias designates exactly (for URLs: `person=Filippov`). */
  findPerson(name: string): string | null;
  /**
   * Index the people (at once), then one more slice of the documents; true once all are.
   * Searching indexes whatever is left first, so this only spreads the work over idle time (10^5
   * titles take most of a second).
   */
  prepareStep(): boolean;
}

/** How well a key matches: whole 3, word prefix 2, inside a word 1, no match 0. */
function matchScore(key: string, query: string): number {
  if (key === query) return 3;
  if (key.startsWith(query) || key.includes(` ${query}`)) return 2;
  return key.includes(query) ? 1 : 0;
}

/** Every person's name keys, and the person each exact key names. */
function indexPeople(corpus: Corpus) {
  const list = corpus.graph.mapNodes((id, attrs) => ({
    id,
    label: attrs.label,
    forms: [attrs.label, ...attrs.aliases].map((form) => ({ form, key: nameKey(form) })),
    weight: attrs.documents + attrs.mentioned,
  }));
  const exact = new Map<string, string>();
  for (const person of list) {
    for (const { key } of person.forms) if (!exact.has(key)) exact.set(key, person.id);
    exact.set(nameKey(person.id), exact.get(nameKey(person.id)) ?? person.id);
  }
  return { list, exact };
}

/** Build the search index of a corpus once; searches are then a scan of short keys. */
export function createSearchIndex(corpus: Corpus): SearchIndex {
  // Built on first use (a search, a link naming a person, or idle time): opening an archive of
  // 10^4 people does not wait for it.
  let peopleIndex: ReturnType<typeof indexPeople> | null = null;
  const people = (): ReturnType<typeof indexPeople> => (peopleIndex ??= indexPeople(corpus));
  function* indexSteps(): Generator<void, { id: string; title: string; key: string }[]> {
    people();
    yield;
    const documents: { id: string; title: string; key: string }[] = [];
    for (const doc of corpus.documentList) {
      const key = ` ${nameKey(`${doc.title} ${doc.number ?? ''} ${doc.id}`)} `;
      // A chance to stop every few hundred titles: reading the clock costs more than one title.
      if (documents.push({ id: doc.id, title: doc.title, key }) % 256 === 0) yield;
    }
    return documents;
  }
  const indexing = resumable(indexSteps());
  return {
    prepareStep: () => indexing.step(),
    search(query, options = {}) {
      const documents = indexing.result();
      const { limit } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
      const q = nameKey(query);
      if (!q) return { people: [], documents: [] };
      const personHits: PersonHit[] = [];
      for (const person of people().list) {
        let best = 0;
        let matched: string | null = null;
        for (const { form, key } of person.forms) {
          const score = matchScore(key, q);
          if (score > best) [best, matched] = [score, form];
        }
        if (best > 0) {
          personHits.push({
            kind: 'person',
            id: person.id,
            label: person.label,
            matched: matched === person.label ? null : matched,
            score: best * 1000 + person.weight,
          });
        }
      }
      const tokens = q.split(' ');
      const documentHits: DocumentHit[] = [];
      for (const doc of documents) {
        if (!tokens.every((token) => doc.key.includes(token))) continue;
        const whole = tokens.filter((token) => doc.key.includes(` ${token} `)).length;
        documentHits.push({ kind: 'document', id: doc.id, title: doc.title, score: whole });
      }
      const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;
      return {
        people: personHits.sort(byScore).slice(0, limit),
        documents: documentHits.sort(byScore).slice(0, limit),
      };
    },
    findPerson(name) {
      return people().exact.get(nameKey(name)) ?? null;
    },
  };
}
