import { expect } from '@open-wc/testing';
import { defaultLadder } from '../../src/data/default-ladder.js';
import {
  MAX_REPORTED_ERRORS,
  parseLadder,
  validateLadder,
  type LadderError,
} from '../../src/data/validate.js';
import { generatedLadder } from '../helpers.js';

/** A deep copy of the default ladder to break in one place. */
function ladder(): Record<string, any> {
  return JSON.parse(JSON.stringify(defaultLadder));
}

function errorsOf(input: unknown): LadderError[] {
  const result = validateLadder(input);
  expect(result.ok, 'the document should be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

const lines = (errors: LadderError[]) => errors.map((error) => `${error.path}: ${error.message}`);

describe('validateLadder', () => {
  it('names a misspelt tier with its location and the tiers there are', () => {
    const doc = ladder();
    doc.roles[3].tier = 'senoir';
    expect(lines(errorsOf(doc))).to.deep.equal([
      'roles[3].tier: "senoir" is not a tier id; tiers are entry, core, tenured, leadership',
    ]);
  });

  it('reports wrong types and missing fields, each where it is', () => {
    const doc = ladder();
    doc.title = 42;
    delete doc.roles[0].title;
    doc.roles[1].responsibilities = 'everything';
    doc.roles[2].next = ['junior-product-manager', 7];
    doc.tiers = {};
    expect(lines(errorsOf(doc))).to.have.members([
      'title: should be text, not 42',
      'tiers: should be a list of tiers, not an object',
      'roles[0].title: is required',
      'roles[1].responsibilities: should be a list of texts, not "everything"',
      'roles[2].next[1]: should be an id, not 7',
    ]);
  });

  it('refuses what is not a ladder at all', () => {
    expect(lines(errorsOf(null))).to.deep.equal([': should be a ladder object, not null']);
    expect(lines(errorsOf('ladder'))).to.deep.equal([': should be a ladder object, not "ladder"']);
    expect(errorsOf({}).map((error) => error.path)).to.deep.equal(['id', 'title', 'tiers', 'roles']);
  });

  it('refuses ids that are not kebab-case', () => {
    const doc = ladder();
    doc.roles[0].id = 'Associate PM';
    const [first] = errorsOf(doc);
    expect(first).to.deep.equal({
      path: 'roles[0].id',
      message:
        '"Associate PM" is not a valid id; use lowercase letters, digits and single hyphens (like senior-product-manager)',
    });
  });

  it('finds references that lead nowhere', () => {
    const doc = ladder();
    doc.roles[1].reportsTo = 'head-of-product';
    doc.roles[2].next = ['product-lead', 'product-ninja'];
    doc.roles[4].track = 'ic';
    expect(lines(errorsOf(doc))).to.deep.equal([
      'roles[1].reportsTo: "head-of-product" is not a role id; roles are associate-product-manager, junior-product-manager, product-manager, product-lead, senior-product-manager, product-director, vp-product, chief-product-officer',
      'roles[2].next[1]: "product-ninja" is not a role id; roles are associate-product-manager, junior-product-manager, product-manager, product-lead, senior-product-manager, product-director, vp-product, chief-product-officer',
      'roles[4].track: "ic" is not a track id; the ladder defines no tracks',
    ]);
  });

  it('finds duplicate ids of roles, tiers and tracks', () => {
    const doc = ladder();
    doc.roles[5].id = 'product-manager';
    doc.tiers[2].id = 'entry';
    doc.tracks = [
      { id: 'ic', name: 'Individual contributor' },
      { id: 'ic', name: 'Management' },
    ];
    const found = lines(errorsOf(doc));
    expect(found).to.include(
      'roles[5].id: "product-manager" is used by roles[2] too; role ids must be unique',
    );
    expect(found).to.include('tiers[2].id: "entry" is used by tiers[0] too; tier ids must be unique');
    expect(found).to.include('tracks[1].id: "ic" is used by tracks[0] too; track ids must be unique');
  });

  it('refuses a role that reports to itself', () => {
    const doc = ladder();
    doc.roles[6].reportsTo = 'vp-product';
    expect(lines(errorsOf(doc))).to.deep.equal(['roles[6].reportsTo: a role cannot report to itself']);
  });

  it('finds promotions that go round in a circle', () => {
    const doc = ladder();
    doc.roles[7].next = ['product-director'];
    expect(lines(errorsOf(doc))).to.deep.equal([
      'roles[7].next[0]: "product-director" leads back in a circle (product-director → vp-product → chief-product-officer → product-director); next links must lead up the ladder (a move both ways is lateral)',
    ]);
    const self = ladder();
    self.roles[0].next = ['associate-product-manager'];
    expect(lines(errorsOf(self))).to.deep.equal(['roles[0].next[0]: a role cannot be promoted to itself']);
  });

  it('finds reporting lines that go round in a circle, one id or a list', () => {
    const doc = ladder();
    doc.roles[5].reportsTo = 'vp-product';
    doc.roles[6].reportsTo = 'product-director';
    expect(lines(errorsOf(doc))).to.deep.equal([
      'roles[6].reportsTo: "product-director" closes a circle of reporting lines (product-director → vp-product → product-director); someone must be at the top',
    ]);
    const listed = ladder();
    listed.roles[5].reportsTo = ['chief-product-officer', 'vp-product'];
    listed.roles[6].reportsTo = ['product-director'];
    expect(lines(errorsOf(listed))).to.deep.equal([
      'roles[6].reportsTo[0]: "product-director" closes a circle of reporting lines (product-director → vp-product → product-director); someone must be at the top',
    ]);
  });

  it('finds a next step listed twice', () => {
    const doc = ladder();
    doc.roles[2].next = ['product-lead', 'product-lead'];
    expect(lines(errorsOf(doc))).to.deep.equal(['roles[2].next[1]: "product-lead" is listed twice']);
  });

  it('refuses dates that cannot be', () => {
    const doc = ladder();
    doc.pay.asOf = '2023-13';
    doc.sources[0].date = '2023-02-30x';
    expect(lines(errorsOf(doc))).to.deep.equal([
      'pay.asOf: "2023-13" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
      'sources[0].date: "2023-02-30x" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses days the calendar does not have, and takes the 29th of February in a leap year', () => {
    const at = (date: string) => {
      const doc = ladder();
      doc.sources[0].date = date;
      return validateLadder(doc);
    };
    for (const [date, days] of [
      ['2023-02-30', 28],
      ['2023-04-31', 30],
      ['2023-02-29', 28],
      ['1900-02-29', 28],
    ] as const) {
      const result = at(date);
      expect(result.ok ? [] : lines(result.errors), date).to.deep.equal([
        `sources[0].date: "${date}" is not a day of the calendar: ${date.slice(0, 7)} has ${days} days`,
      ]);
    }
    for (const date of ['2024-02-29', '2000-02-29', '2023-01-31', '2023-12-31', '2023-02']) {
      expect(at(date).ok, date).to.equal(true);
    }
  });

  describe('pay bands', () => {
    const withPay = (pay: Record<string, unknown>, where: 'ladder' | 'role' = 'ladder') => {
      const doc = ladder();
      const band = { ...doc.pay, ...pay };
      if (where === 'ladder') doc.pay = band;
      else doc.roles[2].pay = band;
      return doc;
    };

    it('refuses min above max', () => {
      expect(lines(errorsOf(withPay({ min: 90000, max: 80000 }, 'role')))).to.deep.equal([
        'roles[2].pay.min: 90000 is more than max 80000; min must not exceed max',
      ]);
    });

    it('accepts a band of one amount', () => {
      expect(validateLadder(withPay({ min: 80000, max: 80000 })).ok).to.equal(true);
    });

    it('refuses negative and non-finite amounts', () => {
      expect(lines(errorsOf(withPay({ min: -1 })))).to.deep.equal(['pay.min: should be 0 or more, not -1']);
      expect(lines(errorsOf(withPay({ min: Number.NaN, max: Number.POSITIVE_INFINITY })))).to.deep.equal([
        'pay.min: should be a number, not NaN',
        'pay.max: should be a finite number, not Infinity',
      ]);
      expect(lines(errorsOf(withPay({ max: '200k' })))).to.deep.equal([
        'pay.max: should be a number, not "200k"',
      ]);
    });

    it('refuses open-ended bands', () => {
      const doc = ladder();
      delete doc.pay.max;
      expect(lines(errorsOf(doc))).to.deep.equal(['pay.max: is required']);
    });

    it('accepts ISO 4217 codes only', () => {
      expect(lines(errorsOf(withPay({ currency: 'usd' })))).to.deep.equal([
        'pay.currency: "usd" is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)',
      ]);
      expect(errorsOf(withPay({ currency: 'ABC' }))[0]!.path).to.equal('pay.currency');
      for (const currency of ['EUR', 'JPY', 'GBP', 'INR', 'CHF']) {
        expect(validateLadder(withPay({ currency })).ok, currency).to.equal(true);
      }
    });

    it('names the periods and kinds there are', () => {
      expect(lines(errorsOf(withPay({ period: 'annual', kind: 'guess' })))).to.deep.equal([
        'pay.period: "annual" is not a pay period; use one of year, month, week, day, hour',
        'pay.kind: "guess" is not a kind of band; use market-estimate, employer-range',
      ]);
    });
  });

  it('returns a copy holding only known fields, so __proto__ keys pollute nothing', () => {
    const hostile = '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}';
    const doc = ladder();
    doc.roles[0]['x-team'] = 'Growth';
    const text = JSON.stringify(doc)
      // At the top, and in a role: beside the unknown "titel" and "salary".
      .replace('{', `{${hostile}, "titel": "Typo",`)
      .replace(
        '{"id":"associate-product-manager"',
        `{${hostile}, "salary": 1, "id":"associate-product-manager"`,
      );
    expect(text).to.include('"salary": 1');
    const result = parseLadder(text);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const copy = result.ladder as unknown as Record<string, any>;
    for (const [where, object] of [
      ['the ladder', copy],
      ['its first role', copy.roles[0]],
    ]) {
      expect(Object.getPrototypeOf(object), where).to.equal(Object.prototype);
      for (const key of ['__proto__', 'constructor', 'titel', 'salary']) {
        expect(Object.hasOwn(object, key), `${where} holds "${key}"`).to.equal(false);
      }
    }
    // The known fields and the extension, and nothing else.
    expect(copy).to.deep.equal(doc);
    expect(copy.roles[0]['x-team']).to.equal('Growth');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts a ladder of 10,000 roles', () => {
    const result = validateLadder(generatedLadder(10000));
    expect(result.ok).to.equal(true);
    expect(result.ok && result.ladder.roles).to.have.length(10000);
  });

  it('lists the first problems of a 10,000-role document and counts the rest', () => {
    const doc = generatedLadder(10000) as Record<string, any>;
    for (const role of doc.roles) role.tier = 'nowhere';
    const errors = errorsOf(doc);
    expect(errors).to.have.length(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]!.path).to.equal('roles[0].tier');
    expect(errors.at(-1)).to.deep.equal({
      path: '',
      message: `…and ${10000 - MAX_REPORTED_ERRORS} more problems`,
    });
  });
});

describe('parseLadder', () => {
  it('reports text that is not JSON', () => {
    const result = parseLadder('{"id": "broken", ');
    expect(result.ok).to.equal(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error!.path).to.equal('');
    expect(error!.message).to.match(/^is not valid JSON: \S/);
  });

  it('parses and validates a good document', () => {
    const result = parseLadder(JSON.stringify(defaultLadder));
    expect(result.ok && result.ladder.title).to.equal('Product Manager career path');
  });
});
