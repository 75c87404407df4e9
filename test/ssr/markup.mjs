// The markup of a rendered element's shadow root as a reader's browser builds it: without the
// markers of Lit's server renderer (which name templates, not what they show), the styles, or the
// spaces between tags, and each class attribute as the list of names it holds. Two renderings
// that show the same DOM normalise to the same text. `withoutSources` leaves the attribution of
// the data out too.
export function normalisedMarkup(html, { withoutSources = false } = {}) {
  const start = html.indexOf('<template shadowroot="open" shadowrootmode="open">');
  if (start === -1) throw new Error('no declarative shadow root in the output');
  const end = html.lastIndexOf('</template>');
  return html
    .slice(start, end)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(withoutSources ? /<div part="sources"[\s\S]*?<\/ul>\s*<\/div>/g : /$^/, '')
    .replace(/<!--\/?lit-(part|node)[^>]*-->|<!--\?-->|<\?>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/ class="([^"]*)"/g, (_, names) => ` class="${classList(names)}"`)
    .trim();
}

/** The names of a class attribute, one space between them: what `classList` holds. */
export const classList = (names) => names.trim().split(/\s+/).join(' ');
