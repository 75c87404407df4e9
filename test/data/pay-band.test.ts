import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { bandOrderErrors, validateBandAttributes, type PayBandResult } from '../../src/data/pay-band.js';
import { validatePayBand } from '../../src/data/pay-band-details.js';
import { shapeErrors } from '../../src/data/validate.js';
import { PayBandSchema } from '../../src/data/schema.js';

/**
 * A band is checked in two places: alone by validatePayBand (pay-band.ts and pay-band-details.ts,
 * without Valibot; a salary range's attributes by the part of it in every page's bundle), and
 * within a ladder by the schema (schema.ts, loaded with the validator). The band's own checks
 * must give the same answer, message for message, for any input; within a ladder, validate.ts
 * adds its checks (the order of the ends once the shape holds, calendar dates).
 */
function bySchema(input: unknown): PayBandResult {
  const parsed = v.safeParse(PayBandSchema, input);
  const { min, max } = ((typeof input === 'object' && input) || {}) as Record<string, unknown>;
  const order = typeof min === 'number' && typeof max === 'number' ? bandOrderErrors({ min, max }) : [];
  if (!parsed.success) return { ok: false, errors: [...order, ...shapeErrors(parsed.issues)] };
  return order.length ? { ok: false, errors: order } : { ok: true, band: parsed.output };
}

/** Values near the rules' edges, and any value at all. */
const fieldValue = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 1e9, Infinity, -Infinity, NaN, '', '12', null, undefined, [], {}),
  fc.constantFrom(
    'USD',
    'EUR',
    'usd',
    'EURO',
    'XXX',
    'year',
    'month',
    'yr',
    'market-estimate',
    'employer-range',
  ),
  fc.constantFrom('2024', '2024-02', '2024-02-30', '2024-13', '24-01-01', 'note'),
  fc.double(),
  fc.anything(),
);
const KEYS = ['min', 'max', 'currency', 'period', 'kind', 'source', 'asOf', 'location', 'note', 'extra'];
const nearBand = fc
  .record(
    {
      min: fc.oneof(fc.nat({ max: 1000 }), fieldValue),
      max: fc.oneof(fc.nat({ max: 1000 }), fieldValue),
      currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'JPY'), fieldValue),
      period: fc.oneof(fc.constantFrom('year', 'hour'), fieldValue),
      ...Object.fromEntries(KEYS.slice(4).map((key) => [key, fieldValue])),
    },
    { requiredKeys: [] },
  )
  .map((band) => band as Record<string, unknown>);

describe('validatePayBand and the schema agree', () => {
  it('on bands near the rules, field by field', () => {
    fc.assert(
      fc.property(nearBand, (band) => {
        expect(validatePayBand(band)).to.deep.equal(bySchema(band));
      }),
      { numRuns: 2000 },
    );
  });

  it("on the band of a salary range's attributes, which has its ends and units only", () => {
    const attributes = fc.record({
      min: fc.oneof(fc.nat({ max: 1000 }), fieldValue),
      max: fc.oneof(fc.nat({ max: 1000 }), fieldValue),
      currency: fc.oneof(fc.constantFrom('USD', 'EUR'), fieldValue),
      period: fc.oneof(fc.constantFrom('year', 'hour'), fieldValue),
    });
    fc.assert(
      fc.property(attributes, (band) => {
        expect(validateBandAttributes(band)).to.deep.equal(validatePayBand(band));
      }),
      { numRuns: 1000 },
    );
  });

  it('on any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validatePayBand(value)).to.deep.equal(bySchema(value));
      }),
      { numRuns: 500 },
    );
  });

  it('on the edge cases, which they refuse with located messages', () => {
    const cases: [unknown, string[]][] = [
      [undefined, [': is required']],
      ['12', [': should be a pay band object, not "12"']],
      [{}, ['min: is required', 'max: is required', 'currency: is required', 'period: is required']],
      [
        { min: -Infinity, max: NaN, currency: undefined, period: 'yr' },
        [
          'min: should be a finite number, not -Infinity',
          'min: should be 0 or more, not -Infinity',
          'max: should be a number, not NaN',
          'currency: nothing is not an ISO 4217 currency code (three capital letters, like USD, EUR or GBP)',
          'period: "yr" is not a pay period; use one of year, month, week, day, hour',
        ],
      ],
      [
        { min: 5, max: 2, currency: 'EUR', period: 'month', asOf: '2024-13', note: '' },
        [
          'min: 5 is more than max 2; min must not exceed max',
          'asOf: "2024-13" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
          'note: must not be empty',
        ],
      ],
    ];
    for (const [input, messages] of cases) {
      const result = validatePayBand(input);
      expect(result.ok).to.equal(false);
      const said = result.ok ? [] : result.errors.map(({ path, message }) => `${path}: ${message}`);
      expect(said, JSON.stringify(input)).to.deep.equal(messages);
      expect(bySchema(input)).to.deep.equal(result);
    }
    expect(validatePayBand({ min: 1, max: 2, currency: 'EUR', period: 'year', extra: 1 })).to.deep.equal({
      ok: true,
      band: { min: 1, max: 2, currency: 'EUR', period: 'year' },
    });
  });
});
