/**
 * Names without an authority id beside people with one: joined to the one person of that name,
 * kept apart (and listed) when several people bear it, never joined across two ids.
 */
import { describe, expect, it } from 'vitest';
import { buildRead, cmifDocument, letterXml, readBytes } from '../../helpers/import.ts';

const DEIMEL = 'http://d-nb.info/gnd/124896847';
const HEILMANN_1 = 'http://d-nb.info/gnd/1243981636';
const HEILMANN_2 = 'http://d-nb.info/gnd/116651776';
const DEHMEL = { name: 'Dehmel, Richard', ref: 'http://d-nb.info/gnd/118524526' };

/** A CMIF file of letters from Dehmel to each recipient, in order. */
function build(recipients: { name: string; ref?: string }[]) {
  const letters = recipients.map((to, i) =>
    letterXml(String(i + 1), DEHMEL, to, `1900-01-0${i + 1}`),
  );
  const result = buildRead(readBytes('dehmel.xml', cmifDocument(letters.join('\n'))));
  const recipientOf = (key: string) =>
    result.documents.find((d) => d.id === `dehmel-${key}`)?.roles.recipients[0];
  return { ...result, recipientOf };
}

describe('data/registry name-joins', () => {
  it('joins a name without an id to the one person of that name with one, and lists the join', () => {
    const { graph, report, recipientOf } = build([
      { name: 'Deimel, Eugen', ref: DEIMEL },
      { name: 'Deimel, Eugen' },
      { name: 'Deimel, Eugen', ref: DEIMEL },
    ]);
    const deimel = graph.filterNodes((_n, a) => a.label === 'Deimel, Eugen');
    expect(deimel).toEqual(['deimel-eugen']);
    expect(graph.getNodeAttributes('deimel-eugen')).toMatchObject({
      received: 3,
      authority: [DEIMEL],
    });
    expect(recipientOf('2')).toMatchObject({ person: 'deimel-eugen', resolvedBy: 'name' });
    expect(report.joined).toEqual([
      {
        name: 'Deimel, Eugen',
        person: 'deimel-eugen',
        authority: DEIMEL,
        documents: ['dehmel-2'],
        into: 'Deimel, Eugen',
        how: 'name',
      },
    ]);
    expect(report.sameName).toEqual([]);
    expect(report.unresolved.map((u) => u.id)).not.toContain('deimel-eugen-2');
  });

  it('gives the person the key a corpus naming them with the id everywhere gives, when the name came first', () => {
    const { graph, recipientOf } = build([
      { name: 'Deimel, Eugen' },
      { name: 'Deimel, Eugen', ref: DEIMEL },
    ]);
    expect(graph.nodes().filter((n) => n.startsWith('deimel'))).toEqual(['deimel-eugen']);
    expect([recipientOf('1')?.person, recipientOf('2')?.person]).toEqual([
      'deimel-eugen',
      'deimel-eugen',
    ]);
  });

  it('keeps a name apart when several people with ids bear it, listing them as possible duplicates', () => {
    const { graph, report, recipientOf } = build([
      { name: 'Heilmann, Hans', ref: HEILMANN_1 },
      { name: 'Heilmann, Hans', ref: HEILMANN_2 },
      { name: 'Heilmann, Hans' },
    ]);
    expect(graph.filterNodes((_n, a) => a.label === 'Heilmann, Hans')).toHaveLength(3);
    const [first, second, third] = ['1', '2', '3'].map((key) => recipientOf(key)?.person);
    expect(new Set([first, second, third]).size).toBe(3);
    expect(report.joined).toEqual([]);
    expect(report.sameName).toEqual([
      {
        name: 'Heilmann, Hans',
        person: third,
        people: [
          { person: first, authority: HEILMANN_1 },
          { person: second, authority: HEILMANN_2 },
        ],
        documents: ['dehmel-3'],
      },
    ]);
  });

  it('never joins two people with different ids on their name, and says they share it', () => {
    const { graph, report } = build([
      { name: 'Heilmann, Hans', ref: HEILMANN_1 },
      { name: 'Heilmann, Hans', ref: HEILMANN_2 },
    ]);
    expect(graph.filterNodes((_n, a) => a.label === 'Heilmann, Hans')).toHaveLength(2);
    expect(report.sameName).toEqual([
      expect.objectContaining({ name: 'Heilmann, Hans', person: null, documents: [] }),
    ]);
  });

  it('names a person once on a letter that names them with and without the id', () => {
    const xml = cmifDocument(`      <correspDesc key="1" source="#b1">
        <correspAction type="sent"><persName ref="${DEHMEL.ref}">${DEHMEL.name}</persName><date when="1900"/></correspAction>
        <correspAction type="received"><persName ref="${DEIMEL}">Deimel, Eugen</persName><persName>Deimel, Eugen</persName></correspAction>
      </correspDesc>`);
    const { documents } = buildRead(readBytes('dehmel.xml', xml));
    expect(documents[0]?.roles.recipients.map((r) => r.person)).toEqual(['deimel-eugen']);
  });
});
