import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// `tsc -p tsconfig.build.json` writes dist/ (unbundled ESM for npm users); this bundles it, Lit
// and the default ladder included, into the one file that a wiki page or a CDN link loads.
export default {
  input: 'dist/define.js',
  output: {
    file: 'dist/pm-ladder.bundle.js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // TypeScript's decorator helper reads a top-level `this`, which is harmless in a module.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({
      ecma: 2022,
      module: true,
      format: { comments: false },
    }),
  ],
};
