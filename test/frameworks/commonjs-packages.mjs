// React is published as CommonJS only, which a browser cannot import. For the framework tests the
// dev server serves it as ES modules that esbuild builds from the installed packages, once a run,
// with a single copy of React shared by react-dom.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prefix = '/__commonjs__/';
const packages = ['react', 'react-dom', 'react-dom/client'];
const fileName = (specifier) => specifier.replaceAll('/', '__');

/**
 * An ES module for a CommonJS package: its exports object as the default, each key by name. The
 * keys come from loading the package in a separate Node process: React's development build
 * touches `console` as it loads, which the test runner has taken over in this one.
 */
function facade(specifier) {
  const script = `console.log(Object.keys(require(${JSON.stringify(specifier)})).join(' '))`;
  const keys = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  const names = keys.split(/\s+/).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  return `import cjs from '${specifier}';\nexport default cjs;\nexport const { ${names.join(', ')} } = cjs;\n`;
}

let built;
function bundle() {
  built ??= build({
    absWorkingDir: root,
    entryPoints: packages.map((specifier) => ({ in: `facade:${specifier}`, out: fileName(specifier) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'commonjs-packages',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'facade',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^facade:/ }, ({ path }) => ({
            path: path.slice('facade:'.length),
            namespace: 'facade',
          }));
          esbuild.onLoad({ filter: /.*/, namespace: 'facade' }, ({ path }) => ({
            contents: facade(path),
            resolveDir: root,
          }));
        },
      },
    ],
  }).then(({ outputFiles }) => new Map(outputFiles.map((file) => [basename(file.path), file.text])));
  return built;
}

/** A @web/dev-server plugin: `import ... from 'react'` (and react-dom) gets the ES module build. */
export function commonjsPackages() {
  return {
    name: 'commonjs-packages',
    resolveImport({ source }) {
      if (packages.includes(source)) return `${prefix}${fileName(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const body = (await bundle()).get(context.path.slice(prefix.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
