// Lint: correctness rules plus the process boundaries as import zones (docs/design.md, "Process boundaries").
// Each zone says where its code runs; a wrong import fails CI, not just review.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
  'events',
  'util',
  'buffer',
  'zlib',
  'dgram',
  'tls',
];
const nodeBuiltins = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`), 'node:*'];

/**
 * `no-restricted-imports` with one reason per banned group. Every production zone also bans tests/: test kits, fault
 * children and bench code live there (issue #19), and a production module that needs one is test code in disguise.
 */
const RENDERER_GROUPS = [
  { group: ['electron', ...nodeBuiltins], message: 'renderer runs in Chromium: no Node or Electron APIs' },
  {
    group: ['**/main/**', '**/native/**', 'node-hid', 'better-sqlite3', 'pg', 'pg-*'],
    message: 'renderer talks to main only through window.kiosk (preload/contract)',
  },
];
const TEST_CODE = { group: ['**/tests/**'], message: 'production code never imports test code (tests/support, tests/bench)' };
const zone = (groups) => ({ 'no-restricted-imports': ['error', { patterns: [...groups, TEST_CODE] }] });

const SERIALPORT_ONLY_IN_ITS_FILE = ['ImportDeclaration', 'ImportExpression'].map((node) => ({
  selector: `${node}[source.value='serialport']`,
  message: 'serialport is imported in exactly one file: native/serial/serialport-link.ts',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist-web/',
      'release/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      '.fake-electron-dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'no focused tests' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...zone(RENDERER_GROUPS),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layers inside the renderer (issue #19): screens render and dispatch; state holds the flows and never knows the
  // screens; ui is shared components that know neither (they get text through ui/translate-context.ts).
  {
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/lib/**/*.{ts,tsx}', 'renderer/i18n/**/*.{ts,tsx}'],
    rules: zone([
      ...RENDERER_GROUPS,
      {
        group: ['**/state/**', '**/screens/**', '**/app/**', '**/start-*'],
        message: 'ui, lib and i18n are below state and screens: they never import them',
      },
    ]),
  },
  {
    files: ['renderer/state/**/*.{ts,tsx}'],
    rules: zone([
      ...RENDERER_GROUPS,
      { group: ['**/screens/**', '**/app/**', '**/start-*'], message: 'state never imports screens or the app' },
    ]),
  },
  {
    files: ['preload/contract/**/*.ts'],
    rules: zone([
      { group: ['electron', ...nodeBuiltins], message: 'the contract runs anywhere: zod and itself only' },
      {
        group: ['**/main/**', '**/native/**', '**/renderer/**', 'react', 'node-hid', 'better-sqlite3', 'pg', 'pg-*'],
        message: 'the contract runs anywhere: zod and itself only',
      },
    ]),
  },
  {
    files: ['native/**/*.ts'],
    rules: zone([
      { group: ['electron'], message: 'native/ is plain Node so it can be tested without Electron' },
      { group: ['**/main/**', '**/renderer/**'], message: 'native/ sits below main: main depends on native, not the reverse' },
      { group: ['better-sqlite3', 'pg', 'pg-*'], message: 'database drivers live in main/db only' },
    ]),
  },
  {
    files: ['main/index.ts', 'main/shell/**/*.ts'],
    rules: zone([]),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**', 'main/db/**'],
    rules: zone([
      { group: ['electron'], message: 'core code knows nothing of Electron: only main/index.ts and main/shell/** may import it' },
      { group: ['**/renderer/**', 'react'], message: 'main never imports the renderer' },
      {
        group: ['better-sqlite3', 'pg', 'pg-*'],
        message: 'database drivers live in main/db only: services use the ports (main/db/repositories/ports.ts)',
      },
    ]),
  },
  {
    files: ['main/db/**/*.ts'],
    rules: zone([
      { group: ['electron'], message: 'core code knows nothing of Electron: only main/index.ts and main/shell/** may import it' },
      { group: ['**/renderer/**', 'react'], message: 'main never imports the renderer' },
    ]),
  },
  {
    files: ['main/**/*.ts', 'native/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['native/hid/node-hid-device.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='node-hid']",
          message: 'node-hid is imported in exactly one file: native/hid/node-hid-device.ts',
        },
        {
          selector: "ImportExpression[source.value='node-hid']",
          message: 'node-hid is imported in exactly one file: native/hid/node-hid-device.ts',
        },
        // serialport's list() spawns udevadm, whose absence is an uncaught exception: one file, which never calls it.
        ...SERIALPORT_ONLY_IN_ITS_FILE,
      ],
    },
  },
  {
    files: ['native/serial/serialport-link.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value='node-hid']", message: 'node-hid is imported in exactly one file' },
      ],
    },
  },
  {
    // A promise nobody awaits loses its failure: an async limit that is never awaited limits nothing (a walk-in ticket
    // was printed past its limit that way). Type-aware, so only for the host's code, where the stores are async.
    files: ['main/**/*.ts', 'native/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
