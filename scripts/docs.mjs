// Documentation and editor integration, generated from custom-elements.json (which `npm run analyze`
// generates from the elements' JSDoc):
//
//   node scripts/docs.mjs           writes the API tables of README.md, between marker comments
//   node scripts/docs.mjs --check   fails when README.md is not what it would write
//   node scripts/docs.mjs --editor  writes dist/vscode.html-custom-data.json and dist/jsx/*.d.ts
//
// docs/manifest.mjs reads the manifest (and, where it falls short, src/) into one description per
// element; docs/readme.mjs writes the README's tables from them, docs/editor.mjs the editor files.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeEditorFiles } from './docs/editor.mjs';
import { fail, readManifest } from './docs/manifest.mjs';
import { readme } from './docs/readme.mjs';

const USAGE = 'usage: node scripts/docs.mjs [--check] [--editor]';
const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (arg !== '--check' && arg !== '--editor') fail(`unknown option ${arg}; ${USAGE}`);
}

const { elements, exported } = await readManifest(root);

if (args.has('--editor')) await writeEditorFiles(root, elements, exported);
if (args.has('--check')) {
  const current = await readFile(readmePath, 'utf8');
  if (current !== (await readme(current, elements, readmePath))) {
    fail('README.md is out of date: run `npm run docs`.');
  }
} else if (!args.has('--editor')) {
  await writeFile(readmePath, await readme(await readFile(readmePath, 'utf8'), elements, readmePath));
}
