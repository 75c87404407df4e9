// Runs inside /fixtures/strict.html, a page with a strict Content-Security-Policy: counts every
// policy violation, loads the library twice (the sources, with their own Lit, and the bundle,
// with another) and shows all three elements. The test reads window.strictResult.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);
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
await new Promise((resolve) => setTimeout(resolve, 50));
window.strictResult = {
  violations,
  errors,
  texts: elements.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)),
  styled: getComputedStyle(elements[0].shadowRoot.querySelector('[part~="role"]')).borderStyle,
};
