import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports point inward: ui → state → worker → model → data → settings, and ui → export (the code
// generators and the curve files) → model → data → settings; i18n (the catalogues) serves ui, state and
// worker; stats (pure arithmetic) serves every layer above it. Each layer may import only the layers
// listed for it; the pure cores (settings, data, model, stats, export) never import a UI framework.
const layers = {
  settings: [],
  stats: [],
  i18n: ['settings'],
  data: ['settings'],
  model: ['data', 'settings'],
  worker: ['model', 'data', 'settings', 'stats', 'i18n'],
  state: ['worker', 'model', 'data', 'settings', 'stats', 'i18n'],
  export: ['model', 'data', 'settings', 'stats'],
  ui: ['state', 'export', 'settings', 'stats', 'i18n'],
};
const pureCores = ['settings', 'data', 'model', 'stats', 'export'];
const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
  files: [`src/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: pureCores.includes(layer)
          ? ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({ name, message: 'The pure cores never import UI frameworks.' }))
          : [],
        patterns: Object.keys(layers)
          .filter((other) => other !== layer && !allowed.includes(other))
          .map((other) => ({
            group: [`**/${other}`, `**/${other}/**`],
            message: `${layer}/ may not import ${other}/: imports point inward.`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...layerRules,
);
