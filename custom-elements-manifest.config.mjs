// `npm run analyze` writes custom-elements.json from the elements' JSDoc. Internal modules and
// the default ladder's data are left out: the manifest describes the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/data/default-ladder.ts', 'src/data/currencies.ts'],
  outdir: '.',
  litelement: true,
  // The manifest's path in package.json is fixed; a check run into another folder must not move it.
  packagejson: false,
};
