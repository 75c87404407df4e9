import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors, frame, until } from '../helpers.js';

interface StrictResult {
  violations: string[];
  errors: string[];
  texts: string[];
  styled: string;
  /** Whether the page's own style attribute, its probe of the policy, was refused. */
  styleAttributeBlocked: boolean;
  /** Whether assigning a string to innerHTML threw, as it does when Trusted Types are required. */
  trustedTypesEnforced: boolean;
  /** Whether the browser has Trusted Types at all (`window.trustedTypes`). */
  trustedTypesSupported: boolean;
}

const chromium = /Chrome\//.test(navigator.userAgent);

async function loadStrictPage(query: string): Promise<StrictResult> {
  const page = frame(`/fixtures/strict.html${query}`, 1000);
  const view = () => page.contentWindow as (Window & { strictResult?: StrictResult }) | null;
  await until(() => !!view()?.strictResult, 'the strict page to render', 10000);
  return view()!.strictResult!;
}

describe('strict pages', () => {
  failOnUncaughtErrors();

  for (const [what, query] of [
    ['a Content-Security-Policy without unsafe-inline or unsafe-eval', ''],
    ['Trusted Types required as well', '?trusted-types'],
  ]) {
    it(`work under ${what}, with two copies of the library and of Lit, and cause no violation`, async function () {
      const result = await loadStrictPage(query);
      const trustedTypes = query === '?trusted-types';
      // Chromium has long enforced Trusted Types, and recent Firefox and WebKit do too: each of
      // the three must enforce them here. Only an older Firefox or WebKit, which has no
      // window.trustedTypes, cannot check this page, and skips it.
      if (trustedTypes && !chromium && !result.trustedTypesSupported) this.skip();
      // The page's probes: its style attribute was refused and reported, so the violations read
      // are all the elements caused; a string for innerHTML throws only where Trusted Types are required.
      expect(result.styleAttributeBlocked, 'the probe style attribute refused').to.equal(true);
      expect(result.trustedTypesEnforced, 'Trusted Types enforced').to.equal(trustedTypes);
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      expect(result.texts[0]).to.contain('Product Manager career path');
      expect(result.texts[1]).to.contain('Senior Product Manager');
      expect(result.texts[2]).to.contain('$80,000 – $100,000 per year');
      // The elements' styles apply: constructed style sheets pass the policy.
      expect(result.styled).to.equal('solid');
    });
  }
});
