/** The layer rules of docs/architecture.md. `npm run layers` fails the test run on any violation. */
module.exports = {
  forbidden: [
    {
      name: 'renderer-not-to-main',
      comment: 'The renderer reaches the main process only through window.tta (shared/client.ts).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-only-shared-and-itself',
      comment: 'The renderer imports shared/ and itself only (plus npm packages).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|tests|scripts|data)/' },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs everywhere: it never imports main, renderer or tests, not even for types.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer|tests)/' },
    },
    {
      name: 'only-main-electron-imports-electron',
      severity: 'error',
      from: { pathNot: '^main/electron/' },
      to: { path: '^electron$|node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'main-not-to-renderer',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|release|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
