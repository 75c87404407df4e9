// Runs inside /fixtures/strict.html, a page with a strict Content-Security-Policy: counts every
// policy violation, loads the library twice (the sources, with their own Lit, and the bundle,
// with another) and shows all three elements. Then it breaks the policy once itself, with a style
// attribute, and waits for that violation's report: the elements' own were reported before it.
// Last, it tries an HTML sink to see whether the browser requires Trusted Types. The test reads
// window.strictResult.
const violations = [];
/** An element of the page's own that breaks the policy on purpose, once the elements have drawn. */
const probe = document.createElement('span');
let probeReported;
const probed = new Promise((resolve) => (probeReported = resolve));
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.target === probe) probeReported();
  else violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
const errors = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

await import('/src/define.ts');
await import('/dist/pm-ladder.bundle.js');

// Built with DOM calls: under Trusted Types the page itself may not assign innerHTML.
const make = (tag, attributes) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};
const elements = [
  make('pm-ladder', { selected: 'product-lead', current: 'product-manager', target: 'vp-product' }),
  make('pm-role-card', { 'role-id': 'senior-product-manager' }),
  make('pm-salary-range', { min: '80000', max: '100000', marker: '90000' }),
];
document.body.append(...elements);
await Promise.all(elements.map((el) => el.updateComplete));

// style-src 'self' refuses a style attribute: reported like any violation of the elements.
document.body.append(probe);
probe.setAttribute('style', 'color: rgb(255, 0, 0)');
await probed;
const seen = [...violations];
const styleAttributeBlocked = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';

// With require-trusted-types-for 'script', a string given to innerHTML throws.
let trustedTypesEnforced = false;
try {
  probe.innerHTML = '<b></b>';
} catch {
  trustedTypesEnforced = true;
}

window.strictResult = {
  violations: seen,
  errors,
  texts: elements.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)),
  styled: getComputedStyle(elements[0].shadowRoot.querySelector('[part~="role"]')).borderStyle,
  styleAttributeBlocked,
  trustedTypesEnforced,
  trustedTypesSupported: 'trustedTypes' in window,
};
