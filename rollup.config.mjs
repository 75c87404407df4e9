import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Shared with scripts/size.mjs, which minifies the bundle's pieces the same way to report them. */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 3, hoist_funs: true, keep_fargs: false },
  format: { comments: false },
};

/** The oldest browsers the README names: CSS is written for them (Lightning CSS's targets). */
const TARGETS = { chrome: 123 << 16, firefox: 128 << 16, safari: 18 << 16 };

/**
 * Minifies the markup of the html`` templates and the text of the css`` styles. A run of
 * whitespace in markup becomes one space, never none, so the text of the DOM reads as written.
 * `html: false` leaves the markup as it is written, for the hydrating bundle: Lit takes over a
 * server's markup only from templates identical to the server's, and `pm-ladder render` runs
 * them unminified.
 */
const minifyLiterals = ({ html = true } = {}) =>
  minifyHtmlLiterals({
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true, minifyCSS: { targets: TARGETS } },
      ...(html ? {} : { shouldMinify: () => false }),
    },
  });

// `tsc -p tsconfig.build.json` writes dist/ (unbundled ESM for npm users); this bundles it, Lit
// and the default ladder included, into the one file that a wiki page or a CDN link loads.
/**
 * The files loaded on demand (the languages, pm-ladder.documents.js, pm-ladder.sheet.js, pm-ladder.views.js, pm-ladder.assess.js, pm-ladder.arrows.js) are asked for again after a
 * failure at a URL of their own: each import's path gets the importer's `_again`, empty the first
 * time (src/internal/on-demand.ts), since a browser keeps a failed import for the page's life.
 */
const askAgain = {
  name: 'ask-again',
  renderDynamicImport: ({ moduleId }) =>
    /[/\\](i18n|on-demand|request-ladder|view-loader|role-compare\.view|documents)\.js$/.test(moduleId)
      ? { left: 'import(', right: ' + _again)' }
      : null,
};

const finish = [askAgain, nodeResolve({ exportConditions: ['production'] }), terser(terserOptions)];

export const bundle = {
  input: 'dist/define.js',
  output: {
    // The languages other than English load on demand, each from a file beside the bundle
    // (dist/pm-ladder.de.js and so on), so that an English page downloads none of them.
    dir: 'dist',
    entryFileNames: 'pm-ladder.bundle.js',
    chunkFileNames: 'pm-ladder.[name].js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // TypeScript's decorator helper reads a top-level `this`, which is harmless in a module.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [minifyLiterals(), ...finish],
};

const HYDRATE_ENTRY = '\0pm-ladder-hydrate';
const dist = (path) => JSON.stringify(fileURLToPath(new URL(`dist/${path}`, import.meta.url)));

/**
 * The same bundle for pages written by `pm-ladder render`: Lit's hydration support runs before
 * Lit defines the elements, so they take over their server-rendered shadow roots instead of
 * rendering them again. A file of its own, so that the plain bundle keeps its size.
 */
export const hydrateBundle = {
  ...bundle,
  input: HYDRATE_ENTRY,
  output: {
    ...bundle.output,
    entryFileNames: 'pm-ladder.hydrate.bundle.js',
    chunkFileNames: 'pm-ladder.hydrate.[name].js',
  },
  plugins: [
    {
      name: 'hydrate-entry',
      resolveId: (id) => (id === HYDRATE_ENTRY ? id : null),
      // The element takes its server markup over in its first update, with the document inside
      // it: the validator and the views are in this bundle, handed over before that update, not
      // loaded on demand.
      load: (id) =>
        id === HYDRATE_ENTRY
          ? `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import * as loaded from ${dist('internal/documents.js')};
import * as views from ${dist('internal/views.js')};
import { documents } from ${dist('internal/on-demand.js')};
import ${dist('define.js')};
documents.provide(loaded);
loaded.views.provide(views);`
          : null,
    },
    minifyLiterals({ html: false }),
    ...finish,
  ],
};

export default [bundle, hydrateBundle];
