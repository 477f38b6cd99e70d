/**
 * Synthetic correspondence shaped like real archives, for measuring every path at 10^3…10^5
 * documents: heavy-tailed activity per person, reciprocal pairs and repeated correspondents,
 * bursts in time, relayed documents with intermediaries, some undated records, some names that
 * are not in the registry — written as titles in the forms archives use.
 */
import { MONTH_NAMES } from '../../graph/dates.ts';
import { seededRandom } from '../../graph/layout.ts';
import { SYNTH_PLACES } from './places.ts';

export interface SynthOptions {
  documents: number;
  /** People in the registry; defaults to a fifth of the documents (at least 20). */
  people: number | null;
  seed: number;
  /** Shares of documents relayed through an intermediary, carrying another's message, undated. */
  relayedShare: number;
  carriedShare: number;
  undatedShare: number;
  /** Share of names written in a form the registry does not know. */
  unknownNameShare: number;
}

export const DEFAULT_SYNTH_OPTIONS: SynthOptions = {
  documents: 1000,
  people: null,
  seed: 1,
  relayedShare: 0.08,
  carriedShare: 0.04,
  undatedShare: 0.03,
  unknownNameShare: 0.03,
};

export interface SynthPerson {
  id: string;
  name: string;
  affiliation: string;
  aliases: string[];
  authority: string;
  /** The place the person writes from and receives at (a name of SYNTH_PLACES). */
  home: string;
}

export interface SynthDocument {
  id: string;
  title: string;
  date: string | null;
  summary: string;
  senders: string[];
  recipients: string[];
  via: string[];
  originators: string[];
  /** Where it was sent from and received at: the sender's and the recipient's homes. */
  places: string[];
  recipientPlaces: string[];
}

export interface SynthCorpus {
  people: SynthPerson[];
  documents: SynthDocument[];
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'an',
  'te',
  'vo',
  'shi',
  'ru',
  'den',
  'ba',
  'zel',
  'or',
  'pi',
  'nak',
  'sol',
  'ev',
  'gar',
  'li',
  'mon',
  'ta',
  'dre',
  'hu',
  'ven',
  'is',
];
const AFFILIATIONS = ['USSR', 'PRC', 'DPRK', 'USA', 'UN', 'ROK', 'UK', 'France', 'Japan', 'India'];
const AFFILIATION_WEIGHTS = [30, 18, 14, 12, 6, 6, 5, 4, 3, 2];
const TYPES = ['Cable', 'Telegram', 'Letter', 'Ciphered Telegram', 'Memorandum', 'Note'];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A weighted choice by cumulative weights (binary search). */
function chooser(weights: number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function makePeople(count: number, random: () => number): SynthPerson[] {
  const affiliation = chooser(AFFILIATION_WEIGHTS, random);
  const used = new Set<string>();
  const people: SynthPerson[] = [];
  for (let i = 0; people.length < count; i++) {
    const syllables = (n: number): string =>
      Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    const name = `${capital(syllables(2))} ${capital(syllables(2 + Math.floor(random() * 2)))}`;
    if (used.has(name)) continue;
    used.add(name);
    const [first, last] = name.split(' ') as [string, string];
    people.push({
      id: `p${people.length + 1}`,
      name,
      affiliation: AFFILIATIONS[affiliation()] ?? 'Unknown',
      aliases: [`${first.charAt(0)}. ${last}`, last.toUpperCase() === last ? last : `${last}ov`],
      authority: `http://www.wikidata.org/entity/Q${9_000_000 + i}`,
      home: '',
    });
  }
  return people;
}

/** Generate a corpus. Deterministic: the same options give the same corpus. */
export function generateCorpus(options: Partial<SynthOptions> = {}): SynthCorpus {
  const o = { ...DEFAULT_SYNTH_OPTIONS, ...options };
  const random = seededRandom(o.seed);
  const people = makePeople(o.people ?? Math.max(20, Math.round(o.documents / 5)), random);
  // Homes drawn from a random sequence of their own: the corpus is otherwise what it was before
  // letters had places. Heavy-tailed too: a few capitals hold most correspondents.
  const placeRandom = seededRandom(o.seed + 104_729);
  const home = chooser(
    SYNTH_PLACES.map((_, i) => 1 / (i + 1)),
    placeRandom,
  );
  for (const person of people) person.home = SYNTH_PLACES[home()]?.[0] ?? '';
  // Heavy-tailed activity: Pareto weights, so a few people write much of the corpus.
  const weights = people.map(() => 1 / Math.pow(1 - random() * 0.999, 1 / 1.1));
  const pick = chooser(weights, random);
  const contacts = new Map<number, number[]>();
  const bursts = Array.from(
    { length: 24 },
    () => Date.UTC(1900, 0, 1) + random() * 60 * 365.25 * 86_400_000,
  );
  const name = (index: number): string => {
    const person = people[index] as SynthPerson;
    const roll = random();
    if (roll < o.unknownNameShare) return `${person.name.split(' ')[1] ?? person.name}x`; // not in the registry
    if (roll < 0.2) return person.aliases[0] ?? person.name;
    return person.name;
  };
  const documents: SynthDocument[] = [];
  for (let i = 0; i < o.documents; i++) {
    const sender = pick();
    const known = contacts.get(sender) ?? [];
    let recipient =
      known.length > 0 && random() < 0.6
        ? (known[Math.floor(random() * known.length)] as number)
        : pick();
    if (recipient === sender) recipient = (sender + 1) % people.length;
    // Reciprocity: the recipient now knows the sender too.
    contacts.set(sender, [...known.slice(-20), recipient]);
    contacts.set(recipient, [...(contacts.get(recipient) ?? []).slice(-20), sender]);
    const burst = bursts[Math.floor(random() * bursts.length)] ?? 0;
    const when = new Date(burst + (random() - 0.5) * 400 * 86_400_000);
    const roll = random();
    const y = when.getUTCFullYear();
    const m = when.getUTCMonth();
    const d = when.getUTCDate();
    const date =
      roll < o.undatedShare
        ? null
        : roll < 0.08
          ? `${y}`
          : roll < 0.15
            ? `${y}-${String(m + 1).padStart(2, '0')}`
            : `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const written =
      date === null
        ? ''
        : date.length === 4
          ? `${y}`
          : date.length === 7
            ? `${MONTH_NAMES[m]} ${y}`
            : `${d} ${MONTH_NAMES[m]} ${y}`;
    const type = TYPES[Math.floor(random() * TYPES.length)] ?? 'Letter';
    const number = random() < 0.6 ? ` No. ${1000 + Math.floor(random() * 900_000)}` : '';
    const from = name(sender);
    const to = name(recipient);
    const relay = random();
    const via =
      relay < o.relayedShare ? [pick()].filter((v) => v !== sender && v !== recipient) : [];
    const carried =
      relay >= o.relayedShare && relay < o.relayedShare + o.carriedShare
        ? [pick()].filter((v) => v !== sender && v !== recipient)
        : [];
    let title = `${type}${number}, ${from} to ${to}`;
    if (via.length > 0)
      title = `${type}${number} from ${from} to ${to} (via ${name(via[0] as number)})`;
    if (carried.length > 0)
      title = `${type}${number} from ${from} to ${to}, containing a message from ${name(carried[0] as number)}`;
    if (written) title += `, ${written}`;
    documents.push({
      id: `d${i + 1}`,
      title,
      date,
      summary: `${people[sender]?.name} writes to ${people[recipient]?.name} about matters of the day.`,
      senders: [people[sender]?.name ?? ''],
      recipients: [people[recipient]?.name ?? ''],
      via: via.map((v) => people[v]?.name ?? ''),
      originators: carried.map((v) => people[v]?.name ?? ''),
      places: [people[sender]?.home ?? ''],
      recipientPlaces: [people[recipient]?.home ?? ''],
    });
  }
  return { people, documents };
}
