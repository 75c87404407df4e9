// `npm run analyze` writes custom-elements.json from the elements' JSDoc. Internal modules and
// the default ladder's data are left out: the manifest describes the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/data/default-ladder.ts', 'src/data/currencies.ts'],
  outdir: '.',
  litelement: true,
};
