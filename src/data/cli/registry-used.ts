/**
 * Which registry a build resolved names with, as the command lines say it: a foreign corpus must
 * never look resolved against a registry nobody chose, so both `npm run build:data` and
 * `npm run export` name it, with its files.
 */
import type { BuildReport } from '../../graph/report.ts';

const REGISTRY_WORDS: Record<BuildReport['corpus']['registry'], string> = {
  own: "names resolved with the folder's own registry",
  given: 'names resolved with the registry given (--registry)',
  built: 'names as they were resolved when it was built',
  none: 'no registry (give one with --registry DIR)',
};

/** "names resolved with the registry given (--registry): mine/people.csv", or "no registry (…)". */
export function registryUsed(corpus: BuildReport['corpus']): string {
  const words = REGISTRY_WORDS[corpus.registry];
  return corpus.registryFiles.length > 0 && corpus.registry !== 'built'
    ? `${words}: ${corpus.registryFiles.join(', ')}`
    : words;
}
