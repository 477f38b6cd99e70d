/**
 * The body of a title after its head: role phrases ("from A", "to B", "via C", "between A and B",
 * "with B"), relayed messages ("containing a message from X"), forwarding ("for C"), and where the
 * parties end and the subject begins. Each role's phrase is read as a list by party-list.ts.
 */
import { isSubjectStart } from './clause-words.ts';
import { ADDRESSING_WORDS, CLAUSE_VERBS, HEADLINE_VERBS, INFINITIVE_VERBS } from './lexicon.ts';
import { emptyList, restore } from './names.ts';
import { headsGroup, readList } from './party-list.ts';
import { addParties, addPlace, note, setTopic } from './reading.ts';
import type { PartyRole, Reading } from './reading.ts';
import { COMMA, indexOfTopLevel, splitTopLevel, startsCapitalised, tidy } from './text.ts';
import { ADDRESSEE_END, MEDIA, RELAY_CLAUSE, RELAY_POSSESSIVE, TOPIC_WORDS } from './vocabulary.ts';
import { classify, isAdjective, wordsOf } from './words.ts';

/** A role and the comma pieces of its list; `bare` is decided once the whole body is read. */
export interface Span {
  role: PartyRole | 'bare';
  pieces: string[];
  /** "of A" or "between A and B" in a conversation: the first side is named. */
  firstSide?: boolean;
}

/** What a piece of the body holds: its role segments, and a subject or relay clause after them. */
interface Scan {
  segments: { marker: string | null; text: string }[];
  tail: { kind: 'topic' | 'relay'; text: string } | null;
}

const alternation = (set: ReadonlySet<string>): string => [...set].join('|');
const MARKER = new RegExp(
  String.raw`\b(?:(from|to|via|through|between|among|with)|(${TOPIC_WORDS})|(${alternation(CLAUSE_VERBS)})|(${alternation(HEADLINE_VERBS)})|(containing|transmitting|enclosing|forwarding|conveying|relaying))(?=\s)`,
  'gi',
);

const ROLE_OF: Record<string, PartyRole> = {
  from: 'senders',
  to: 'recipients',
  via: 'via',
  through: 'via',
  between: 'participants',
  among: 'participants',
  with: 'participants',
};

/** Nouns after which "to" names a destination, not an addressee: "Ambassador to France". */
const DESTINED =
  /(?:ambassadors?|envoys?|representatives?|delegates?|delegations?|missions?|ministers?|consuls?|plenipotentiar(?:y|ies)|observers?|chargés?|charges?|attachés?|attaches?|advisers?|advisors?|emissar(?:y|ies)|visit)$/i;
/** "… of Bulgaria", "… of the USSR" after an office noun. */
const OF_PHRASE = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u;
/** Gatherings a delegate is sent to: "Delegates to the High-Level Political Talks". */
const GATHERINGS =
  /\b(?:talks|conference|session|assembly|commission|summit|negotiations|meeting|congress|un|united nations|uno)\b/i;

/** Is this "to" the role word, or part of an office ("Ambassador to France") or an infinitive? */
function isAddresseeTo(before: string, after: string, reading: Reading): boolean {
  const next = after.split(/\s+/)[0] ?? '';
  if (!next || (/^\p{Ll}/u.test(next) && !/^(?:the|a|an)$/.test(next))) return false;
  if (INFINITIVE_VERBS.has(next.toLowerCase())) return false;
  // "Ambassador of Bulgaria to Korea": the office's own "of" phrase stands between noun and "to".
  // Only one "of" phrase: in "Chairman of the Council of Ministers" the noun is no envoy's.
  const written = restore(before).trim();
  const stripped = written.replace(OF_PHRASE, '');
  const office = /\bof\b/i.test(stripped) ? written : stripped;
  if (!DESTINED.test(office)) return true;
  const words = wordsOf(restore(after), reading.ctx.isPlace).filter((w) => !/^the$/i.test(w.text));
  // "to North Korea": the country, not its compass word, says it is a destination.
  const first = words.find((w) => w.cls !== 'descriptor');
  // A country, a place or an acronym is a destination; "Mongolian" opens an addressee's office.
  // "to the East German Ambassador X": a nation before an office or body names whose they are.
  // ("East German Foreign Minister X": descriptors may stand between.)
  const then =
    first && !first.text.endsWith(',')
      ? words.slice(words.indexOf(first) + 1).find((w) => w.cls !== 'descriptor')
      : undefined;
  const destination =
    !!first &&
    !isAdjective(first) &&
    then?.cls !== 'office' &&
    then?.cls !== 'body' &&
    (first.cls === 'nation' || first.cls === 'place' || first.cls === 'acronym');
  // Only the phrase after "to" up to a comma or a subject: "… Baba regarding the armistice talks".
  const target = after.split(/\s+to\s+|,|\s+(?:regarding|concerning|about|on|re)\s+/i)[0] ?? '';
  return !destination && !GATHERINGS.test(restore(target));
}

/** "Commission on Korea": a topic word after a body's noun and before a name belongs to the name. */
function isNamePart(word: string, before: string, after: string): boolean {
  return (
    word === 'on' &&
    /\b(?:commission|committee|conference|council|subcommittee)$/i.test(before.trim()) &&
    startsCapitalised(after)
  );
}

/** "State Planning Commission", "Organizing Committee": a verb before a body's noun names it. */
function namesABody(after: string, reading: Reading): boolean {
  const next = after.split(/\s+/, 1)[0] ?? '';
  if (!/^\p{Lu}/u.test(next)) return false;
  const cls = classify(restore(next), reading.ctx.isPlace).cls;
  return cls === 'body' || cls === 'office';
}

/** Split a piece at its role words; cut off the subject or relayed message that ends it. */
function scanPiece(piece: string, reading: Reading, spansOpen: boolean): Scan {
  const segments: Scan['segments'] = [];
  let last = 0;
  let marker: string | null = null;
  let tail: Scan['tail'] = null;
  for (
    let match = indexOfTopLevel(piece, MARKER);
    match;
    match = indexOfTopLevel(piece, MARKER, match.index + match[0].length)
  ) {
    const from = match.index + match[0].length;
    const word = match[0].toLowerCase();
    const before = piece.slice(last, match.index);
    const after = piece.slice(from).trim();
    const rest = piece.slice(match.index);
    if (match[1]) {
      if (word === 'to' && !isAddresseeTo(before, after, reading)) continue;
      if (word === 'through' && !startsCapitalised(after)) continue;
      const opening = !spansOpen && segments.length === 0 && !before.trim();
      if ((word === 'between' || word === 'among') && !opening) continue;
      if (word === 'with' && !reading.conversation) {
        const relay = RELAY_CLAUSE.test(rest) || RELAY_POSSESSIVE.test(rest);
        tail = { kind: relay ? 'relay' : 'topic', text: rest };
        break;
      }
      segments.push({ marker, text: before });
      marker = word;
      last = from;
      continue;
    }
    if (match[2] && isNamePart(word, before, after)) continue;
    if (match[3] && namesABody(after, reading)) continue;
    if (match[3] && ADDRESSING_WORDS.has(word)) {
      // "from Kim Il Sung telling Stalin of the losses": the one told is a recipient.
      const end = indexOfTopLevel(after, ADDRESSEE_END);
      segments.push(
        { marker, text: before },
        { marker: 'to', text: end ? after.slice(0, end.index) : after },
      );
      if (end) tail = { kind: 'topic', text: after.slice(end.index) };
      return { segments, tail };
    }
    if (match[4]) {
      // "Brazilian Ambassador to Bonn Reports on …": the subject of a headline sent it.
      if (marker !== null || segments.length > 0 || !before.trim()) continue;
      note(reading, `"${tidy(restore(before))}" read as the author of a headline`, true);
      segments.push({ marker: 'from', text: before });
      return { segments, tail: { kind: 'topic', text: rest } };
    }
    tail = { kind: match[5] ? 'relay' : 'topic', text: rest };
    break;
  }
  segments.push({
    marker,
    text: tail ? piece.slice(last, piece.length - tail.text.length) : piece.slice(last),
  });
  return { segments: segments.filter((s) => s.marker !== null || s.text.trim()), tail };
}

/** "containing a message from Mao Zedong [to Stalin]": the author of the carried message. */
export function readRelay(text: string, reading: Reading): void {
  const possessive = RELAY_POSSESSIVE.exec(tidy(text));
  if (possessive) {
    addParties(reading, 'originators', readList([possessive[1] ?? ''], reading.ctx));
    if (possessive[2]?.trim()) setTopic(reading, possessive[2]);
    return;
  }
  const match = RELAY_CLAUSE.exec(tidy(text));
  if (!match) {
    note(reading, `"${tidy(restore(text))}" read as an attachment, not a party`);
    return;
  }
  const scan = scanPiece(match[1] ?? '', { ...reading, conversation: false }, true);
  const [authors, ...others] = scan.segments;
  const list = splitTopLevel(authors?.text ?? '', COMMA);
  addParties(reading, 'originators', readList(list, reading.ctx));
  const addressee = others.find((s) => s.marker === 'to');
  if (addressee && reading.result.recipients.length === 0) {
    addParties(reading, 'recipients', readList([addressee.text], reading.ctx));
  } else if (addressee) {
    note(
      reading,
      `"${tidy(restore(addressee.text))}" read as the addressee of the carried message`,
    );
  }
  if (scan.tail) setTopic(reading, scan.tail.text);
}

/** Read one role's list into the result. */
export function readSpan(span: Span, reading: Reading): void {
  if (span.role === 'bare') return;
  const pieces = span.pieces.map((p) => p.trim()).filter(Boolean);
  if (pieces.length === 0) return;
  if (span.role === 'via' && pieces.length === 1 && MEDIA.test(restore(pieces[0] ?? ''))) {
    reading.result.medium ??= restore(pieces[0] ?? '');
    return;
  }
  const list = readList(pieces, reading.ctx, emptyList());
  addParties(reading, span.role, list);
  for (const place of list.places) {
    addPlace(reading, place);
    note(reading, `"${place}" read as a place`);
  }
  for (const party of list.parties) if (party.place) addPlace(reading, party.place);
  if (list.rest) setTopic(reading, list.rest);
  if (span.firstSide && list.parties.length > 0) reading.firstSide = true;
}

export interface BodyRead {
  spans: Span[];
  /** "…, for Mao Zedong": the addressee who is to receive it from the recipient. */
  forwardTo: string | null;
}

const ROLE_START = /^(?:from|to|via|through|between|among|with)\s/i;

/**
 * Where the scan of a body stands. Module functions over it rather than closures in scanBody:
 * the build runs under tsx, which names every closure it makes (Object.defineProperty), and at
 * 10^5 titles the closures made per title cost ~0.1 s of naming and garbage.
 */
interface BodyScan {
  reading: Reading;
  spans: Span[];
  current: Span | null;
  relay: string | null;
}

function openSpan(scan: BodyScan, role: Span['role'], firstSide = false): Span {
  const span: Span = { role, pieces: [], firstSide };
  scan.current = span;
  scan.spans.push(span);
  return span;
}

function endRelay(scan: BodyScan): void {
  if (scan.relay !== null) readRelay(scan.relay, scan.reading);
  scan.relay = null;
}

/** Read the body's comma pieces into role spans, topics, relays and handling notes. */
export function scanBody(
  pieces: readonly string[],
  reading: Reading,
  onPiece: (piece: string, reading: Reading) => string | null,
): BodyRead {
  const scan: BodyScan = { reading, spans: [], current: null, relay: null };
  const { spans } = scan;
  let forwardTo: string | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = onPiece(pieces[i] as string, reading);
    if (piece === null) continue;
    if (
      RELAY_CLAUSE.test(piece) ||
      RELAY_POSSESSIVE.test(piece) ||
      /^(?:attaching|enclosing|including)\s/i.test(piece)
    ) {
      endRelay(scan);
      scan.relay = piece;
      scan.current = null;
      continue;
    }
    // "containing a message from Tavi, Rimo and Bako": the message's authors go on after commas.
    if (scan.relay !== null && !ROLE_START.test(piece) && !/^for\s/i.test(piece)) {
      if (!isSubjectStart(piece, reading.ctx)) {
        scan.relay = `${scan.relay}, ${piece}`;
        continue;
      }
    }
    endRelay(scan);
    const forward = /^for\s+(.+)$/i.exec(piece);
    if (forward && i > 0 && startsCapitalised(forward[1] ?? '')) {
      forwardTo = forward[1] ?? null;
      continue;
    }
    const leads = scan.current !== null && headsGroup(piece, scan.current.pieces);
    if (!ROLE_START.test(piece) && !leads && isSubjectStart(piece, reading.ctx)) {
      if (spans.length === 0) {
        setTopic(reading, piece);
        continue;
      }
      setTopic(reading, pieces.slice(i).join(', '));
      break;
    }
    const read = scanPiece(piece, reading, spans.length > 0);
    for (const segment of read.segments) {
      const span: Span =
        segment.marker === null
          ? (scan.current ?? openSpan(scan, 'bare'))
          : openSpan(
              scan,
              ROLE_OF[segment.marker] ?? 'bare',
              /^(?:between|among)$/.test(segment.marker),
            );
      span.pieces.push(segment.text);
    }
    if (read.tail?.kind === 'relay') {
      readRelay(read.tail.text, reading);
      scan.current = null;
    } else if (read.tail) {
      setTopic(reading, [read.tail.text, ...pieces.slice(i + 1)].join(', '));
      break;
    }
  }
  endRelay(scan);
  return { spans, forwardTo };
}

/** Split a body into its top-level comma pieces. */
export function bodyPieces(body: string): string[] {
  return splitTopLevel(body, COMMA)
    .map((piece) => tidy(piece))
    .filter(Boolean);
}
