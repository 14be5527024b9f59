/**
 * The import graph Concord keeps (npm run lint:imports): no circles; core uses no module;
 * modules use core but never each other; the log's client code trusts nothing but the pure
 * ledger; the web app imports no server code.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle makes two files one: split out what both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-uses-no-module',
      severity: 'error',
      comment: 'Core serves every module; it never depends on one.',
      from: { path: '^src/core/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-use-no-other-module',
      severity: 'error',
      comment: 'Modules talk to each other through core only (the log, accounts, states).',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'log-client-trusts-only-pure-ledger',
      severity: 'error',
      comment: 'A verifier recomputes everything itself: it reads no storage and no server code.',
      from: { path: '^src/core/ledger/client/' },
      to: { path: '^src/', pathNot: ['^src/core/ledger/(client/|hasher|proof|checkpoint|cosignature|tree)'] },
    },
    {
      name: 'web-imports-no-server-code',
      severity: 'error',
      comment:
        'The web app is built for the browser: it talks to the server over HTTP only (its tests may cross-check against server code).',
      from: { path: '^web/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist|drizzle|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
