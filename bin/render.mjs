// Static HTML of a ladder, or of one role of it, through Lit's server rendering: the element with
// its shadow root as declarative shadow DOM, so that a page shows it without any script, and
// with the ladder document as its inline JSON child, so that the live element, once its script
// is on the page, takes over the same markup with the same data.
import { html as serverHtml, renderThunked } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../dist/define.js';
import { loadMessages } from '../dist/internal/i18n.js';
import { documents } from '../dist/internal/on-demand.js';

/** The locale of a page when none is asked for: that of the default ladder's labels. */
export const DEFAULT_LOCALE = 'en';

/**
 * The ladder as the text of a `<script type="application/json">`. Every `<` is written `\u003c`
 * (the same string to JSON.parse), so no text in the document, such as a title holding
 * `</script>` or `<!--`, can end the element or open a comment.
 */
export function jsonScript(ladder) {
  const json = JSON.stringify(ladder, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json">\n${json}\n</script>`;
}

/**
 * How to make the static element interactive, as an HTML comment beside it. It names the script
 * without writing a tag, so that the only script element in the output is the ladder's data.
 */
const note = serverHtml`<!--
  Rendered by "pm-ladder render": this element shows its ladder without any script.
  To make it interactive, load the library's hydrating bundle on the page as a module script,
  type="module" src=".../pm-ladder.hydrate.bundle.js" (the file is in the dist folder of the
  pm-ladder package), with the language files beside it (pm-ladder.hydrate.de.js and the others).
  The element then takes over this markup, without drawing it again, and reads its ladder from
  the JSON inside it.
-->`;

/**
 * The element, as a Lit template for the server renderer. The `ladder` property is for the server
 * alone: in the browser the element reads the same ladder from its JSON child. The `locale`
 * attribute is always written, so that the element taking the markup over formats as the server
 * did, whatever the `lang` of the page it is pasted into.
 *
 * @param {import('../dist/index.js').Ladder} ladder a validated ladder
 * @param {RenderOptions} options
 */
function element(ladder, options) {
  const data = unsafeHTML(jsonScript(ladder));
  const locale = options.locale ?? DEFAULT_LOCALE;
  const attribute = (value) => (value === undefined ? nothing : String(value));
  if (options.role !== undefined) {
    return html`<pm-role-card
      role-id=${options.role}
      heading-level=${attribute(options.headingLevel)}
      ?hide-pay=${options.hidePay}
      locale=${locale}
      theme=${attribute(options.theme)}
      .ladder=${ladder}
      >${data}</pm-role-card
    >`;
  }
  return html`<pm-ladder
    current=${attribute(options.current)}
    target=${attribute(options.target)}
    heading-level=${attribute(options.headingLevel)}
    ?hide-pay=${options.hidePay}
    ?hide-guidance=${options.hideGuidance}
    locale=${locale}
    theme=${attribute(options.theme)}
    .ladder=${ladder}
    >${data}</pm-ladder
  >`;
}

/**
 * @typedef {object} RenderOptions
 * @property {string} [role] renders `<pm-role-card>` for this role instead of the whole ladder
 * @property {string} [current] `<pm-ladder current>`
 * @property {string} [target] `<pm-ladder target>`
 * @property {string} [locale] the locale of labels and numbers: the element's `locale`, and the page's `lang`
 * @property {number} [headingLevel] the element's `heading-level`
 * @property {boolean} [hidePay]
 * @property {boolean} [hideGuidance] `<pm-ladder>` only
 * @property {'light' | 'dark' | 'auto'} [theme]
 * @property {boolean} [fragment] only the element (with its note), not a whole document
 */

/**
 * The static HTML of `ladder` (already validated: see validateLadder), as a whole document, or
 * with `fragment`, the element alone, for pasting into a page.
 *
 * @param {import('../dist/index.js').Ladder} ladder
 * @param {RenderOptions} [options]
 * @returns {Promise<string>}
 */
export async function renderStatic(ladder, options = {}) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  // The labels of languages other than English, the validator the element checks its ladder
  // with, and the views of a card, load on demand: have them before rendering, which does not wait.
  await Promise.all([loadMessages(locale), documents.load().then((module) => module.views.load())]);
  const body = element(ladder, options);
  if (options.fragment) return tidy(await collectResult(renderThunked(serverHtml`${note}\n${body}\n`)));

  const role = options.role === undefined ? undefined : ladder.roles.find(({ id }) => id === options.role);
  const title = role ? `${role.title} – ${ladder.title}` : ladder.title;
  const scheme = options.theme === 'dark' || options.theme === 'light' ? options.theme : 'light dark';
  const page = serverHtml`<!DOCTYPE html>
<html lang=${locale}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content=${scheme}>
    <meta name="generator" content="pm-ladder render">
    <title>${title}</title>
    <style>
      body {
        margin: 0;
        padding: 1rem;
        font-family: system-ui, sans-serif;
      }
      main {
        max-inline-size: 72rem;
        margin-inline: auto;
      }
    </style>
  </head>
  <body>
    <main>
      ${note}
      ${body}
    </main>
  </body>
</html>
`;
  return tidy(await collectResult(renderThunked(page)));
}

/**
 * The server writes the element's attributes after the line breaks of the template's unset ones:
 * one space. And it marks an empty part between two others `<?>`, which a browser reads as the
 * comment `<!--?-->` but which is no valid HTML: it is written as that comment, the same node.
 */
function tidy(output) {
  return output.replace(/<(pm-ladder|pm-role-card)\s+/, '<$1 ').replaceAll('<?>', '<!--?-->');
}
