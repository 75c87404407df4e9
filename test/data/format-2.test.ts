import { expect } from '@open-wc/testing';
import { validateLadder, type LadderError } from '../../src/data/validate.js';
import { exampleLadder } from '../helpers.js';

/** The demo's engineering ladder (competencies with levels of their own and a shared scale), to break in one place. */
async function engineering(): Promise<Record<string, any>> {
  return JSON.parse(JSON.stringify(await exampleLadder()));
}

async function framework(): Promise<Record<string, any>> {
  return (await fetch('/demo/ladders/example-product-framework.json')).json();
}

const lines = (errors: readonly LadderError[]) => errors.map((error) => `${error.path}: ${error.message}`);

function errorsOf(doc: unknown): string[] {
  const result = validateLadder(doc);
  expect(result.ok, 'the document should be refused').to.equal(false);
  return result.ok ? [] : lines(result.errors);
}

function warningsOf(doc: unknown): string[] {
  const result = validateLadder(doc);
  expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  return result.ok ? lines(result.warnings) : [];
}

// Roles of the engineering example: 0 engineer, 1 senior-engineer, 2 staff-engineer, 3 engineering-manager.
// Its competencies: 0 system-design (own levels), 1 code-quality, 2 delivery, 3 mentoring (the
// proficiency scale), 4 communication (text only). Expectations follow that order in each role.
describe('format 2: competencies', () => {
  it('takes both example ladders whole, without a warning', async () => {
    expect(warningsOf(await engineering())).to.deep.equal([]);
    expect(warningsOf(await framework())).to.deep.equal([]);
  });

  it('keeps every competency, scale, level and expectation it was given', async () => {
    const doc = await engineering();
    const result = validateLadder(doc);
    expect(result.ok && result.ladder).to.deep.equal(doc);
  });

  it('names an expectation of a competency that does not exist, and the ones that do', async () => {
    const doc = await engineering();
    doc.roles[1].expectations[0].competency = 'sytem-design';
    expect(errorsOf(doc)).to.deep.equal([
      'roles[1].expectations[0].competency: "sytem-design" is not a competency id; competencies are system-design, code-quality, delivery, mentoring, communication',
    ]);
  });

  it('names a level that is not one of its competency, and the levels that are', async () => {
    const doc = await engineering();
    doc.roles[2].expectations[0].level = 'expert';
    doc.roles[2].expectations[1].level = 'masters';
    expect(errorsOf(doc)).to.deep.equal([
      'roles[2].expectations[0].level: "expert" is not a level of "system-design"; its levels are adopts, specializes, evangelizes, masters, creates',
      'roles[2].expectations[1].level: "masters" is not a level of "code-quality"; its levels are awareness, working, practitioner, expert',
    ]);
  });

  it('refuses a level for a competency rated in words only', async () => {
    const doc = await engineering();
    doc.roles[0].expectations[4].level = 'working';
    expect(errorsOf(doc)).to.deep.equal([
      'roles[0].expectations[4].level: "working" is not a level of "communication", which has no levels; give what is expected as text',
    ]);
  });

  it('takes one expectation per competency per role', async () => {
    const doc = await engineering();
    doc.roles[3].expectations.push({ competency: 'delivery', level: 'working' });
    expect(errorsOf(doc)).to.deep.equal([
      'roles[3].expectations[5].competency: "delivery" has an expectation at roles[3].expectations[2] already; give one per competency',
    ]);
  });

  it('wants a level or a text in each expectation, and a text that says something', async () => {
    const doc = await engineering();
    doc.roles[0].expectations[1] = { competency: 'code-quality', examples: ['Fixed a flaky test.'] };
    expect(errorsOf(doc)).to.deep.equal(['roles[0].expectations[1]: needs a level, a text, or both']);
    const empty = await engineering();
    empty.roles[0].expectations[4].text = [];
    expect(errorsOf(empty)).to.deep.equal(['roles[0].expectations[4].text: must hold at least one text']);
  });

  it('gives a competency its levels or a scale, not both, and a scale that exists', async () => {
    const doc = await engineering();
    doc.competencies[0].scale = 'proficiency';
    doc.competencies[3].scale = 'profficiency';
    expect(errorsOf(doc)).to.deep.equal([
      'competencies[0].scale: is given with levels of its own; a competency takes its levels or a scale, not both',
      'competencies[3].scale: "profficiency" is not a scale id; scales are proficiency',
    ]);
  });

  it('wants level ids unique within their competency or scale, and competency and scale ids unique', async () => {
    const doc = await engineering();
    doc.competencies[0].levels[3].id = 'specializes';
    doc.scales[0].levels[2].id = 'working';
    doc.competencies[4].id = 'delivery';
    doc.scales.push({ id: 'proficiency', name: 'Again', levels: [{ id: 'one', name: 'One' }] });
    // Then come the expectations that named the ids changed here, each reported too.
    expect(errorsOf(doc).slice(0, 4)).to.deep.equal([
      'scales[1].id: "proficiency" is used by scales[0] too; scale ids must be unique',
      'competencies[4].id: "delivery" is used by competencies[2] too; competency ids must be unique',
      'scales[0].levels[2].id: "working" is used by scales[0].levels[1] too; level ids must be unique within a scale',
      'competencies[0].levels[3].id: "specializes" is used by competencies[0].levels[1] too; level ids must be unique within a competency',
    ]);
  });

  it('wants at least one level in a list of levels', async () => {
    const doc = await engineering();
    doc.competencies[0].levels = [];
    expect(errorsOf(doc)).to.include('competencies[0].levels: must list at least one level');
  });
});

describe('format 2: lateral moves and reporting lines', () => {
  it('takes lateral moves both ways: only promotions must not go round in a circle', async () => {
    const doc = await engineering();
    expect(doc.roles[2].lateral).to.deep.equal(['engineering-manager']);
    expect(doc.roles[3].lateral).to.deep.equal(['staff-engineer']);
    expect(warningsOf(doc)).to.deep.equal([]);
  });

  it('names lateral moves that lead nowhere, to the role itself, twice, or that are promotions too', async () => {
    const doc = await engineering();
    doc.roles[0].lateral = ['engineer'];
    doc.roles[1].lateral = ['staff-engineer', 'principal-engineer', 'principal-engineer'];
    expect(errorsOf(doc)).to.deep.equal([
      'roles[0].lateral[0]: a role cannot move sideways to itself',
      'roles[1].lateral[0]: "staff-engineer" is listed in next too',
      'roles[1].lateral[1]: "principal-engineer" is not a role id; roles are engineer, senior-engineer, staff-engineer, engineering-manager',
      'roles[1].lateral[2]: "principal-engineer" is listed twice',
    ]);
  });

  it('takes a list of roles to report to, each a role, none twice, not the role itself', async () => {
    const doc = await engineering();
    doc.roles[0].reportsTo = ['engineering-manager', 'staff-engineer'];
    expect(warningsOf(doc)).to.deep.equal([]);
    doc.roles[1].reportsTo = [
      'engineering-manager',
      'senior-engineer',
      'head-of-engineering',
      'engineering-manager',
    ];
    expect(errorsOf(doc)).to.deep.equal([
      'roles[1].reportsTo[1]: a role cannot report to itself',
      'roles[1].reportsTo[2]: "head-of-engineering" is not a role id; roles are engineer, senior-engineer, staff-engineer, engineering-manager',
      'roles[1].reportsTo[3]: "engineering-manager" is listed twice',
    ]);
  });

  it('says what reportsTo may be when it is neither an id nor a list', async () => {
    const doc = await engineering();
    doc.roles[0].reportsTo = 3;
    expect(errorsOf(doc)).to.deep.equal([
      'roles[0].reportsTo: should be a role id or a list of role ids, not 3',
    ]);
  });

  it('needs only an id, a title and a tier for a role, and no key skill for guidance', async () => {
    const doc = await framework();
    doc.roles.push({ id: 'pm-5', title: 'Product Lead', tier: 'leader' });
    doc.guidance = { advice: ['Ask for feedback.'] };
    expect(warningsOf(doc)).to.deep.equal([]);
  });
});

describe('format 2: unknown fields', () => {
  it('shows the ladder, and warns of each unknown field where it is, with the name it may have meant', async () => {
    const doc = await engineering();
    doc.roles[2].requirments = ['Has led a project across teams.'];
    doc.competencies[0].levels[1].descripton = 'A typo';
    doc.Competencies = [];
    doc.roles[0].expectations[0].Level = 'adopts';
    // In the order of the document: the new top-level field comes last.
    expect(warningsOf(doc)).to.deep.equal([
      'competencies[0].levels[1].descripton: unknown field; did you mean "description"?',
      'roles[0].expectations[0].Level: unknown field; did you mean "level"?',
      'roles[2].requirments: unknown field; did you mean "requirements"?',
      'Competencies: unknown field; did you mean "competencies"?',
    ]);
  });

  it('suggests a name two letters of which are swapped', async () => {
    const doc = await engineering();
    doc.roles[0].tilte = 'Engineer, again';
    doc.tiers[0].nmae = 'Early';
    expect(warningsOf(doc)).to.deep.equal([
      'tiers[0].nmae: unknown field; did you mean "name"?',
      'roles[0].tilte: unknown field; did you mean "title"?',
    ]);
  });

  it('lists unknown fields beside the problems of a document it refuses: "titel" by "title is required"', async () => {
    const doc = await engineering();
    doc.roles[1].titel = doc.roles[1].title;
    delete doc.roles[1].title;
    expect(errorsOf(doc)).to.deep.equal([
      'roles[1].title: is required',
      'roles[1].titel: unknown field; did you mean "title"?',
    ]);
  });

  it('names every field of a role when no name is near, expectations too', async () => {
    const doc = await engineering();
    doc.roles[0].salary = 'high';
    expect(warningsOf(doc)).to.deep.equal([
      'roles[0].salary: unknown field, not shown; the fields here are id, title, abbreviation, tier, track, summary, responsibilities, requirements, next, lateral, reportsTo, pay, expectations (your own fields start with "x-")',
    ]);
  });

  it('writes a name that is no plain word in quotes, where it is', async () => {
    const doc = await engineering();
    doc.roles[0].pay[''] = 0;
    doc.roles[0]['my notes'] = 'private';
    expect(warningsOf(doc).map((line) => line.split(':')[0])).to.deep.equal([
      'roles[0].pay[""]',
      'roles[0]["my notes"]',
    ]);
  });

  it('lists the fields there are when no name is near', async () => {
    const doc = await engineering();
    doc.tiers[0].colour = 'green';
    expect(warningsOf(doc)).to.deep.equal([
      'tiers[0].colour: unknown field, not shown; the fields here are id, name, description (your own fields start with "x-")',
    ]);
  });

  it('keeps extension fields (x-…) as they are, without a warning', async () => {
    const doc = await engineering();
    doc['x-owner'] = 'People team';
    doc.roles[1]['x-grade'] = { band: 'B2', reviewed: true };
    const result = validateLadder(doc);
    expect(result.ok && result.warnings).to.deep.equal([]);
    expect(result.ok && (result.ladder as any)['x-owner']).to.equal('People team');
    expect(result.ok && (result.ladder.roles[1] as any)['x-grade']).to.deep.equal({
      band: 'B2',
      reviewed: true,
    });
  });

  it('warns of a __proto__ key and never copies it', async () => {
    const doc = JSON.parse(
      JSON.stringify(await engineering()).replace('"title":', '"__proto__": { "polluted": true }, "title":'),
    );
    const result = validateLadder(doc);
    expect(result.ok && lines(result.warnings)).to.deep.equal([
      '__proto__: unknown field, not shown; the fields here are $schema, id, title, description, tiers, tracks, roles, competencies, scales, pay, guidance, sources (your own fields start with "x-")',
    ]);
    expect(({} as any).polluted).to.equal(undefined);
    expect(result.ok && Object.getPrototypeOf(result.ladder)).to.equal(Object.prototype);
  });
});
