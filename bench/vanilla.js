// The benchmark's baseline: the very DOM that <pm-ladder> (with `hideGuidance`, in its ladder and
// its matrix view), <pm-role-card>, <pm-role-compare> and <pm-salary-range> build for the
// benchmark's documents (bench/ladders.js) and settings: the same elements, text, attributes and
// parts in the same order, as test/ladder/baseline-dom.test.ts checks. Written as a careful page
// without a library would: cloned templates, text written with textContent, the English labels
// hard-coded, and none of pm-ladder's code.
//
// It covers what those documents hold: tiers, roles with a summary, responsibilities, a next
// role, a pay band and, in the competency ladder, expectations with a level and a line of text in
// every competency, the competencies in groups, each rated by levels with a description. Parts of
// the elements that no benchmark document reaches (ladder-wide bands, tracks, abbreviations,
// reporting lines, examples, descriptions of competencies, expectations without a level or left
// out, sideways moves, guidance, sources, errors, right-to-left charts) are left out.
//
// `renderLadder` renders a ladder afresh; `updateLadder` changes `current`, `target` or `selected`
// on a ladder already rendered, touching only the nodes that change. `renderMatrix` renders a
// ladder afresh in its matrix view, and `renderComparison` the comparison of two of its roles.

const LOCALE = 'en';
const PERIOD = { year: 'per year', month: 'per month', week: 'per week', day: 'per day', hour: 'per hour' };
const KIND = { 'market-estimate': 'Market estimate', 'employer-range': 'Pay range' };

const formats = new Map();
function money(currency, compact, whole) {
  const key = `${currency}|${compact}|${whole}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact' } : whole ? { maximumFractionDigits: 0 } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "€1K–€1.5K per month" (compact) or "€1,000 – €1,500 per month". */
function bandText(band, compact) {
  const format = money(band.currency, compact, Number.isInteger(band.min) && Number.isInteger(band.max));
  const amounts =
    band.min === band.max
      ? format.format(band.min)
      : compact
        ? `${format.format(band.min)}–${format.format(band.max)}`
        : format.formatRange(band.min, band.max);
  return `${amounts} ${PERIOD[band.period]}`;
}

/** Where `value` falls on `scale`, in percent to a thousandth. */
function percent(value, scale) {
  if (scale.max === scale.min) return 0;
  const share = Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
  return Math.round(share * 100000) / 1000;
}

function template(markup) {
  const element = document.createElement('template');
  element.innerHTML = markup.replace(/\n\s*/g, '');
  return element.content;
}
const clone = (fragment) => fragment.cloneNode(true).firstChild;

const ladderTemplate = template(`
  <div part="base" class="ladder layout-auto">
    <p part="status" class="status"></p><span class="said" role="status"></span>
    <div class="overview"><div><h2 part="title"></h2></div></div>
    <ol part="tiers" class="tiers"></ol>
  </div>`);
const descriptionTemplate = template(`<p part="description"></p>`);
const pathTemplate = template(`<p part="path" class="path-summary"></p>`);
const compareOfferTemplate = template(
  `<details part="compare-offer" class="compare-offer"><summary></summary><div></div></details>`,
);
const viewSwitchTemplate = template(`
  <div part="view-switch" class="view-switch" role="group" aria-label="View">
    <button type="button" aria-pressed="true">Ladder</button> <button type="button" aria-pressed="false">Matrix</button>
  </div>`);
const matrixSwitchTemplate = template(`
  <div part="view-switch" class="view-switch" role="group" aria-label="View">
    <button type="button" aria-pressed="false">Ladder</button> <button type="button" aria-pressed="true">Matrix</button>
  </div>`);
const tierTemplate = template(
  `<li part="tier" class="tier"><h3 part="tier-name"></h3><ol part="roles" class="roles"></ol></li>`,
);
const roleTemplate = template(`
  <li part="role" class="role">
    <button part="role-button" class="role-button" type="button" tabindex="-1" aria-expanded="false">
      <span class="role-title"></span><span class="role-meta" aria-hidden="true" hidden=""></span>
    </button>
  </li>`);
const badgesTemplate = template(`<span class="badges" aria-hidden="true"></span>`);
const badgeTemplate = template(`<span part="badge" class="badge"></span>`);
const rangeTemplate = template(`
  <div part="range" class="range">
    <span part="range-label" class="range-label" hidden=""></span>
    <span class="range-text"><bdi part="amount" class="amount"></bdi> <span part="currency" class="currency" aria-hidden="true"></span></span>
    <div part="bar" class="bar" aria-hidden="true"><span part="band" class="band"></span></div>
    <span part="note" class="range-note" hidden=""></span>
    <span part="source" class="range-source" hidden=""></span>
  </div>`);
const axisTemplate = template(
  `<div part="scale" class="scale" aria-hidden="true"><bdi></bdi><bdi></bdi></div>`,
);
const roleDetailsTemplate = template(`
  <div part="role-details" class="role-details" role="group">
    <a part="role-link" class="role-link">Link to this role</a>
  </div>`);
const detailsTemplate = template(`<div part="details" class="details"></div>`);
const headerTemplate = template(`
  <header class="details-header">
    <h3 part="role-title"></h3><p part="meta" class="meta"><span part="tier-label"></span></p>
  </header>`);
const summaryTemplate = template(`<p part="summary" class="summary"></p>`);
const extraTemplate = template(`<div class="extra"><slot></slot></div>`);
const sectionTemplate = template(
  `<section class="section"><h4 part="section-title"></h4><ul></ul></section>`,
);
const roleRefTemplate = template(`<a class="role-ref"></a>`);
const expectationsTemplate = template(
  `<section part="expectations" class="section"><h4 part="section-title">What is expected</h4></section>`,
);
const groupTemplate = template(`<h5 part="competency-group"></h5>`);
const competenciesTemplate = template(`<dl class="competencies"></dl>`);
const profileFoldTemplate = template(
  `<details part="profile-fold" class="profile-fold"><summary>Profile</summary><div></div></details>`,
);
const competencyTemplate = template(`
  <div part="competency" class="competency">
    <dt part="competency-name"></dt><dd part="expectation"><span part="level" class="level"></span></dd>
  </div>`);
const cardPayTemplate = template(`<div part="pay" class="details-pay"></div>`);
const cardTemplate = template(`
  <article part="card" class="card">
    <p part="status" class="status"></p><span class="said" role="status"></span>
    <div part="actions" class="actions"><slot name="actions"></slot></div>
  </article>`);
const salaryTemplate = template(
  `<div part="base" class="base"><p part="status" class="status"></p><span class="said" role="status"></span></div>`,
);

const scaleCache = new WeakMap();

/** The span of the ladder's bands, by currency and period, in one pass per ladder. */
function scalesOf(ladder) {
  const cached = scaleCache.get(ladder);
  if (cached) return cached;
  const scales = new Map();
  for (const band of [ladder.pay, ...ladder.roles.map((role) => role.pay)]) {
    if (!band) continue;
    const key = `${band.currency}|${band.period}`;
    const scale = scales.get(key);
    if (scale) {
      scale.min = Math.min(scale.min, band.min);
      scale.max = Math.max(scale.max, band.max);
    } else scales.set(key, { min: band.min, max: band.max });
  }
  const scaleOf = (band) => scales.get(`${band.currency}|${band.period}`);
  scaleCache.set(ladder, scaleOf);
  return scaleOf;
}

const roleCache = new WeakMap();

/** The ladder's roles by id, once per ladder. */
function rolesOf(ladder) {
  let roles = roleCache.get(ladder);
  if (!roles) roleCache.set(ladder, (roles = new Map(ladder.roles.map((role) => [role.id, role]))));
  return roles;
}

/**
 * A band with its bar on `scale`; `compact` (a ladder's entries) in compact money, with `pay` as
 * an extra part and class, and without the scale's labels. Labelled by its kind, or `labelText`.
 */
function renderRange(band, scale, compact, labelText = band.kind && KIND[band.kind]) {
  const range = clone(rangeTemplate);
  if (compact) {
    range.setAttribute('part', 'range pay');
    range.className = 'range pay';
  }
  const [label, text, bar, note, source] = range.children;
  if (labelText) {
    label.textContent = labelText;
    label.hidden = false;
  }
  text.firstChild.textContent = bandText(band, compact);
  text.lastChild.textContent = band.currency;
  const start = percent(band.min, scale);
  const size = Math.round((percent(band.max, scale) - start) * 1000) / 1000;
  const style = bar.firstChild.style;
  style.setProperty('--_start', `${start}%`);
  style.setProperty('--_size', `${size}%`);
  if (!compact) {
    const axis = clone(axisTemplate);
    const whole = (value) => money(band.currency, false, Number.isInteger(value)).format(value);
    axis.firstChild.textContent = whole(scale.min);
    axis.lastChild.textContent = whole(scale.max);
    bar.after(axis);
  }
  if (band.note) {
    note.textContent = band.note;
    note.hidden = false;
  }
  const origin = [band.source, band.asOf, band.location].filter(Boolean).join(', ');
  if (origin) {
    source.textContent = origin;
    source.hidden = false;
  }
  return range;
}

/** A section of items under its heading; nothing when there are none. */
function section(details, part, title, items, show) {
  if (!items?.length) return;
  const element = clone(sectionTemplate);
  element.setAttribute('part', part);
  element.firstChild.textContent = title;
  const list = element.lastChild;
  for (const item of items) {
    const entry = document.createElement('li');
    show(entry, item);
    list.append(entry);
  }
  details.append(element);
}

const asText = (entry, text) => (entry.textContent = text);

/**
 * A role's details, as both elements show them: in a ladder (`inLadder`) without its title and
 * pay, the related roles as buttons; on a card with its title, tier, slot and pay band.
 */
function renderDetails(ladder, role, inLadder) {
  const details = clone(detailsTemplate);
  if (!inLadder) {
    const header = clone(headerTemplate);
    header.firstChild.textContent = role.title;
    header.lastChild.firstChild.textContent = ladder.tiers.find((tier) => tier.id === role.tier).name;
    details.append(header);
  }
  if (role.summary) {
    const summary = clone(summaryTemplate);
    summary.textContent = role.summary;
    details.append(summary);
  }
  if (!inLadder) details.append(clone(extraTemplate));
  section(details, 'responsibilities', 'Responsibilities', role.responsibilities, asText);
  section(details, 'requirements', 'To be promoted into this role', role.requirements, asText);
  if (role.expectations?.length) details.append(renderExpectations(ladder, role));
  const roles = rolesOf(ladder);
  const related = (ids) => (ids ?? []).map((id) => roles.get(id)).filter(Boolean);
  const showRole = inLadder
    ? (entry, other) => {
        const link = clone(roleRefTemplate);
        link.href = `#${ladder.id}/${other.id}`;
        link.dataset.select = other.id;
        link.textContent = other.title;
        entry.append(link);
      }
    : (entry, other) => (entry.textContent = other.title);
  const next = related(role.next);
  section(details, 'next', next.length > 1 ? 'Next steps' : 'Next step', next, showRole);
  const lateral = related(role.lateral);
  section(details, 'lateral', lateral.length > 1 ? 'Lateral moves' : 'Lateral move', lateral, showRole);
  if (!inLadder && role.pay) {
    const pay = clone(cardPayTemplate);
    pay.append(renderRange(role.pay, scalesOf(ladder)(role.pay), false));
    details.append(pay);
  }
  return details;
}

const competencyCache = new WeakMap();

/** The ladder's competencies by id, each with its levels (its own or its scale's), once per ladder. */
function competenciesOf(ladder) {
  let index = competencyCache.get(ladder);
  if (!index) {
    const scales = new Map((ladder.scales ?? []).map((scale) => [scale.id, scale.levels]));
    index = new Map(
      (ladder.competencies ?? []).map((competency, order) => [
        competency.id,
        { competency, order, levels: competency.levels ?? scales.get(competency.scale) ?? [] },
      ]),
    );
    competencyCache.set(ladder, index);
  }
  return index;
}

/** A role's expectations under their groups, with each level's name and rank, as the element shows them. */
function renderExpectations(ladder, role) {
  const section = clone(expectationsTemplate);
  const index = competenciesOf(ladder);
  const rows = role.expectations
    .map((expectation) => ({ expectation, ...index.get(expectation.competency) }))
    .sort((a, b) => a.order - b.order);
  let group;
  let list;
  for (const { expectation, competency, levels } of rows) {
    if (!list || competency.group !== group) {
      group = competency.group;
      if (group !== undefined) {
        const heading = clone(groupTemplate);
        heading.textContent = group;
        section.append(heading);
      }
      list = clone(competenciesTemplate);
      section.append(list);
    }
    const row = clone(competencyTemplate);
    const [name, expected] = row.children;
    name.id = `competency-${role.id}-${competency.id}`;
    name.textContent = competency.name;
    const rank = levels.findIndex((level) => level.id === expectation.level);
    if (rank >= 0) expected.firstChild.textContent = `${levels[rank].name}, ${rank + 1} of ${levels.length}`;
    else expected.firstChild.remove();
    for (const line of expectation.text ?? []) {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      expected.append(paragraph);
    }
    list.append(row);
  }
  // With levels, the fold of the role's profile chart, drawn once it is opened.
  if (rows.some(({ expectation, levels }) => levels.some((level) => level.id === expectation.level))) {
    section.append(clone(profileFoldTemplate));
  }
  return section;
}

/** The shortest way from one role to another along promotions and sideways moves, promotions first. */
function findPath(ladder, from, to) {
  const roles = rolesOf(ladder);
  if (!roles.has(from) || !roles.has(to)) return undefined;
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (id === to) {
      const path = [];
      for (let step = to; step; step = cameFrom.get(step)) path.unshift(step);
      return path;
    }
    const role = roles.get(id);
    for (const next of [...(role.next ?? []), ...(role.lateral ?? [])]) {
      if (!cameFrom.has(next) && roles.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const trackName = (name) => (/\btrack$/i.test(name) ? name : `${name} track`);

/** The sentence on the way from `current` to `target`. */
function pathSentence(ladder, current, target, path) {
  if (!path) return `There is no path of promotions from ${current.title} to ${target.title} in this ladder.`;
  if (path.length === 1) return `You are at your goal: ${target.title}.`;
  const roles = rolesOf(ladder);
  const steps = path.length - 1;
  let text = `From ${current.title} to ${target.title}: ${steps} ${steps === 1 ? 'step' : 'steps'}.`;
  const between = path.slice(1, -1).map((id) => roles.get(id).title);
  if (between.length) text += ` Through ${between.join(', then ')}.`;
  for (let i = 1; i < path.length; i++) {
    const from = roles.get(path[i - 1]);
    const to = roles.get(path[i]);
    if (from.next?.includes(to.id)) continue;
    const track = to.track !== from.track ? ladder.tracks?.find((t) => t.id === to.track) : undefined;
    text += track
      ? ` From ${from.title}, switch to the ${trackName(track.name)} as ${to.title}.`
      : ` From ${from.title}, move sideways to ${to.title}.`;
  }
  return text;
}

/** What a rendered ladder shows, by shadow root, for `updateLadder`. */
const views = new WeakMap();

/** The path between `current` and `target`, and each role's step on it. */
function pathOf(view) {
  const { ladder, options } = view;
  const roles = rolesOf(ladder);
  const current = options.current && roles.get(options.current);
  const target = options.target && roles.get(options.target);
  const path = current && target ? findPath(ladder, current.id, target.id) : undefined;
  view.steps = new Map(path?.map((id, i) => [id, i]));
  if (!current || !target || current === target) view.offer?.remove();
  if (!current || !target) {
    view.path?.remove();
    view.offer?.remove();
    view.path = view.offer = undefined;
    return;
  }
  if (!view.path) {
    view.path = clone(pathTemplate);
    (view.switch ?? view.tiersList).before(view.path);
  }
  if (current === target) {
    view.offer = undefined;
  } else if (!view.offer) {
    view.offer = clone(compareOfferTemplate);
    view.path.after(view.offer);
  }
  view.path.classList.toggle('no-path', !path);
  view.path.textContent = pathSentence(ladder, current, target, path);
  // The comparison of the two, folded: rendered once opened.
  if (view.offer) view.offer.firstChild.textContent = `Compare ${current.title} with ${target.title}`;
}

/** A role entry's parts, "You are here", "Goal" and "Step n" marks, and aria-current. */
function mark(view, entry) {
  const { id } = entry.role;
  const { current, target, selected } = view.options;
  const isCurrent = id === current;
  const isTarget = id === target;
  const step = view.steps.get(id);
  let part = 'role';
  if (isCurrent) part += ' current';
  if (isTarget) part += ' target';
  if (step !== undefined) part += ' on-path';
  if (id === selected) part += ' selected';
  entry.item.setAttribute('part', part);
  const { button } = entry;
  if (isCurrent) button.setAttribute('aria-current', 'step');
  else button.removeAttribute('aria-current');
  // The button's description: its marks, and on the tab stop how to move between roles.
  const said = [isCurrent && 'You are here', isTarget && 'Goal', step && !isTarget && `Step ${step}`];
  const description = [...said, id === view.focus && 'arrow keys move between roles']
    .filter(Boolean)
    .join(', ');
  if (description) button.setAttribute('aria-description', description);
  else button.removeAttribute('aria-description');
  const old = button.lastChild.className === 'badges' ? button.lastChild : undefined;
  if (!isCurrent && !isTarget && !step) {
    old?.remove();
    return;
  }
  const badges = clone(badgesTemplate);
  const badge = (kind, text) => {
    const element = clone(badgeTemplate);
    element.classList.add(kind);
    element.textContent = text;
    badges.append(element);
  };
  if (isCurrent) badge('current', said[0]);
  if (isTarget) badge('target', said[1]);
  if (step && !isTarget) badge('step', said[2]);
  if (old) old.replaceWith(badges);
  else button.append(badges);
}

/** Opens a role entry's details, or closes them. */
function setOpen(view, entry, open) {
  const { role, item, button } = entry;
  button.setAttribute('aria-expanded', String(open));
  if (!open) {
    button.removeAttribute('aria-controls');
    entry.details?.remove();
    entry.details = undefined;
    return;
  }
  button.setAttribute('aria-controls', `details-${role.id}`);
  const details = clone(roleDetailsTemplate);
  details.id = `details-${role.id}`;
  details.setAttribute('aria-label', role.title);
  const link = details.firstChild;
  link.href = `#${view.ladder.id}/${role.id}`;
  link.before(renderDetails(view.ladder, role, true));
  item.append(details);
  entry.details = details;
}

/**
 * A ladder's wrapper with what stands above its tiers (or, in the `matrix` view, its matrix): the
 * title, the path sentence with the fold of the comparison, and the switch of views.
 */
function ladderView(ladder, options, matrix) {
  const base = clone(ladderTemplate);
  const view = {
    ladder,
    base,
    options: { current: options.current, target: options.target, selected: options.selected },
    entries: new Map(),
    tiersList: base.lastChild,
    steps: new Map(),
  };
  // The same rule as the element: past 100 roles, roles off screen skip layout.
  if (ladder.roles.length > 100) base.classList.add('long');
  const overview = base.children[2].firstChild;
  overview.firstChild.textContent = ladder.title;
  if (ladder.description) {
    const description = clone(descriptionTemplate);
    description.textContent = ladder.description;
    overview.append(description);
  }
  // A ladder with competencies offers its matrix.
  if (ladder.competencies?.length) {
    view.switch = clone(matrix ? matrixSwitchTemplate : viewSwitchTemplate);
    view.tiersList.before(view.switch);
  }
  pathOf(view);
  return view;
}

/** Renders `ladder` into `root` (a shadow root) from scratch, with `current`, `target` and `selected`. */
export function renderLadder(root, ladder, options = {}) {
  const view = ladderView(ladder, options, false);
  const { base } = view;
  views.set(root, view);
  const roles = rolesOf(ladder);
  const { current, target, selected } = view.options;
  // The one tab stop: the selected role, else "you are here", else the first.
  const focus = [selected, current].find((id) => id && roles.has(id)) ?? ladder.roles[0]?.id;
  view.focus = focus;
  const scaleOf = scalesOf(ladder);
  const byTier = new Map();
  for (const role of ladder.roles) {
    const list = byTier.get(role.tier);
    if (list) list.push(role);
    else byTier.set(role.tier, [role]);
  }
  for (const tier of ladder.tiers) {
    const tierRoles = byTier.get(tier.id);
    if (!tierRoles) continue;
    const tierElement = clone(tierTemplate);
    tierElement.dataset.tier = tier.id;
    tierElement.firstChild.textContent = tier.name;
    const rolesList = tierElement.lastChild;
    rolesList.style.setProperty('--_tracks', '1');
    for (const role of tierRoles) {
      const item = clone(roleTemplate);
      item.dataset.role = role.id;
      const button = item.firstChild;
      if (role.id === focus) button.tabIndex = 0;
      button.firstChild.textContent = role.title;
      const entry = { role, item, button };
      view.entries.set(role.id, entry);
      const marked = role.id === current || role.id === target || role.id === selected;
      if (marked || role.id === focus || view.steps.has(role.id)) {
        mark(view, entry);
      }
      if (role.pay) item.append(renderRange(role.pay, scaleOf(role.pay), true));
      if (role.id === selected) setOpen(view, entry, true);
      rolesList.append(item);
    }
    view.tiersList.append(tierElement);
  }
  root.replaceChildren(base);
}

/**
 * Changes `current`, `target` or `selected` (those `changes` names) on a ladder that
 * `renderLadder` rendered into `root`, as a careful page would: only the entries whose marks or
 * details change, and the path sentence, are touched. The tab stop stays where it is.
 */
export function updateLadder(root, changes) {
  const view = views.get(root);
  const was = view.options;
  view.options = { ...was, ...changes };
  const { current, target, selected } = view.options;
  const touched = new Set();
  if (current !== was.current || target !== was.target) {
    const before = view.steps;
    pathOf(view);
    for (const id of [was.current, was.target, current, target, ...before.keys(), ...view.steps.keys()]) {
      touched.add(id);
    }
  }
  if (selected !== was.selected) {
    touched.add(was.selected).add(selected);
    const closing = view.entries.get(was.selected);
    if (closing) setOpen(view, closing, false);
    const opening = view.entries.get(selected);
    if (opening) setOpen(view, opening, true);
  }
  for (const id of touched) {
    const entry = id && view.entries.get(id);
    if (entry) mark(view, entry);
  }
}

/** Renders one role's card into `root`. */
export function renderRoleCard(root, ladder, role) {
  const card = clone(cardTemplate);
  card.setAttribute('aria-label', role.title);
  card.lastChild.before(renderDetails(ladder, role, false));
  root.replaceChildren(card);
}

/**
 * Renders a standalone band into `root`, on its own scale: a quarter's margin either side, its
 * ends rounded out to a multiple of 1, 2, 2.5 or 5 times a power of ten.
 */
export function renderSalaryRange(root, band) {
  const margin = band.max > band.min ? (band.max - band.min) / 4 : Math.max(band.max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(margin));
  const step = power * (margin >= 5 * power ? 5 : margin >= 2.5 * power ? 2.5 : margin >= 2 * power ? 2 : 1);
  const scale = {
    min: Math.max(0, Math.floor((band.min - margin) / step) * step),
    max: Math.ceil((band.max + margin) / step) * step,
  };
  const base = clone(salaryTemplate);
  base.append(renderRange(band, scale, false));
  root.replaceChildren(base);
}

// The matrix and the comparison.

const matrixTemplate = template(`
  <div part="matrix" class="matrix" role="region" tabindex="0" aria-labelledby="matrix-caption">
    <table><caption id="matrix-caption"></caption><thead><tr><td class="corner"></td></tr></thead></table>
  </div>`);
const columnTemplate = template(`
  <th scope="col" part="matrix-role" class="role-column"><button type="button" aria-pressed="false"></button></th>`);
const matrixGroupTemplate = template(`
  <tbody><tr part="matrix-group" class="matrix-group"><th scope="rowgroup"><span></span></th></tr></tbody>`);
const matrixRowTemplate = template(`
  <tr><th scope="row" part="matrix-competency" class="competency-header"><button type="button"></button></th></tr>`);
const definitionTemplate = template(`
  <div part="definition" class="definition" popover role="dialog">
    <p class="definition-title"></p><p class="definition-levels">Levels</p><ol></ol>
  </div>`);
const definitionLevelTemplate = template(`<li><strong></strong></li>`);
const cellTemplate = template(`
  <td part="matrix-cell"><span part="level" class="level"></span><p></p></td>`);
const risingCellTemplate = template(`
  <td part="matrix-cell rises" class="rises">
    <span part="level" class="level"></span><p></p><span class="rise"><span aria-hidden="true">▲ </span></span>
  </td>`);
const compareCardTemplate = template(`
  <article part="card" class="card"><p part="status" class="status"></p><span class="said" role="status"></span></article>`);
const comparisonTemplate = template(`
  <div part="comparison" class="comparison">
    <h3 part="compare-title"></h3>
    <section part="competencies" class="section"><p part="changes-count" class="changes-count"></p></section>
    <section part="steps" class="section"><h4 part="section-title">What each promotion takes</h4></section>
  </div>`);
const compareTableTemplate = template(`
  <div class="table-box" role="region" tabindex="0"><table class="compare-table">
    <thead><tr><th scope="col">Competency</th><th scope="col"></th><th scope="col"></th></tr></thead>
  </table></div>`);
const compareGroupTemplate = template(`
  <tbody><tr class="group"><th scope="rowgroup" colspan="3"></th></tr></tbody>`);
const changedRowTemplate = template(`
  <tr part="compare-row changed" class="changed">
    <th scope="row"><span part="change-mark" class="change-mark">Changes</span></th>
    <td><span part="level" class="level"></span><p></p></td><td><span part="level" class="level"></span><p></p></td>
  </tr>`);
const unchangedRowTemplate = template(`
  <tr part="compare-row" class="">
    <th scope="row"></th>
    <td><span part="level" class="level"></span><p></p></td><td><span part="level" class="level"></span><p></p></td>
  </tr>`);
const unchangedTemplate = template(
  `<details part="unchanged" class="unchanged"><summary></summary></details>`,
);
const stepTitleTemplate = template(`<h5 part="step-title"></h5>`);
const noRequirementsTemplate = template(`<p>This ladder names no requirements for this step.</p>`);
const paragraphTemplate = template(`<p></p>`);
const newResponsibilitiesTemplate = template(`
  <section part="new-responsibilities" class="section"><h4 part="section-title"></h4><ul></ul></section>`);
const listItemTemplate = template(`<li></li>`);
const comparePayTemplate = template(`<section part="pay" class="section compare-pay"></section>`);
const payDifferenceTemplate = template(`<p part="pay-difference" class="pay-difference"></p>`);
const profileTemplate = template(`
  <figure part="profile" class="profile">
    <figcaption><span class="profile-title">Profile</span></figcaption>
    <svg class="radar" viewBox="-210 -150 420 300" aria-hidden="true"></svg>
    <ul class="sr"></ul>
  </figure>`);
const keyTemplate = template(`
  <span class="key"><svg viewBox="0 0 24 8" aria-hidden="true"><line x1="1" y1="4" x2="23" y2="4"></line></svg></span>`);
/** A piece of a chart: `markup`, parsed inside an <svg> so that it is SVG. */
const svgPiece = (markup) => template(`<svg>${markup}</svg>`).firstChild.firstChild;
const gridRing = svgPiece(`<polygon class="grid"></polygon>`);
const spoke = svgPiece(`<line class="grid" x1="0" y1="0"></line>`);
const axisLabel = svgPiece(`<text class="axis"></text>`);
const labelLine = svgPiece(`<tspan></tspan>`);
const seriesShape = svgPiece(`<g class="series"><polygon></polygon></g>`);
const dot = svgPiece(`<circle r="3.5"></circle>`);

/** "Level 2, 2 of 5". */
const levelText = (level, rank, count) => `${level.name}, ${rank} of ${count}`;

/** What `role` expects in each competency, by competency id: its expectation, level and rank. */
function expectationsByCompetency(ladder, role) {
  const index = competenciesOf(ladder);
  const byCompetency = new Map();
  for (const expectation of role.expectations ?? []) {
    const rated = index.get(expectation.competency);
    if (!rated) continue;
    const at = rated.levels.findIndex((level) => level.id === expectation.level);
    byCompetency.set(expectation.competency, {
      expectation,
      level: rated.levels[at],
      rank: at + 1,
      count: rated.levels.length,
    });
  }
  return byCompetency;
}

/** The ladder's competencies under their groups, in the ladder's order, those of no group first. */
function competencyGroups(competencies) {
  const ungrouped = { items: [] };
  const named = new Map();
  for (const item of competencies) {
    const name = item.competency.group;
    let group = ungrouped;
    if (name !== undefined) {
      group = named.get(name);
      if (!group) named.set(name, (group = { name, items: [] }));
    }
    group.items.push(item);
  }
  return [...(ungrouped.items.length ? [ungrouped] : []), ...named.values()];
}

/** An expectation's level and text into `level` (a span) and the paragraph after it. */
function fillExpectation(level, item) {
  level.textContent = levelText(item.level, item.rank, item.count);
  const lines = item.expectation.text ?? [];
  const paragraph = level.nextSibling;
  for (let i = lines.length - 1; i > 0; i--) {
    const more = clone(paragraphTemplate);
    more.textContent = lines[i];
    paragraph.after(more);
  }
  if (lines.length) paragraph.textContent = lines[0];
  else paragraph.remove();
}

/** A competency's definition, shown over the page from its row header: its name and levels. */
function renderDefinition({ competency, levels }) {
  const definition = clone(definitionTemplate);
  definition.id = `definition-${competency.id}`;
  definition.setAttribute('aria-label', competency.name);
  const [title, heading, list] = definition.children;
  title.textContent = competency.name;
  if (!levels.length) {
    heading.remove();
    list.remove();
  }
  for (const level of levels) {
    const entry = clone(definitionLevelTemplate);
    entry.firstChild.textContent = level.name;
    if (level.description) entry.append(': ', level.description);
    list.append(entry);
  }
  return definition;
}

/**
 * Renders `ladder` into `root` from scratch in its matrix view, with `current`, `target` and
 * `selected`: what stands above the tiers, then a column per role and a row per competency under
 * its group, a cell marked as rising where its level is above the one of the role before it.
 */
export function renderMatrix(root, ladder, options = {}) {
  const view = ladderView(ladder, options, true);
  const { current, target, selected } = view.options;
  const { roles } = ladder;
  const matrix = clone(matrixTemplate);
  const table = matrix.firstChild;
  const [caption, head] = table.children;
  caption.textContent = `${ladder.title}: what each role expects, by competency`;
  const headRow = head.firstChild;
  // "current" or else "target": the mark of a role's column and of its cells.
  const marks = roles.map((role) => (role.id === current ? 'current' : role.id === target ? 'target' : ''));
  for (const [i, role] of roles.entries()) {
    const column = clone(columnTemplate);
    const button = column.firstChild;
    button.dataset.select = role.id;
    button.textContent = role.title;
    const mark = marks[i];
    if (mark) column.classList.add(mark);
    if (mark || role.id === selected) {
      column.setAttribute('part', `matrix-role ${mark} ${role.id === selected ? 'selected' : ''}`);
    }
    if (role.id === selected) button.setAttribute('aria-pressed', 'true');
    const badge = (kind, text) => {
      const element = clone(badgeTemplate);
      element.classList.add(kind);
      element.textContent = text;
      column.append(element);
    };
    if (role.id === current) badge('current', 'You are here');
    if (role.id === target) badge('target', 'Goal');
    headRow.append(column);
  }
  const expected = roles.map((role) => expectationsByCompetency(ladder, role));
  for (const group of competencyGroups([...competenciesOf(ladder).values()])) {
    const body = clone(matrixGroupTemplate);
    const groupRow = body.firstChild;
    if (group.name === undefined) groupRow.remove();
    else {
      groupRow.firstChild.colSpan = roles.length + 1;
      groupRow.firstChild.firstChild.textContent = group.name;
    }
    for (const rated of group.items) {
      const { id, name } = rated.competency;
      const row = clone(matrixRowTemplate);
      const header = row.firstChild;
      header.firstChild.setAttribute('popovertarget', `definition-${id}`);
      header.firstChild.textContent = name;
      header.append(renderDefinition(rated));
      for (let i = 0; i < roles.length; i++) {
        const item = expected[i].get(id);
        // The role before it: the one below on its track, as the benchmark's roles have none.
        const was = i > 0 ? expected[i - 1].get(id) : undefined;
        const rises = item.rank > 0 && was?.rank > 0 && item.rank > was.rank;
        const cell = clone(rises ? risingCellTemplate : cellTemplate);
        if (marks[i]) cell.classList.add(marks[i]);
        fillExpectation(cell.firstChild, item);
        if (rises) cell.lastChild.append(`Up from ${was.level.name}`);
        row.append(cell);
      }
      body.append(row);
    }
    table.append(body);
  }
  view.tiersList.replaceWith(matrix);
  root.replaceChildren(view.base);
}

const textsEqual = (a = [], b = []) => a.length === b.length && a.every((line, i) => line === b[i]);

/** A table of competencies as two roles expect them, under their groups. */
function compareTable(from, to, items, label) {
  const box = clone(compareTableTemplate);
  box.setAttribute('aria-label', label);
  const table = box.firstChild;
  const headings = table.firstChild.firstChild.children;
  headings[1].textContent = from.title;
  headings[2].textContent = to.title;
  for (const group of competencyGroups(items)) {
    const body = clone(compareGroupTemplate);
    if (group.name === undefined) body.firstChild.remove();
    else body.firstChild.firstChild.textContent = group.name;
    for (const item of group.items) {
      const row = clone(item.changed ? changedRowTemplate : unchangedRowTemplate);
      // Which way a level moves, for the mark's glyph.
      const [a, b] = [item.from?.rank, item.to?.rank];
      if (item.changed && a && b && a !== b) row.classList.add(b > a ? 'rises' : 'falls');
      const [name, atFrom, atTo] = row.children;
      name.prepend(item.competency.name);
      fillExpectation(atFrom.firstChild, item.from);
      fillExpectation(atTo.firstChild, item.to);
      body.append(row);
    }
    table.append(body);
  }
  return box;
}

const round = (value) => Math.round(value * 100) / 100;

/** A competency's name in lines of about 16 characters, for the labels around the chart. */
function labelLines(name) {
  const lines = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < 16) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The profile chart of both roles' levels, for three competencies or more rated by levels: a radar,
 * the first competency at the top, the next ones clockwise, with the same numbers in a list a
 * screen reader reads instead.
 */
function renderProfile(rated, series) {
  const figure = clone(profileTemplate);
  const [caption, chart, list] = figure.children;
  for (const { name, kind } of series) {
    const key = clone(keyTemplate);
    key.classList.add(kind);
    key.append(name);
    caption.append(key);
  }
  const count = rated.length;
  const angles = rated.map((_, axis) => (2 * Math.PI * axis) / count - Math.PI / 2);
  const cos = angles.map(Math.cos);
  const sin = angles.map(Math.sin);
  const point = (axis, r) => `${round(r * cos[axis])},${round(r * sin[axis])}`;
  for (const r of [25, 50, 75, 100]) {
    const ring = gridRing.cloneNode(true);
    ring.setAttribute('points', rated.map((_, axis) => point(axis, r)).join(' '));
    chart.append(ring);
  }
  for (const [axis, item] of rated.entries()) {
    const line = spoke.cloneNode(true);
    line.setAttribute('x2', round(100 * cos[axis]));
    line.setAttribute('y2', round(100 * sin[axis]));
    const lx = round(112 * cos[axis]);
    const ly = round(112 * sin[axis]);
    const lines = labelLines(item.competency.name);
    const top =
      ly < -1 ? ly - (lines.length - 1) * 13 : Math.abs(ly) <= 1 ? ly - ((lines.length - 1) * 13) / 2 : ly;
    const label = axisLabel.cloneNode(true);
    label.setAttribute('x', lx);
    label.setAttribute('y', round(top));
    label.setAttribute('text-anchor', Math.abs(lx) < 1 ? 'middle' : lx > 0 ? 'start' : 'end');
    label.setAttribute('dominant-baseline', ly < -1 ? 'auto' : ly > 1 ? 'hanging' : 'middle');
    for (const [n, text] of lines.entries()) {
      const span = labelLine.cloneNode(true);
      span.setAttribute('x', lx);
      span.setAttribute('dy', n ? 13 : 0);
      span.textContent = text;
      label.append(span);
    }
    chart.append(line, label);
  }
  for (const { kind, ranks } of series) {
    const shape = seriesShape.cloneNode(true);
    shape.classList.add(kind);
    const points = [];
    for (const [axis, rank] of ranks.entries()) {
      const r = Math.min(rank / rated[axis].levels.length, 1) * 100;
      const x = round(r * cos[axis]);
      const y = round(r * sin[axis]);
      points.push(`${x},${y}`);
      const circle = dot.cloneNode(true);
      circle.setAttribute('cx', x);
      circle.setAttribute('cy', y);
      shape.append(circle);
    }
    shape.firstChild.setAttribute('points', points.join(' '));
    chart.append(shape);
  }
  for (const [axis, item] of rated.entries()) {
    const entry = clone(listItemTemplate);
    entry.append(
      item.competency.name,
      ': ',
      series.map(({ name, says }) => `${name} ${says[axis]}`).join(', '),
    );
    list.append(entry);
  }
  return figure;
}

/** "+€4,000", "−€500", "±€0". */
function signed(value, currency) {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const amount = Math.abs(value);
  return `${sign}${money(currency, false, Number.isInteger(amount)).format(amount)}`;
}

/**
 * Renders into `root` the comparison of the roles `fromId` and `toId` of `ladder`, as
 * `<pm-role-compare>` shows it: per competency the level and text at each role, the changes
 * marked and counted, the unchanged ones folded; the profile chart; what each promotion on the
 * way takes; the responsibilities new at `to`; both pay bands on one scale and their difference.
 */
export function renderComparison(root, ladder, fromId, toId) {
  const roles = rolesOf(ladder);
  const from = roles.get(fromId);
  const to = roles.get(toId);
  const card = clone(compareCardTemplate);
  const comparison = clone(comparisonTemplate);
  const [title, competencies, steps] = comparison.children;
  title.textContent = `From ${from.title} to ${to.title}`;
  const atFrom = expectationsByCompetency(ladder, from);
  const atTo = expectationsByCompetency(ladder, to);
  const items = [];
  for (const rated of competenciesOf(ladder).values()) {
    const a = atFrom.get(rated.competency.id);
    const b = atTo.get(rated.competency.id);
    if (!a && !b) continue;
    const changed =
      !a ||
      !b ||
      a.expectation.level !== b.expectation.level ||
      !textsEqual(a.expectation.text, b.expectation.text);
    items.push({ competency: rated.competency, levels: rated.levels, from: a, to: b, changed });
  }
  if (items.length) {
    const changed = items.filter((item) => item.changed);
    const unchanged = items.filter((item) => !item.changed);
    const count = competencies.firstChild;
    count.textContent = `${changed.length} of ${items.length} ${items.length === 1 ? 'competency changes' : 'competencies change'}`;
    if (changed.length)
      competencies.append(compareTable(from, to, changed, `From ${from.title} to ${to.title}`));
    if (unchanged.length) {
      const fold = clone(unchangedTemplate);
      fold.firstChild.textContent = `${unchanged.length} unchanged`;
      fold.append(compareTable(from, to, unchanged, `${unchanged.length} unchanged`));
      competencies.append(fold);
    }
    const rated = items.filter((item) => item.levels.length && (item.from?.rank || item.to?.rank));
    if (rated.length) {
      const says = (at) => levelText(at.level, at.rank, at.count);
      const series = [
        {
          name: from.title,
          kind: 'from',
          ranks: rated.map((item) => item.from.rank),
          says: rated.map((item) => says(item.from)),
        },
        {
          name: to.title,
          kind: 'to',
          ranks: rated.map((item) => item.to.rank),
          says: rated.map((item) => says(item.to)),
        },
      ];
      competencies.append(renderProfile(rated, series));
    }
  } else competencies.remove();
  const path = findPath(ladder, from.id, to.id);
  // Without a path, what promotion into `to` takes, alone.
  if (!path) {
    const none = clone(paragraphTemplate);
    none.textContent = `There is no path of promotions from ${from.title} to ${to.title} in this ladder.`;
    steps.append(none);
  }
  {
    for (const id of path ? path.slice(1) : [to.id]) {
      const role = roles.get(id);
      const heading = clone(stepTitleTemplate);
      heading.textContent = `Into ${role.title}`;
      steps.append(heading);
      if (role.requirements?.length) {
        const list = document.createElement('ul');
        for (const requirement of role.requirements) {
          const entry = clone(listItemTemplate);
          entry.textContent = requirement;
          list.append(entry);
        }
        steps.append(list);
      } else steps.append(clone(noRequirementsTemplate));
    }
  }
  const had = new Set(from.responsibilities);
  const added = (to.responsibilities ?? []).filter((item) => !had.has(item));
  if (added.length) {
    const section = clone(newResponsibilitiesTemplate);
    section.firstChild.textContent = `New at ${to.title}`;
    for (const responsibility of added) {
      const entry = clone(listItemTemplate);
      entry.textContent = responsibility;
      section.lastChild.append(entry);
    }
    comparison.append(section);
  }
  // Both bands (the benchmark's roles each have one, in one currency and period) on one scale.
  const a = from.pay;
  const b = to.pay;
  const pay = clone(comparePayTemplate);
  const scale = { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
  pay.append(renderRange(a, scale, false, from.title), renderRange(b, scale, false, to.title));
  if (a !== b) {
    const difference = clone(payDifferenceTemplate);
    difference.textContent = `${signed(b.min - a.min, a.currency)} at the bottom of the band, ${signed(b.max - a.max, a.currency)} at the top`;
    pay.append(difference);
  }
  comparison.append(pay);
  card.append(comparison);
  root.replaceChildren(card);
}
