import { html, nothing, svg } from 'lit';
import type { Competency } from '../data/schema.js';
import type { Messages } from '../internal/messages.js';

/** One shape of the chart: a role's levels, or the reader's marks. */
export interface Series {
  name: string;
  /** `from` (dashed), `to` (solid) or `marks` (dotted): each its own line and dots, not colour alone. */
  kind: 'from' | 'to' | 'marks';
  /** A rank per axis (1 = lowest level), 0 where the series names none; halves allowed for marks. */
  ranks: readonly number[];
  /** What the rank of each axis says, in words: the text alternative. */
  says: readonly string[];
}

export interface Axis {
  competency: Competency;
  /** How many levels the competency has: the rim of the chart. */
  count: number;
}

const RADIUS = 100;
const BAR = 200;

/** A competency's name in lines of about 16 characters, for the labels around the chart. */
function lines(name: string): string[] {
  const out: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = out.length - 1;
    if (last >= 0 && out[last]!.length + word.length < 16) out[last] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The profile chart: each series' level in each competency rated by levels, as a share of the
 * competency's levels. A radar for three competencies or more (the first at the top, the next
 * ones clockwise, counterclockwise right to left), bars below three (growing from the right, right
 * to left). The drawing is laid out left to right, and mirrored by its numbers, not by CSS. The same numbers are in the
 * text beside it, which a screen reader reads instead of the drawing (`part="profile"`).
 */
export function renderProfile(
  axes: readonly Axis[],
  series: readonly Series[],
  options: { messages: Messages; rtl: boolean },
) {
  if (!axes.length) return nothing;
  const { messages, rtl } = options;
  const side = rtl ? -1 : 1;
  const radar = axes.length >= 3;
  const share = (rank: number, axis: number) => Math.min(rank / axes[axis]!.count, 1);
  let drawing;
  let box: string;
  if (radar) {
    const point = (axis: number, r: number) => {
      const angle = (2 * Math.PI * axis) / axes.length - Math.PI / 2;
      return [round(side * r * Math.cos(angle)), round(r * Math.sin(angle))] as const;
    };
    const ring = (r: number) => axes.map((_, axis) => point(axis, r).join(',')).join(' ');
    box = '-210 -150 420 300';
    drawing = svg`
      ${[0.25, 0.5, 0.75, 1].map((r) => svg`<polygon class="grid" points=${ring(r * RADIUS)}></polygon>`)}
      ${axes.map((axis, i) => {
        const [x, y] = point(i, RADIUS);
        const [lx, ly] = point(i, RADIUS + 12);
        const anchor = Math.abs(lx) < 1 ? 'middle' : lx > 0 ? 'start' : 'end';
        const [first, ...more] = lines(axis.competency.name);
        const top = ly < -1 ? ly - more.length * 13 : Math.abs(ly) <= 1 ? ly - (more.length * 13) / 2 : ly;
        // The first line in the axis's template, the others after it: most names fit on one line,
        // and each nested template is one more to clone and insert, twenty times a chart.
        return svg`<line class="grid" x1="0" y1="0" x2=${x} y2=${y}></line>
          <text class="axis" x=${lx} y=${round(top)} text-anchor=${anchor} dominant-baseline=${ly < -1 ? 'auto' : ly > 1 ? 'hanging' : 'middle'}>
            <tspan x=${lx} dy="0">${first}</tspan>${more.map((line) => svg`<tspan x=${lx} dy="13">${line}</tspan>`)}
          </text>`;
      })}
      ${series.map((one) => {
        const points = one.ranks.map((rank, axis) => point(axis, share(rank, axis) * RADIUS));
        return svg`<g class="series ${one.kind}">
          <polygon points=${points.map((p) => p.join(',')).join(' ')}></polygon>
          ${points.map(([x, y]) => svg`<circle cx=${x} cy=${y} r="3.5"></circle>`)}
        </g>`;
      })}`;
  } else {
    const row = 12;
    const group = 22 + series.length * (row + 4);
    box = `0 0 ${BAR + 20} ${axes.length * group}`;
    drawing = axes.map((axis, i) => {
      const top = i * group;
      return svg`<text class="axis" x=${rtl ? BAR : 0} y=${top + 14} text-anchor=${rtl ? 'end' : 'start'}>${axis.competency.name}</text>
        <line class="grid" x1="0" x2=${BAR} y1=${top + 20} y2=${top + 20}></line>
        ${series.map((one, n) => {
          const width = round(share(one.ranks[i]!, i) * BAR);
          const y = top + 22 + n * (row + 4);
          return svg`<g class="series ${one.kind}">
            <rect x=${rtl ? BAR - width : 0} y=${y} width=${width} height=${row}></rect>
            <circle cx=${rtl ? BAR - width : width} cy=${y + row / 2} r="3.5"></circle>
          </g>`;
        })}`;
    });
  }
  return html`<figure part="profile" class="profile">
    <figcaption>
      <span class="profile-title">${messages.profileTitle}</span>
      ${series.map(
        (one) =>
          html`<span class="key ${one.kind}"
            ><svg viewBox="0 0 24 8" aria-hidden="true"><line x1="1" y1="4" x2="23" y2="4"></line></svg
            >${one.name}</span
          >`,
      )}
    </figcaption>
    <svg class=${radar ? 'radar' : 'bars'} viewBox=${box} aria-hidden="true">${drawing}</svg>
    <ul class="sr">
      ${axes.map(
        (axis, i) =>
          html`<li>
            ${axis.competency.name}${messages.labelSeparator}${series
              .map((one) => `${one.name} ${one.says[i]}`)
              .join(messages.listSeparator)}
          </li>`,
      )}
    </ul>
  </figure>`;
}
