/**
 * A fresh `npm install` asks nothing of a newcomer: npm 11 blocks dependencies' install scripts
 * and warns about each one package.json's `allowScripts` does not decide. Every installed package
 * with an install script must be decided there (esbuild's is denied: its platform binary comes as
 * an optional dependency, and the script would only check it, or fetch it when that is missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Names of the installed packages (scoped ones included) that declare an install script. */
function packagesWithInstallScripts(modules: string): string[] {
  const names = readdirSync(modules).flatMap((entry) =>
    entry.startsWith('@')
      ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`)
      : [entry],
  );
  return names.filter((name) => {
    const manifest = join(modules, name, 'package.json');
    if (!existsSync(manifest)) return false;
    const scripts = (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: object }).scripts;
    return INSTALL_SCRIPTS.some((script) => scripts && script in scripts);
  });
}

describe('npm install: no install script left undecided', () => {
  it('decides every installed install script in allowScripts', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    const decided = new Set(
      Object.keys(manifest.allowScripts ?? {}).map((key) => key.replace(/(.)@.*$/, '$1')),
    );
    const scripted = packagesWithInstallScripts(join(PROJECT_ROOT, 'node_modules'));
    expect(scripted).toContain('esbuild');
    expect(scripted.filter((name) => !decided.has(name))).toEqual([]);
  });
});
