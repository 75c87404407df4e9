import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { defaultLadder } from '../../src/data/default-ladder.js';
import type { Ladder, PayBand } from '../../src/data/schema.js';
import { ladderJsonSchema } from '../../scripts/ladder-json-schema.js';
import { validateLadder } from '../../src/data/validate.js';

// The types are inferred from the same schema: these lines fail the type check if they drift.
const typed: Ladder = defaultLadder;
const band: PayBand = { min: 1, max: 2, currency: 'EUR', period: 'hour' };
// @ts-expect-error: a band needs both ends
const openEnded: PayBand = { min: 1, currency: 'EUR', period: 'hour' };
// @ts-expect-error: periods are a closed list
const yearly: PayBand = { ...band, period: 'yearly' };
void [typed, openEnded, yearly];

async function publishedSchema() {
  const response = await fetch('/schema/ladder.schema.json');
  return response.json();
}

/** The demo's engineering ladder: format 2, with competencies, a scale and lateral moves. */
const engineering = await (await fetch('/demo/ladders/example-engineering.json')).json();

/** Documents that break the shape in one place each, from the valid default ladder (or `from`). */
function mutants(): [string, unknown][] {
  const change = (
    name: string,
    edit: (doc: any) => void,
    from: unknown = defaultLadder,
  ): [string, unknown] => {
    const doc = JSON.parse(JSON.stringify(from));
    edit(doc);
    return [name, doc];
  };
  const format2 = (name: string, edit: (doc: any) => void) => change(name, edit, engineering);
  return [
    ['not an object', 'ladder'],
    ['null', null],
    change('missing title', (doc) => delete doc.title),
    change('empty title', (doc) => (doc.title = '')),
    change('tiers not a list', (doc) => (doc.tiers = {})),
    change('role id with spaces', (doc) => (doc.roles[0].id = 'Product manager')),
    change('role without title', (doc) => delete doc.roles[1].title),
    change('responsibility not text', (doc) => (doc.roles[1].responsibilities = [1])),
    change('next not a list', (doc) => (doc.roles[1].next = 'product-manager')),
    change('negative pay', (doc) => (doc.pay.min = -5)),
    change('pay as text', (doc) => (doc.pay.max = '200000')),
    change('unknown currency', (doc) => (doc.pay.currency = 'XYZ')),
    change('lower-case currency', (doc) => (doc.pay.currency = 'usd')),
    change('unknown period', (doc) => (doc.pay.period = 'annually')),
    change('unknown kind', (doc) => (doc.pay.kind = 'rumour')),
    change('date in words', (doc) => (doc.sources[0].date = 'February 2023')),
    change('guidance with an empty skill', (doc) => (doc.guidance.skill = '')),
    change('track without name', (doc) => (doc.tracks = [{ id: 'ic' }])),
    format2('competency without name', (doc) => delete doc.competencies[1].name),
    format2('level id with capitals', (doc) => (doc.competencies[0].levels[0].id = 'Adopts')),
    format2('no levels in a list of levels', (doc) => (doc.scales[0].levels = [])),
    format2('expectation with neither level nor text', (doc) => delete doc.roles[0].expectations[0].level),
    format2('expectation text not a list', (doc) => (doc.roles[0].expectations[4].text = 'Clear updates.')),
    format2('expectations not a list', (doc) => (doc.roles[1].expectations = {})),
    format2('lateral not a list', (doc) => (doc.roles[2].lateral = 'engineering-manager')),
    format2('reportsTo a number', (doc) => (doc.roles[0].reportsTo = 3)),
    format2('reportsTo list with a bad id', (doc) => (doc.roles[0].reportsTo = ['Engineering Manager'])),
    format2('track responsibilities not texts', (doc) => (doc.tracks[0].responsibilities = [1])),
    format2('empty licence', (doc) => (doc.sources = [{ title: 'Ours', license: '' }])),
    format2('expectation with an empty text', (doc) => (doc.roles[0].expectations[4].text = [])),
  ];
}

describe('schema, types and validator agree', () => {
  it('schema/ladder.schema.json is what the Valibot schema generates', async () => {
    const generated = ladderJsonSchema();
    expect(await publishedSchema()).to.deep.equal(generated);
  });

  it('the JSON Schema and the validator accept the same valid documents', async () => {
    const validator = new Validator(await publishedSchema(), '7', false);
    const framework = await (await fetch('/demo/ladders/example-product-framework.json')).json();
    const extended = {
      ...engineering,
      'x-owner': 'People team',
      roles: engineering.roles.map((role: object, i: number) => (i ? role : { ...role, 'x-grade': 'B2' })),
    };
    for (const doc of [defaultLadder, engineering, framework, extended]) {
      expect(validator.validate(doc).valid, `JSON Schema: ${doc.id}`).to.equal(true);
      expect(validateLadder(doc).ok, `validator: ${doc.id}`).to.equal(true);
    }
  });

  for (const [name, doc] of mutants()) {
    it(`both refuse: ${name}, at the same place`, async () => {
      const validator = new Validator(await publishedSchema(), '7', false);
      const schemaResult = validator.validate(doc);
      // Two implementations: the published JSON Schema (run by @cfworker/json-schema), and the
      // validator the elements run (Valibot and the checks beyond shape).
      expect(schemaResult.valid, 'JSON Schema').to.equal(false);
      const result = validateLadder(doc);
      expect(result.ok, 'validator').to.equal(false);
      // Our paths (roles[1].next) name the same places as the JSON Schema's (#/roles/1/next); a
      // missing field is ours at its own name, the JSON Schema's at the object that lacks it.
      const schemaPlaces = new Set(schemaResult.errors.map((error) => error.instanceLocation));
      for (const error of result.ok ? [] : result.errors) {
        const keys = error.path ? error.path.replace(/\[(\d+)\]/g, '.$1').split('.') : [];
        const pointer = ['#', ...keys].join('/');
        const parent = ['#', ...keys.slice(0, -1)].join('/');
        const found =
          schemaPlaces.has(pointer) || (error.message === 'is required' && schemaPlaces.has(parent));
        expect(found, `${pointer} among ${[...schemaPlaces].join(' ')}`).to.equal(true);
      }
    });
  }

  it('an unknown field: the JSON Schema refuses it, the validator shows the ladder and warns of it, at the same place', async () => {
    const validator = new Validator(await publishedSchema(), '7', false);
    const doc = JSON.parse(JSON.stringify(engineering));
    doc.roles[2].requirments = ['Has led a project across teams.'];
    doc.competencies[0].levels[1].descripton = 'A typo';
    const schemaResult = validator.validate(doc);
    expect(schemaResult.valid, 'JSON Schema').to.equal(false);
    const places = new Set(schemaResult.errors.map((error) => error.instanceLocation));
    const result = validateLadder(doc);
    expect(result.ok, 'validator').to.equal(true);
    const warned = result.ok ? result.warnings.map((warning) => warning.path) : [];
    expect(warned).to.deep.equal(['competencies[0].levels[1].descripton', 'roles[2].requirments']);
    // The JSON Schema refuses the field at the object that holds it.
    expect([...places]).to.include.members(['#/competencies/0/levels/1', '#/roles/2']);
  });

  it('a competency with levels and a scale: both refuse it, the JSON Schema at the competency', async () => {
    const validator = new Validator(await publishedSchema(), '7', false);
    const doc = JSON.parse(JSON.stringify(engineering));
    doc.competencies[0].scale = 'proficiency';
    const places = validator.validate(doc).errors.map((error) => error.instanceLocation);
    expect(places).to.include('#/competencies/0');
    const result = validateLadder(doc);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).to.deep.equal([
      'competencies[0].scale',
    ]);
  });
});
