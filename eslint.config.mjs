// ESLint flat config: TypeScript-aware recommended rules, and the layers the tree promises (docs/design.md §1):
// domain ← workflows/activities ← worker; platform (Temporal plumbing) used by worker and clients;
// application (the one service) used by the CLI and the console; no arrow back up.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders a layer may not import from, as relative import patterns from any depth in the repo. */
const UP = ['../', '../../', '../../../'];
const layer = (...folders) => folders.flatMap((f) => UP.flatMap((up) => [`${up}${f}`, `${up}${f}/**`]));
const restrict = (files, groups, message, extra = {}) => ({
  files,
  ...(extra.ignores ? { ignores: extra.ignores } : {}),
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ group: groups, message, allowTypeImports: true }, ...(extra.patterns ?? [])], paths: extra.paths ?? [] },
    ],
  },
});
// Luxon and date-holidays are not deterministic-safe and would bloat every cached incident: never in the bundle.
const NOT_IN_WORKFLOW = [
  { name: 'luxon', message: 'the workflow bundle does no calendar math: planning runs in an activity (domain/rules)', allowTypeImports: true },
  { name: 'date-holidays', message: 'the workflow bundle does no calendar math: planning runs in an activity (domain/rules)', allowTypeImports: true },
  // A patch marker's position can depend on where a workflow task boundary falls (after a local activity it
  // does): replays then fail at random. Workflow changes ship as new worker deployment versions (docs/design.md §9).
  {
    name: '@temporalio/workflow',
    importNames: ['patched', 'deprecatePatch'],
    message: 'no patch markers: ship workflow changes as a new worker deployment version (docs/design.md §9)',
  },
];

const WORKFLOW_LAYER = layer('domain/rules', 'worker', 'platform', 'application', 'client', 'scripts', 'reports');
const WORKFLOW_LAYER_WHY = 'the workflow bundle holds orchestration and domain/incident only: planning and rendering run in activities';
const SCHEMAS_ONCE = ['../domain/incident/messages', '../domain/incident/incident'].map((name) => ({
  name,
  message: 'load the schemas through workflows/message-validation.ts (preloaded once per worker), never per workflow',
  allowTypeImports: true,
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.breachclock/', 'coverage/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // A file that needs a scroll bar wants splitting; law tables (one file per statute) are data and stay whole.
  {
    files: ['**/*.ts'],
    ignores: ['domain/rules/jurisdictions/**', 'test/**'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['test/**/*.ts'], rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] } },
  // domain/incident is bundled into the workflow: nothing from the rules (activities only) at run time, no luxon.
  restrict(['domain/incident/**/*.ts'], layer('rules', 'workflows', 'activities', 'worker', 'platform', 'application', 'client', 'scripts', 'reports'),
    'domain/incident is bundled into the workflow: it may use types from domain/rules, never its code, nor any outer layer', { paths: NOT_IN_WORKFLOW }),
  restrict(['domain/rules/**/*.ts'], layer('workflows', 'activities', 'worker', 'platform', 'application', 'client', 'scripts', 'reports'),
    'domain is the innermost layer: it imports no outer layer'),
  // The schemas load once per worker through the preloaded workflows/message-validation.ts; any other workflow
  // module importing them at run time would give every cached incident its own copy (sdk-typescript #2227).
  restrict(['workflows/**/*.ts'], WORKFLOW_LAYER, WORKFLOW_LAYER_WHY, {
    paths: [...NOT_IN_WORKFLOW, ...SCHEMAS_ONCE],
    ignores: ['workflows/message-validation.ts'],
  }),
  restrict(['workflows/message-validation.ts'], WORKFLOW_LAYER, WORKFLOW_LAYER_WHY, { paths: NOT_IN_WORKFLOW }),
  // The bench's bundle (production workflows and the baseline) is a workflow bundle too.
  restrict(['scripts/tools/bench/workflows.ts', 'scripts/tools/bench/baseline-workflow.ts'], layer('domain/rules', 'worker', 'platform', 'application', 'client', 'reports'), WORKFLOW_LAYER_WHY, {
    paths: [...NOT_IN_WORKFLOW, ...SCHEMAS_ONCE],
  }),
  restrict(['activities/**/*.ts'], layer('worker', 'application', 'client', 'scripts'),
    'activities receive their dependencies from the worker (a factory), never import outer layers'),
  restrict(['platform/**/*.ts', 'reports/**/*.ts'], layer('workflows', 'activities', 'worker', 'application', 'client', 'scripts'),
    'platform and reports are shared below the worker and the clients: they import neither'),
  restrict(['application/**/*.ts'], layer('activities', 'worker', 'client', 'scripts'),
    'the application service sits below the doors (CLI, console) and beside the worker'),
  restrict(['client/**/*.ts'], layer('activities', 'worker', 'scripts'),
    'the doors reach incidents through the application service; dev tooling is handed in (e.g. the console\'s Mailbox)'),
  restrict(['worker/**/*.ts'], layer('application', 'client', 'scripts'), 'the worker runs workflows and activities; it does not import the doors or dev tooling'),
);
