/**
 * Where a clause of a title stops naming parties and starts saying what the document is about:
 * a topic word ("on", "regarding"), a verb ("Requesting a Meeting …", "approved by …"), a
 * possessive ("Pol Pot's Visit to the DPRK"), a quotation, or a clause in lower case.
 */
import { CLAUSE_VERBS } from './lexicon.ts';
import type { NameContext } from './names.ts';
import { restore } from './names.ts';
import { TOPIC_CLAUSE } from './vocabulary.ts';
import { wordsOf } from './words.ts';

const POSSESSIVE_MARK = /\p{L}['’]/u;

/** Words after which a clause names parties or a subject of its own. */
const ROLE_WORDS = new Set([
  'to',
  'from',
  'via',
  'on',
  'with',
  'and',
  'regarding',
  'concerning',
  'about',
]);

/** Lower-case words that may open a party phrase. */
const PARTY_OPENERS = /^(?:the|a|an|and|&|van|von|de|del|da|dos|du|le|la|ter|bin|al|el)\b/;

/** Does this clause open a subject rather than name a party? */
export function isSubjectStart(clause: string, ctx: NameContext): boolean {
  const text = restore(clause).trim();
  if (!text) return false;
  if (/^['‘“"]/.test(text)) return true;
  if (TOPIC_CLAUSE.test(text)) return true;
  const [first, second] = text.split(/\s+/);
  if (!first) return false;
  if (CLAUSE_VERBS.has(first.toLowerCase())) return true;
  if (/^\p{Ll}/u.test(first) && !PARTY_OPENERS.test(first)) return true;
  // "Pol Pot's Visit to the DPRK": a possessor and what is theirs is a subject, not a party.
  // "the USSR's Ambassador" and "the Albanian Women's Delegation" are parties all the same.
  if (!POSSESSIVE_MARK.test(text)) return false;
  const words = wordsOf(text, ctx.isPlace);
  // Only a possessor in the opening phrase: "Kuno to Sapeli on Bako's visit" names parties first.
  const roleWord = words.findIndex((w) => ROLE_WORDS.has(w.text.toLowerCase()));
  const possessor = words.findIndex((w, i) => w.possessive && (roleWord < 0 || i < roleWord));
  const owned = words[possessor + 1];
  return (
    possessor >= 0 &&
    second !== undefined &&
    !!owned &&
    !['office', 'body', 'descriptor', 'nation'].includes(owned.cls)
  );
}
