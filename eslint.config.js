// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/** Production code: what the direction rules guard. Tests and tools may import anything. */
const PRODUCTION = ['src/**/*.ts', 'dialogs/**/*.ts'];

/** The only files that build dialogs: they wire concrete things together. */
const COMPOSITION_ROOT = ['src/composition.ts', 'src/runtime.ts', 'src/main.ts', 'src/cli/**/*.ts'];

/**
 * The only files that name the Bot Framework packages: the SDK seam, the adapters, storage, the
 * channel adapters and the Teams staff app. Everything else goes through src/bot/sdk.ts, so a move
 * to the SDK's successor rewires these files rather than every dialog.
 */
const SDK_USERS = [
  'src/bot/sdk.ts',
  'src/bot/state.ts',
  'src/bot/adapter.ts',
  'src/bot/app.ts',
  'src/bot/rehearsal.ts',
  'src/storage/**/*.ts',
  'src/channels/**/*.ts',
  'src/handover/teams/**/*.ts',
];
const SDK_PACKAGES = ['botbuilder', 'botbuilder-dialogs', '@microsoft/teams-ai'];

/** Zones of import-x/no-restricted-paths; `from` and `except` are resolved files, not strings. */
const zones = {
  dialogs: {
    target: './dialogs',
    from: './src',
    except: [
      './bot/sdk.ts',
      './i18n',
      './conversation',
      './domain',
      './booking',
      './understanding',
      './readability',
      './handover/model.ts',
      './handover/summary.ts',
      './handover/service.ts',
    ],
    message:
      'dialogs/ imports only src/bot/sdk.ts, src/i18n, src/conversation, src/domain, src/booking, src/understanding, src/readability and the handover model, summary and service; channels and bot wiring stay outside the conversation.',
  },
  domain: {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain holds pure rules: it imports only src/domain, zod, node: built-ins and data/.',
  },
  compositionRootOnly: {
    target: './src',
    from: './dialogs',
    message: 'Only the composition root (src/composition.ts, src/runtime.ts, src/main.ts, src/cli/) imports dialogs/.',
  },
};

const sdkMessage = 'Import the Bot Framework through src/bot/sdk.ts; only the seam, adapters, storage and channels name the packages.';
const teamsAiRootMessage =
  "Import teams-ai by module ('@microsoft/teams-ai/lib/Application.js'): its root also loads the AI planners and GPT tokenizers, about 190 modules and 12 MiB of heap the bot never uses.";

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-results/', 'src/channels/webchat/public/', '.perftmp/'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    settings: {
      // import-x reads .ts files for no-cycle only when told they are modules it can parse.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${ROOT}/tsconfig.json` })],
    },
    rules: {
      // Type-aware, and cheap once the program exists: unawaited promises lose errors in a bot turn.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Runtime cycles only (type imports are skipped): a cycle makes module start-up order matter.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Not in tsconfig.json (JavaScript, and the Teams packaging script run by tsx): no type information.
    files: ['**/*.js', '**/*.mjs', 'deployment/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // ---- Import direction ----------------------------------------------------------------------
  {
    files: PRODUCTION,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [zones.dialogs, zones.domain, zones.compositionRootOnly] }],
    },
  },
  {
    files: COMPOSITION_ROOT,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [zones.dialogs, zones.domain] }],
    },
  },
  {
    files: PRODUCTION,
    ignores: SDK_USERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: SDK_PACKAGES.map((name) => ({ name, message: sdkMessage })),
          patterns: [{ group: SDK_PACKAGES.map((name) => `${name}/*`), message: sdkMessage }],
        },
      ],
    },
  },
  {
    files: SDK_USERS,
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@microsoft/teams-ai', message: teamsAiRootMessage }] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod(/|$)|node:|\\.)', message: 'src/domain imports only zod, node: built-ins, data/ and itself.' }] },
      ],
    },
  },
);
