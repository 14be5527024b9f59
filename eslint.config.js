// ESLint: typescript-eslint's type-checked recommended rules over every TypeScript file, and
// React's hooks rules for the web app. Formatting is Prettier's (npm run format); the import
// graph is dependency-cruiser's (.dependency-cruiser.cjs). `npm run lint` runs all three.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The import-graph rules are CommonJS data for dependency-cruiser, outside the TypeScript project.
  {
    ignores: [
      'web/dist/**',
      'node_modules/**',
      'data/**',
      'drizzle/**',
      'coverage/**',
      '.dependency-cruiser.cjs',
      'web/src/api/openapi.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // A function longer than a screen is several steps that want names of their own.
      'max-lines-per-function': ['error', { max: 80 }],
      // Unused names are mistakes, except those deliberately marked with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read JSON responses (`res.json()`, `expectJson`) whose shape their own assertions
    // check, so the rules against `any` would only make them restate every response type. Typing
    // responses belongs to a client generated from the OpenAPI document; until tests use one,
    // these rules apply to production code only.
    files: ['**/*.test.ts', '**/*.fixture.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
);
