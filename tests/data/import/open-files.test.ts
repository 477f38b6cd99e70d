/**
 * Files opened together in the browser: a registry among them resolves the letters, and none is
 * applied when none is given (the default corpus's registry is the default corpus's alone).
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import { readOpenedFiles } from '../../../src/data/import/open-files.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { utf8 } from '../../helpers/import.ts';

const LETTERS = {
  name: 'letters.csv',
  bytes: utf8('id,title\na,"Cable, Filippov to Mao Zedong, 1 May 1950"\n'),
};
const PEOPLE = {
  name: 'people.csv',
  bytes: utf8('id,name,aliases\nstalin,Joseph Stalin,Filippov\nmao,Mao Zedong,\n'),
};

function open(files: { name: string; bytes: Uint8Array }[]) {
  const log = new IssueLog();
  const result = buildCorpus(readOpenedFiles(files, log), log, { layout: false });
  return { nodes: result.graph.nodes().sort(), report: result.report };
}

describe('data/import open-files: the registry comes with the corpus', () => {
  it('resolves the letters with the people.csv opened beside them, and says so', () => {
    const { nodes, report } = open([LETTERS, PEOPLE]);
    expect(nodes).toEqual(['mao', 'stalin']);
    expect(report.corpus).toMatchObject({ registry: 'given', registryFiles: ['people.csv'] });
    expect(report.corpus.files).toEqual(['letters.csv']);
  });

  it('applies no registry when none is opened', () => {
    const { nodes, report } = open([LETTERS]);
    expect(nodes).toEqual(['filippov', 'mao-zedong']);
    expect(report.corpus).toMatchObject({ registry: 'none', registryFiles: [] });
  });
});
