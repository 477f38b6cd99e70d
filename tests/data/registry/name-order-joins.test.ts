/**
 * One person under several written names in a letter table: both name orders, initials that fit
 * one fuller name only, particles; never across two authority ids; every join in the report, the
 * other forms kept with the person, and the node named by the stated rule.
 */
import { describe, expect, it } from 'vitest';
import { readRegistryTables } from '../../../src/data/io/read-registry.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';
import { tempDir } from '../../helpers/tmp.ts';

/** Build a letter table given as rows of [sender, recipient] (and ids when given). */
function build(rows: string[][], header = ['Sender', 'Recipient']) {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [['Id', ...header], ...rows.map((row, i) => [String(i + 1), ...row])];
  const result = buildRead(
    readBytes('letters.csv', lines.map((r) => r.map(quote).join(',')).join('\n')),
  );
  const labels = result.graph
    .nodes()
    .map((n) => result.graph.getNodeAttribute(n, 'label'))
    .sort();
  const nodeOf = (label: string) => result.graph.findNode((_n, a) => a.label === label) ?? null;
  return { ...result, labels, nodeOf };
}

describe('data/registry name joins: name order', () => {
  it('takes "Darwin, Charles" and "Charles Darwin" for one person, named "Forenames Surname"', () => {
    const { labels, report, graph, nodeOf } = build([
      ['Darwin, Charles', 'Lyell, Charles'],
      ['Charles Darwin', 'Charles Lyell'],
      ['Darwin, Charles', 'Charles Lyell'],
    ]);
    expect(labels).toEqual(['Charles Darwin', 'Charles Lyell']);
    const darwin = nodeOf('Charles Darwin');
    expect(darwin).not.toBeNull();
    expect(graph.getNodeAttributes(darwin ?? '')).toMatchObject({
      sent: 3,
      aliases: ['Darwin, Charles'],
    });
    expect(report.joined.map((j) => [j.name, j.into, j.how, j.documents])).toEqual([
      ['Darwin, Charles', 'Charles Darwin', 'name order', ['letters-1', 'letters-3']],
      ['Lyell, Charles', 'Charles Lyell', 'name order', ['letters-1']],
    ]);
  });

  it('names the node by the same rule whichever form comes first', () => {
    const first = build([
      ['Charles Darwin', 'Asa Gray'],
      ['Darwin, Charles', 'Gray, Asa'],
    ]);
    const second = build([
      ['Darwin, Charles', 'Gray, Asa'],
      ['Charles Darwin', 'Asa Gray'],
    ]);
    expect(first.labels).toEqual(['Asa Gray', 'Charles Darwin']);
    expect(second.labels).toEqual(first.labels);
  });

  it('keeps particles with the surname: "Stein, Charlotte von" is Charlotte von Stein', () => {
    const { labels, report } = build([
      ['Goethe, Johann Wolfgang', 'Stein, Charlotte von'],
      ['Johann Wolfgang Goethe', 'Charlotte von Stein'],
      ['Alexander von Humboldt', 'Humboldt, Alexander von'],
    ]);
    expect(labels).toEqual([
      'Alexander von Humboldt',
      'Charlotte von Stein',
      'Johann Wolfgang Goethe',
    ]);
    expect(report.joined.map((j) => j.how)).toEqual(['name order', 'name order', 'name order']);
  });
});

describe('data/registry name joins: initials', () => {
  it('joins "J. D. Hooker" and "Hooker, J. D." to the one Joseph Dalton Hooker', () => {
    const { labels, report, graph, nodeOf } = build([
      ['Hooker, J. D.', 'Charles Darwin'],
      ['J. D. Hooker', 'Charles Darwin'],
      ['Joseph Dalton Hooker', 'Charles Darwin'],
    ]);
    expect(labels).toEqual(['Charles Darwin', 'Joseph Dalton Hooker']);
    expect(graph.getNodeAttribute(nodeOf('Joseph Dalton Hooker') ?? '', 'aliases')).toEqual(
      expect.arrayContaining(['Hooker, J. D.', 'J. D. Hooker']),
    );
    expect(report.joined.map((j) => [j.name, j.into, j.how])).toEqual(
      expect.arrayContaining([
        ['J. D. Hooker', 'Joseph Dalton Hooker', 'initials'],
        ['Hooker, J. D.', 'Joseph Dalton Hooker', 'initials'],
      ]),
    );
  });

  it('does not join initials that fit two fuller names, and lists them', () => {
    const { labels, report } = build([
      ['J. D. Hooker', 'Charles Darwin'],
      ['Joseph Dalton Hooker', 'Charles Darwin'],
      ['John Dawson Hooker', 'Charles Darwin'],
    ]);
    expect(labels).toEqual([
      'Charles Darwin',
      'J. D. Hooker',
      'John Dawson Hooker',
      'Joseph Dalton Hooker',
    ]);
    expect(report.joined).toEqual([]);
    expect(report.sameName).toEqual([
      expect.objectContaining({ name: 'J. D. Hooker', how: 'initials', documents: ['letters-1'] }),
    ]);
    expect(report.sameName[0]?.people.map((p) => p.person).sort()).toEqual([
      'john-dawson-hooker',
      'joseph-dalton-hooker',
    ]);
  });

  it('does not join initials that also fit a registered person the corpus does not name', () => {
    const tmp = tempDir();
    tmp.write(
      'people.csv',
      [
        'id,name,kind,affiliation,role,aliases,authority,certainty,notes',
        'jdh,Joseph Dalton Hooker,person,Kew,,,,,',
        'jdh2,John Dawson Hooker,person,,,,,,',
      ].join('\n'),
    );
    const registry = readRegistryTables(tmp.dir, new IssueLog());
    const read = readBytes(
      'letters.csv',
      'Id,Sender,Recipient\n1,J. D. Hooker,Charles Darwin\n2,Joseph Dalton Hooker,Charles Darwin\n',
    );
    const { report, graph } = buildRead(read, registry);
    expect(graph.order).toBe(3);
    expect(report.joined).toEqual([]);
    expect(
      report.sameName.map((s) => [s.name, s.how, s.people.map((p) => p.person).sort()]),
    ).toEqual([['J. D. Hooker', 'initials', ['jdh', 'jdh2']]]);
  });

  it('does not take initials for another surname or other letters', () => {
    const { labels } = build([
      ['W. J. Hooker', 'Charles Darwin'],
      ['Joseph Dalton Hooker', 'Charles Darwin'],
      ['J. D. Hook', 'Charles Darwin'],
    ]);
    expect(labels).toHaveLength(4);
  });
});

describe('data/registry name joins: authority ids', () => {
  const GND_A = 'https://d-nb.info/gnd/118524526';
  const GND_B = 'https://d-nb.info/gnd/116651776';

  it('joins a name without an id to the one person with an id under the other order', () => {
    const { labels, report, graph } = build(
      [
        ['Charles Darwin', 'Hooker, Joseph Dalton', GND_A],
        ['Charles Darwin', 'Joseph Dalton Hooker', ''],
      ],
      ['Sender', 'Recipient', 'Recipient GND'],
    );
    // A person with an id keeps the first form given, as when every row gives the id.
    expect(labels).toEqual(['Charles Darwin', 'Hooker, Joseph Dalton']);
    const hooker = graph.findNode((_n, a) => a.label === 'Hooker, Joseph Dalton') ?? '';
    expect(graph.getNodeAttributes(hooker)).toMatchObject({
      authority: [GND_A],
      aliases: ['Joseph Dalton Hooker'],
      received: 2,
    });
    expect(report.joined.map((j) => [j.name, j.into, j.authority, j.how])).toEqual([
      ['Joseph Dalton Hooker', 'Hooker, Joseph Dalton', GND_A, 'name order'],
    ]);
  });

  it('names a person with an id as a table giving the id on every row does', () => {
    const rows = [
      ['Charles Darwin', 'Joseph Dalton Hooker', GND_A],
      ['Charles Darwin', 'Hooker, Joseph Dalton', ''],
    ];
    const everywhere = rows.map(([from = '', to = '']) => [from, to, GND_A]);
    const header = ['Sender', 'Recipient', 'Recipient GND'];
    expect(build(rows, header).labels).toEqual(build(everywhere, header).labels);
  });

  it('never joins two people with different ids, whatever their names', () => {
    const { labels, report } = build(
      [
        ['Charles Darwin', 'Hooker, Joseph Dalton', GND_A],
        ['Charles Darwin', 'Joseph Dalton Hooker', GND_B],
        ['Charles Darwin', 'J. D. Hooker', ''],
      ],
      ['Sender', 'Recipient', 'Recipient GND'],
    );
    expect(labels).toEqual([
      'Charles Darwin',
      'Hooker, Joseph Dalton',
      'J. D. Hooker',
      'Joseph Dalton Hooker',
    ]);
    expect(report.joined).toEqual([]);
    expect(report.sameName.map((s) => [s.name, s.people.map((p) => p.authority).sort()])).toEqual([
      ['J. D. Hooker', [GND_B, GND_A].sort()],
    ]);
  });
});
