// A module of a user's own in the fresh project that test/package/package.test.mjs installs the
// tarball into (it is copied there, beside node_modules/). `node consumer.mjs <subpath>` imports
// the one entry point that pm-ladder's exports map names under <subpath> ('.', './define.js', …),
// in a Node process that has loaded nothing else of the package, and checks what a user gets from
// it. Prints what it found; a failed check throws, and Node exits 1 with its message.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TAGS = ['pm-ladder', 'pm-role-card', 'pm-role-compare', 'pm-salary-range'];
/** The class that each element's own entry point exports, for a tag of the user's choice. */
const CLASSES = {
  './ladder.js': 'PmLadder',
  './role-card.js': 'PmRoleCard',
  './role-compare.js': 'PmRoleCompare',
  './salary-range.js': 'PmSalaryRange',
};

const packageFolder = new URL('node_modules/pm-ladder/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', packageFolder), 'utf8'));
const shipped = (path) => existsSync(new URL(path, packageFolder));
/** The tags registered so far; Lit's DOM shim sets up `customElements` once Lit is loaded in Node. */
const definedTags = () => TAGS.filter((tag) => globalThis.customElements?.get(tag));

const subpath = process.argv[2];
const value = manifest.exports[subpath];
assert.ok(value, `package.json exports nothing under ${subpath}`);
const specifier = `pm-ladder${subpath.slice(1)}`;

/** Imports the entry point and checks it; resolves with what a user gets. */
async function check() {
  const conditions = typeof value === 'object' ? Object.keys(value) : [];
  if (conditions.length === 1 && conditions[0] === 'types') {
    assert.ok(shipped(value.types), `${value.types} does not exist`);
    return `types only: ${value.types} exists`;
  }
  const file = fileURLToPath(import.meta.resolve(specifier));
  assert.ok(existsSync(file), `resolves to ${file}, which does not exist`);
  const types = typeof value === 'object' && value.types;
  if (types) assert.ok(shipped(types), `its types ${types} do not exist`);

  if (file.endsWith('.json')) {
    const { default: json } = await import(specifier, { with: { type: 'json' } });
    if (subpath === './custom-elements.json') {
      const tags = json.modules
        .flatMap((module) => module.declarations ?? [])
        .map((declaration) => declaration.tagName)
        .filter(Boolean);
      for (const tag of TAGS) assert.ok(tags.includes(tag), `declares no ${tag}`);
      return `imported; declares ${tags.join(', ')}`;
    }
    if (subpath.endsWith('.schema.json')) {
      assert.ok(json.$schema && json.properties?.roles, 'is not the ladder schema');
      return `imported; a JSON Schema with ${Object.keys(json.properties).length} properties`;
    }
    if (subpath === './vscode.html-custom-data.json') {
      const tags = json.tags.map((tag) => tag.name);
      for (const tag of TAGS) assert.ok(tags.includes(tag), `describes no ${tag}`);
      return `imported; describes ${tags.join(', ')}`;
    }
    if (subpath === './package.json') {
      assert.equal(json.name, 'pm-ladder');
      return `imported; ${json.name} ${json.version}`;
    }
    return 'imported';
  }
  if (file.endsWith('.bundle.js')) {
    return `resolves${types ? ', with types' : ''}; a browser build, loaded in Chromium below`;
  }

  const module = await import(specifier);
  if (subpath === '.') {
    for (const name of ['PmLadder', 'PmRoleCard', 'PmSalaryRange', 'defaultLadder', 'validateLadder']) {
      assert.ok(name in module, `does not export ${name}`);
    }
    const result = module.validateLadder(module.defaultLadder);
    assert.ok(result.ok, `the default dataset does not validate: ${JSON.stringify(result.errors)}`);
    assert.equal(module.validateLadder({}).ok, false, 'an empty object validates');
    assert.deepEqual(definedTags(), [], 'importing the pieces registers no tag');
    return `imported (${Object.keys(module).length} exports); the default dataset validates; no tag registered`;
  }
  if (subpath === './define.js') {
    assert.deepEqual(definedTags(), TAGS);
    return `imported; defines ${TAGS.join(', ')}`;
  }
  if (CLASSES[subpath]) {
    const name = CLASSES[subpath];
    assert.equal(typeof module[name], 'function', `does not export the class ${name}`);
    assert.deepEqual(definedTags(), [], 'importing one element registers no tag');
    const tag = `my-${subpath.slice(2, -3)}`;
    globalThis.customElements.define(tag, module[name]);
    assert.equal(globalThis.customElements.get(tag), module[name]);
    return `imported; ${name}, registered by the user as <${tag}>`;
  }
  return 'imported';
}

console.log(await check());
