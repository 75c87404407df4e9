// What a wiki page pastes to show the playground's ladder: the script tag of the bundle and the
// element, with the preview's attributes and the document inline (a JSON script inside the
// element) or named by `src`.

/** The attributes each element takes from the preview's settings, in the order they are written. */
const ATTRIBUTES = {
  'pm-ladder': ['view', 'current', 'target', 'layout', 'theme', 'locale'],
  'pm-role-card': ['role-id', 'theme', 'locale'],
  'pm-salary-range': ['role-id', 'locale'],
  'pm-role-compare': ['from', 'to', 'theme', 'locale'],
};

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet. `attributes` maps names to values (empty ones are left out); `document` is the
 * ladder document as written, shown as JSON; `src`, when given, is used instead of it.
 */
export function snippetOf({ element, attributes, document, src }) {
  const written = ATTRIBUTES[element]
    .filter((name) => attributes[name])
    .map((name) => `${name}="${escapeAttribute(attributes[name])}"`);
  if (src) written.unshift(`src="${escapeAttribute(src)}"`);
  const open =
    written.length > 2 ? `<${element}\n  ${written.join('\n  ')}\n>` : `<${[element, ...written].join(' ')}>`;
  let body = '';
  if (!src) {
    // `<` only ever stands in a string of JSON, where \u003c means the same: no `</script>` can end the script early.
    const json = JSON.stringify(document, null, 2).replace(/</g, '\\u003c');
    body = `\n  <script type="application/json">\n${json.replace(/^/gm, '    ')}\n  </script>\n`;
  }
  return `<script type="module" src="pm-ladder.bundle.js"></script>\n${open}${body}</${element}>`;
}
