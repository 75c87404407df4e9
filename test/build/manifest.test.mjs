// custom-elements.json as the tools that read it see it: valid against the official schema of the
// custom elements manifest, each tag defined by an export that points at its class, no abstract
// class taken for an element, every event typed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read(new URL('../../custom-elements.json', import.meta.url));
const schema = read(require.resolve('custom-elements-manifest/schema.json'));

const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).map((declaration) => ({ ...declaration, module: module.path })),
);
const elements = declarations.filter((declaration) => declaration.customElement);
const TAGS = ['pm-ladder', 'pm-role-card', 'pm-role-compare', 'pm-salary-range'];

describe('custom-elements.json', () => {
  test('is valid against the custom elements manifest schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  });

  test('defines each tag with an export that points at a class the manifest declares', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
    );
    assert.deepEqual(definitions.map((definition) => definition.name).sort(), TAGS);
    for (const { name, declaration } of definitions) {
      const target = declarations.find(
        (candidate) => candidate.name === declaration.name && candidate.module === declaration.module,
      );
      assert.ok(
        target,
        `${name} points at ${declaration.name} in ${declaration.module}, which the manifest declares`,
      );
      assert.equal(target.tagName, name);
    }
  });

  test('takes only the four elements for custom elements, not their abstract base classes', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), TAGS);
    for (const base of ['PmElement', 'CardElement']) {
      assert.equal(
        declarations.find((declaration) => declaration.name === base)?.customElement,
        undefined,
        base,
      );
    }
  });

  test('gives every event its type', () => {
    // What each element dispatches, and the class a listener receives.
    const EVENTS = {
      'pm-ladder': { 'pm-select': 'PmSelectEvent', 'pm-load': 'PmLoadEvent', 'pm-error': 'PmErrorEvent' },
      'pm-role-card': { 'pm-load': 'PmLoadEvent', 'pm-error': 'PmErrorEvent' },
      'pm-salary-range': { 'pm-load': 'PmLoadEvent', 'pm-error': 'PmErrorEvent' },
      'pm-role-compare': { 'pm-load': 'PmLoadEvent', 'pm-error': 'PmErrorEvent' },
    };
    for (const tag of TAGS) {
      const element = elements.find((candidate) => candidate.tagName === tag);
      const events = Object.fromEntries(
        (element.events ?? []).map((event) => [event.name, event.type?.text]),
      );
      assert.deepEqual(events, EVENTS[tag], `the events of ${tag}`);
    }
  });
});
