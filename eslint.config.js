// Type-aware lint per ARCHITECTURE.md: no-explicit-any, no-floating-promises, consistent-type-imports, curly, eqeqeq.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'node_modules/**',
      'data/**',
      'dist/**',
      'web/dist/**',
      'test-artifacts/**',
      'bench/results/**',
      'src/db/migrations/**',
      'bin/**',
      'scripts/**/*.mjs',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: 'error',
    },
  },
  {
    // Raw table access belongs in src/db; elsewhere records are loaded through scoped loaders.
    files: ['src/server/**/*.ts', 'src/domain/**/*.ts', 'web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/schema', '**/db/schema/*', '**/db/schema/**'],
              message:
                'Load records through scoped loaders in src/db/loaders; raw table access stays in src/db and src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O and no imports from outer layers.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/server/**',
                '**/app/**',
                '**/cli/**',
                'node:fs',
                'node:fs/*',
                'fs',
                'pg',
                '@electric-sql/*',
              ],
              message: 'src/domain is pure: no I/O, no outer layers.',
            },
          ],
        },
      ],
    },
  },
);
