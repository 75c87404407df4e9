import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'site/',
      'demo/playground.bundle.js',
      'demo/playground.worker.js',
      'node_modules/',
      'custom-elements.json',
      'bench/results.json',
      'bench/.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    // A parameter the source does not read starts with an underscore: the on-demand imports'
    // `_again`, which the bundle's build appends to the file's path (rollup.config.mjs).
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'demo/**/*.js', 'bench/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ignores: ['demo/**', 'bench/*.js', 'test/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
