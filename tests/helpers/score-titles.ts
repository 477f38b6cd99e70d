/**
 * The development set's scorer (../shared/tools/score-titles.py) in TypeScript, so `npm test`
 * scores the reader without Python: names match when they share a word of three or more letters
 * after accents, punctuation and honorifics are dropped, and a title counts as read only when
 * every role has exactly the right parties.
 */
import type { ResolvedTitle } from '../../src/data/build/read-title.ts';

export interface TruthEntry {
  title: string;
  kind: string;
  ambiguous?: boolean;
  senders?: string[];
  recipients?: string[];
  via?: string[];
  originators?: string[];
  participants?: string[];
}

const STOP = new Set(
  `the of and to for in cde cdes comrade comrades dr mr mrs gen general generalissimo chairman
  secretary president marshal governor governer com`.split(/\s+/),
);

function tokens(name: string): Set<string> {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\- ]+/g, ' ')
    .replace(/-/g, ' ');
  return new Set(plain.split(/\s+/).filter((t) => t.length >= 3 && !STOP.has(t)));
}

const shares = (a: Set<string>, b: Set<string>): boolean => [...a].some((t) => b.has(t));

function matchOne(expected: string, produced: string): boolean {
  return expected
    .split('|')
    .some((alt) => tokens(alt).size > 0 && shares(tokens(alt), tokens(produced)));
}

function sameSet(expected: readonly string[], produced: readonly string[]): boolean {
  const got = produced.filter((p) => p.trim());
  if (got.length !== expected.length) return false;
  const used = new Set<number>();
  return expected.every((want) => {
    const hit = got.findIndex((p, i) => !used.has(i) && matchOne(want, p));
    if (hit < 0) return false;
    used.add(hit);
    return true;
  });
}

/** The entries the scorer scores: unambiguous correspondence and conversation titles. */
export function scorable(entries: readonly TruthEntry[]): TruthEntry[] {
  return entries.filter(
    (t) => !t.ambiguous && (t.kind === 'correspondence' || t.kind === 'conversation'),
  );
}

/** The first role read wrong, or null when the title is read as the historian reads it. */
export function missOf(truth: TruthEntry, got: ResolvedTitle): string | null {
  const checks: [keyof ResolvedTitle & keyof TruthEntry, string[]][] =
    truth.kind === 'conversation'
      ? [
          [
            'participants',
            // Only the participants the title itself names can be read from it.
            (truth.participants ?? []).filter((p) => shares(tokens(p), tokens(truth.title))),
          ],
        ]
      : (['senders', 'recipients', 'via', 'originators'] as const)
          .filter((role) => truth[role] !== undefined)
          .map((role) => [role, truth[role] ?? []]);
  for (const [role, want] of checks) {
    const names = (got[role] as { name: string }[]).map((p) => p.name);
    if (!sameSet(want, names))
      return `${role}: want ${JSON.stringify(want)}, got ${JSON.stringify(names)}`;
  }
  return null;
}
