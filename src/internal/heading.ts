import { html, type TemplateResult } from 'lit';

/** Clamps a `heading-level` attribute to 1–6; anything else falls back to the element's default. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<hN>` so the host page's outline stays valid; levels past 6 stay at 6, so callers may
 * ask for "one below" freely. Six literal templates cost fewer bytes than lit/static-html.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
