import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { Ladder } from '../../src/data/schema.js';
import { formatPath, parseLadder, validateLadder } from '../../src/data/validate.js';
import { LadderSchema } from '../../src/data/schema.js';
import { exampleLadder, failOnUncaughtErrors, shadowAll, visibleTexts } from '../helpers.js';

/** Where an error may point: the document (''), or a path such as roles[3].pay.min. */
const LOCATION = /^$|^([$A-Za-z_][\w$-]*|\[".*"\])(\[\d+\]|\.[$A-Za-z_][\w$-]*|\[".*"\])*$/;

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const band = fc
  .record({
    ends: fc.tuple(fc.nat({ max: 500000 }), fc.nat({ max: 500000 })),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'INR', 'BRL'),
    period: fc.constantFrom('year', 'month', 'week', 'day', 'hour'),
  })
  .map(({ ends: [a, b], currency, period }) => ({
    min: Math.min(a, b),
    max: Math.max(a, b),
    currency,
    period,
  }));

/** Valid ladders: any texts, 1–4 tiers, 0–12 roles placed in them, promotions only upwards, optional pay. */
const validLadder: fc.Arbitrary<Ladder> = fc
  .record({
    title: text,
    tierNames: fc.array(text, { minLength: 1, maxLength: 4 }),
    roles: fc.array(
      fc.record({
        title: text,
        summary: text,
        responsibilities: fc.array(text, { maxLength: 3 }),
        tier: fc.nat(),
        next: fc.array(fc.nat(), { maxLength: 2 }),
        pay: fc.option(band, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    pay: fc.option(band, { nil: undefined }),
  })
  .map(({ title, tierNames, roles, pay }) => ({
    id: 'generated',
    title,
    tiers: tierNames.map((name, i) => ({ id: `t${i}`, name })),
    roles: roles.map((role, i) => {
      const next = [...new Set(role.next.map((n) => i + 1 + n).filter((n) => n < roles.length))];
      return {
        id: `r${i}`,
        title: role.title,
        summary: role.summary,
        responsibilities: role.responsibilities,
        tier: `t${role.tier % tierNames.length}`,
        ...(next.length ? { next: next.map((n) => `r${n}`) } : {}),
        ...(role.pay ? { pay: role.pay } : {}),
      };
    }),
    ...(pay ? { pay } : {}),
  })) as fc.Arbitrary<Ladder>;

/** A valid ladder broken in one place: a field set to any value, or removed. */
const brokenLadder = fc
  .tuple(validLadder, fc.nat(), fc.nat(), fc.oneof(fc.anything(), fc.constant(undefined)))
  .map(([ladder, pick, fieldPick, value]) => {
    const doc = JSON.parse(JSON.stringify(ladder));
    const targets: Record<string, unknown>[] = [
      doc,
      ...doc.tiers,
      ...doc.roles,
      ...doc.roles.map((r: any) => r.pay).filter(Boolean),
    ];
    const target = targets[pick % targets.length]!;
    const keys = Object.keys(target);
    const key = keys[fieldPick % keys.length]!;
    if (value === undefined) delete target[key];
    else target[key] = value;
    return doc;
  });

let seed: number;
before(async () => {
  const replay = Number(await (await fetch('/fixtures/seed')).text());
  seed = replay || (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) >>> 0;
  console.log(`fast-check seed ${seed} (replay: PM_FC_SEED=${seed} npm test -- --group reliability)`);
});

describe('property: random documents', () => {
  failOnUncaughtErrors();

  it('valid ladders always pass validation', () => {
    fc.assert(
      fc.property(validLadder, (ladder) => {
        const result = validateLadder(ladder);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('valid ladders always render every role title, in order, and never throw', async () => {
    await fc.assert(
      fc.asyncProperty(validLadder, async (ladder) => {
        const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${ladder}></pm-ladder>`);
        const shown = shadowAll(el, '.role-title').map((title) => title.textContent);
        const expected = ladder.tiers.flatMap((tier) =>
          ladder.roles.filter((role) => role.tier === tier.id).map((role) => role.title),
        );
        expect(shown).to.deep.equal(expected);
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null).to.equal(true);
      }),
      { seed, numRuns: 40 },
    );
  });

  it('broken ladders never throw, and every problem has a location and a message', () => {
    let refused = 0;
    fc.assert(
      fc.property(brokenLadder, (doc) => {
        const result = validateLadder(doc);
        if (result.ok) return;
        refused++;
        for (const error of result.errors) {
          expect(error.path).to.match(LOCATION);
          expect(error.message.length).to.be.greaterThan(0);
        }
      }),
      { seed, numRuns: 500 },
    );
    // Most single breaks are refused; some (an optional field set to a valid value) are not.
    expect(refused).to.be.greaterThan(100);
  });

  it('any JSON text at all never throws, and is refused with located problems unless it is a ladder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (json) => {
        const result = parseLadder(json);
        // Random JSON is no ladder: refused, every problem located.
        expect(result.ok, json).to.equal(false);
        for (const error of result.ok ? [] : result.errors) expect(error.path).to.match(LOCATION);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('an element given a broken ladder shows the problems and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(brokenLadder, async (doc) => {
        const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${doc}></pm-ladder>`);
        const result = validateLadder(doc);
        expect(el.shadowRoot!.querySelector('[part~="error"]') !== null).to.equal(!result.ok);
        // Each problem on a line of its own, at its location ("document" for the whole of it).
        const collapse = (line: string) => line.replace(/\s+/g, ' ').trim();
        expect(visibleTexts(el, '[part~="error"] li')).to.deep.equal(
          (result.ok ? [] : result.errors).map(({ path, message }) =>
            collapse(`${path || 'document'}: ${message}`),
          ),
        );
      }),
      { seed, numRuns: 40 },
    );
  });

  it('drops no field of a valid document without a word: each is shown, kept as an extension, or warned of', async () => {
    const base = (await exampleLadder()) as unknown as Json;
    const objects = pathsOf(base).filter((keys) => isObject(at(base, keys)));
    const addition = fc.record({
      object: fc.nat(),
      name: fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 8 }).map((name) => `x-${name}`),
        // Near names, names of other objects' fields, and names an object inherits.
        fc.constantFrom(
          'requirments',
          'Title',
          'descripton',
          'tier',
          'levels',
          'min',
          '__proto__',
          'constructor',
        ),
      ),
      value: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(fc.array(addition, { minLength: 1, maxLength: 6 }), (additions) => {
        const doc = structuredClone(base);
        for (const { object, name, value } of additions) {
          const keys = objects[object % objects.length]!;
          const target = at(doc, keys) as Record<string, Json>;
          // A field this object knows would change what the document means: only unknown ones are added.
          if (fieldsAt(LadderSchema, keys).has(name) || Object.hasOwn(target, name)) continue;
          Object.defineProperty(target, name, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        const result = validateLadder(doc);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const warned = new Set(result.warnings.map((warning) => warning.path));
        for (const keys of pathsOf(doc)) {
          const value = at(doc, keys);
          // Every value with nothing inside it is checked, empty lists and objects included.
          if (isObject(value) ? Object.keys(value).length : Array.isArray(value) && value.length) continue;
          const kept = JSON.stringify(at(result.ladder as unknown as Json, keys)) === JSON.stringify(value);
          const said = keys.some((_, i) => warned.has(formatPath(keys.slice(0, i + 1))));
          if (!kept && !said) throw new Error(`${formatPath(keys)} was dropped without a warning`);
        }
      }),
      { seed, numRuns: 200 },
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Keys = (string | number)[];

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `keys` in `value`, or undefined. */
function at(value: Json | undefined, keys: Keys): Json | undefined {
  let here: any = value;
  for (const key of keys)
    here = here !== null && typeof here === 'object' && Object.hasOwn(here, key) ? here[key] : undefined;
  return here;
}

/** The path of every value in a JSON document, the document's own first. */
function pathsOf(value: Json, keys: Keys = []): Keys[] {
  const children = Array.isArray(value)
    ? value.map((item, i) => pathsOf(item, [...keys, i]))
    : isObject(value)
      ? Object.keys(value).map((key) => pathsOf(value[key]!, [...keys, key]))
      : [];
  return [keys, ...children.flat()];
}

/** The fields the ladder format knows in the object at `keys` of a document. */
function fieldsAt(schema: any, keys: Keys): Set<string> {
  for (const key of keys) {
    while (schema.type === 'optional') schema = schema.wrapped;
    schema = typeof key === 'number' ? schema.item : schema.entries[key];
  }
  while (schema.type === 'optional') schema = schema.wrapped;
  return new Set(Object.keys(schema.entries));
}
