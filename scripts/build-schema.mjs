// Writes schema/ladder.schema.json from the Valibot schema in src/data/schema.ts, the one source
// of the ladder format, with the descriptions of scripts/ladder-json-schema.ts. `--check` fails
// instead when the committed file is out of date. Either way it first checks the bundled default
// ladder with the validator, which the bundle leaves out: it shows that ladder unchecked.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}schema/ladder.schema.json`;

const bundled = await build({
  stdin: {
    contents: `
      import { ladderJsonSchema } from './scripts/ladder-json-schema.ts';
      import { defaultLadder } from './src/data/default-ladder.ts';
      import { validateLadder } from './src/data/validate.ts';
      export default ladderJsonSchema();
      export const checked = validateLadder(defaultLadder);
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const module = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const { checked } = module;
if (!checked.ok || checked.warnings.length) {
  const problems = checked.ok ? checked.warnings : checked.errors;
  console.error('src/data/default-ladder.ts is not a valid ladder document:');
  for (const { path, message } of problems) console.error(`  ${path || 'document'}: ${message}`);
  process.exit(1);
}
const schema = module.default;
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schema/ladder.schema.json is out of date: run `npm run build` and commit it.');
    process.exit(1);
  }
  console.log('schema/ladder.schema.json is up to date.');
} else {
  await writeFile(target, text);
}
