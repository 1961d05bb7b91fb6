import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const LIB_RUNTIME_MODULES = ['lib/background/**', 'lib/capture/host.ts', 'lib/capture/hook.ts', 'lib/i18n/t.ts'];
const RELATIVE_LIB = { group: ['@/*'], message: "lib/ imports relatively ('../db/db'), not through '@/'." };
const NO_RUNTIME = {
  group: ['wxt', 'wxt/*', '#imports', '#i18n', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'],
  message: 'Browser/WXT runtime APIs belong in lib/background, the capture host or an entrypoint; pass what you need in.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/latest.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Captured text is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render captured text as text.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render captured text as text.' },
      ],
    },
  },
  // lib/ imports relatively (it is framework-free code any tool can load); components and
  // entrypoints use '@/'. Browser and WXT runtime APIs stay in the background, the capture host
  // (the content script's and MAIN-world hook's wiring) and the UI-language loader: the rest of
  // lib/ and every component is plain code, testable without a browser.
  {
    files: ['lib/**/*.ts'],
    ignores: LIB_RUNTIME_MODULES,
    rules: { 'no-restricted-imports': ['error', { patterns: [RELATIVE_LIB, NO_RUNTIME] }] },
  },
  { files: LIB_RUNTIME_MODULES, rules: { 'no-restricted-imports': ['error', { patterns: [RELATIVE_LIB] }] } },
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [NO_RUNTIME] }] } },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
