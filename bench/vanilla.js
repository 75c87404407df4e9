// The benchmark's baseline: the DOM that <pm-ladder>, <pm-role-card> and <pm-salary-range> build,
// written by hand with template cloning and text writes, no library. It renders everything
// afresh each time, as a page without a rendering library would.

const formats = new Map();
function money(currency, compact) {
  const key = `${currency}|${compact}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact' } : { maximumFractionDigits: 0 }),
    });
    formats.set(key, format);
  }
  return format;
}
const PERIOD = { year: 'per year', month: 'per month', week: 'per week', day: 'per day', hour: 'per hour' };

function template(markup) {
  const element = document.createElement('template');
  element.innerHTML = markup.replace(/\n\s*/g, '');
  return element.content;
}

const ladderTemplate = template(`
  <div part="base" class="ladder layout-auto">
    <div class="overview"><div><h2 part="title"></h2><p part="description"></p></div></div>
    <ol part="tiers" class="tiers" aria-label="Levels"></ol>
  </div>`);
const tierTemplate = template(
  `<li part="tier" class="tier"><h3 part="tier-name"></h3><ol part="roles" class="roles"></ol></li>`,
);
const roleTemplate = template(`
  <li part="role" class="role">
    <button part="role-button" class="role-button" type="button" aria-expanded="false">
      <span class="role-title"></span>
    </button>
  </li>`);
const badgeTemplate = template(`<span class="badges"><span part="badge" class="badge"></span></span>`);
const rangeTemplate = template(`
  <div part="range" class="range">
    <span part="range-label" class="range-label"></span>
    <span class="range-text"><bdi part="amount" class="amount"></bdi> <span part="currency" class="currency"></span></span>
    <div part="bar" class="bar" aria-hidden="true"><span part="band" class="band"></span></div>
  </div>`);
const axisTemplate = template(
  `<div part="scale" class="scale" aria-hidden="true"><bdi></bdi><bdi></bdi></div>`,
);
const detailsTemplate = template(`
  <div part="details" class="details">
    <p part="summary" class="summary"></p>
    <section part="responsibilities" class="section"><h4 part="section-title">Responsibilities</h4><ul></ul></section>
  </div>`);

const expectationsTemplate = template(
  `<section part="expectations" class="section"><h4 part="section-title">What is expected</h4></section>`,
);
const groupTemplate = template(`<h5 part="competency-group"></h5>`);
const competencyTemplate = template(`
  <div part="competency" class="competency">
    <dt part="competency-name"></dt>
    <dd part="expectation"><span part="level" class="level"></span><p></p></dd>
  </div>`);

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

/** A band with its bar; `compact` (a ladder's entries) in compact money and without the scale's labels. */
function renderRange(band, scale, compact) {
  const range = rangeTemplate.cloneNode(true).firstChild;
  const format = money(band.currency, compact);
  range.querySelector('.range-label').textContent =
    band.kind === 'market-estimate' ? 'Market estimate' : 'Pay range';
  range.querySelector('.amount').textContent =
    `${format.format(band.min)}–${format.format(band.max)} ${PERIOD[band.period]}`;
  range.querySelector('.currency').textContent = band.currency;
  const span = scale.max - scale.min || 1;
  const bandElement = range.querySelector('.band');
  bandElement.style.setProperty('--_start', `${((band.min - scale.min) / span) * 100}%`);
  bandElement.style.setProperty('--_size', `${((band.max - band.min) / span) * 100}%`);
  if (!compact) {
    const axis = axisTemplate.cloneNode(true).firstChild;
    axis.firstChild.textContent = format.format(scale.min);
    axis.lastChild.textContent = format.format(scale.max);
    range.append(axis);
  }
  return range;
}

function renderDetails(ladder, role) {
  const details = detailsTemplate.cloneNode(true).firstChild;
  details.querySelector('.summary').textContent = role.summary;
  const list = details.querySelector('ul');
  for (const text of role.responsibilities) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  if (role.expectations) details.append(renderExpectations(ladder, role));
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
  const section = expectationsTemplate.cloneNode(true).firstChild;
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
        const heading = groupTemplate.cloneNode(true).firstChild;
        heading.textContent = group;
        section.append(heading);
      }
      list = document.createElement('dl');
      list.className = 'competencies';
      section.append(list);
    }
    const row = competencyTemplate.cloneNode(true).firstChild;
    row.firstChild.textContent = competency.name;
    const rank = levels.findIndex((level) => level.id === expectation.level);
    row.querySelector('.level').textContent = `${levels[rank].name}, ${rank + 1} of ${levels.length}`;
    row.querySelector('p').textContent = expectation.text[0];
    list.append(row);
  }
  return section;
}

function badge(container, text, kind) {
  const badges = badgeTemplate.cloneNode(true).firstChild;
  const mark = badges.firstChild;
  mark.classList.add(kind);
  mark.textContent = text;
  container.append(badges);
}

/** Renders `ladder` into `root` (a shadow root) from scratch. */
export function renderLadder(root, ladder, { current, target, selected } = {}) {
  const base = ladderTemplate.cloneNode(true).firstChild;
  // The same rule as the element: past 100 roles, roles off screen skip layout.
  base.classList.toggle('long', ladder.roles.length > 100);
  base.querySelector('[part="title"]').textContent = ladder.title;
  const description = base.querySelector('[part="description"]');
  if (ladder.description) description.textContent = ladder.description;
  else description.remove();
  const tiersList = base.querySelector('.tiers');
  const scaleOf = scalesOf(ladder);
  const byTier = new Map();
  for (const role of ladder.roles) {
    if (!byTier.has(role.tier)) byTier.set(role.tier, []);
    byTier.get(role.tier).push(role);
  }
  for (const tier of ladder.tiers) {
    const roles = byTier.get(tier.id);
    if (!roles) continue;
    const tierElement = tierTemplate.cloneNode(true).firstChild;
    tierElement.dataset.tier = tier.id;
    tierElement.firstChild.textContent = tier.name;
    const rolesList = tierElement.lastChild;
    for (const role of roles) {
      const item = roleTemplate.cloneNode(true).firstChild;
      item.dataset.role = role.id;
      const button = item.firstChild;
      button.id = `role-${role.id}`;
      button.tabIndex = role === ladder.roles[0] ? 0 : -1;
      button.firstChild.textContent = role.title;
      if (role.id === current) {
        button.setAttribute('aria-current', 'step');
        badge(button, 'You are here', 'current');
      }
      if (role.id === target) badge(button, 'Goal', 'target');
      if (role.pay) {
        const pay = document.createElement('div');
        pay.className = 'role-pay';
        pay.setAttribute('part', 'pay');
        pay.append(renderRange(role.pay, scaleOf(role.pay), true));
        item.append(pay);
      }
      if (role.id === selected) {
        button.setAttribute('aria-expanded', 'true');
        item.classList.add('open');
        item.append(renderDetails(ladder, role));
      }
      rolesList.append(item);
    }
    tiersList.append(tierElement);
  }
  root.replaceChildren(base);
}

/** Renders one role's card into `root`. */
export function renderRoleCard(root, ladder, role) {
  const card = document.createElement('article');
  card.className = 'card';
  card.setAttribute('part', 'card');
  const title = document.createElement('h3');
  title.setAttribute('part', 'role-title');
  title.textContent = role.title;
  card.append(title, renderDetails(ladder, role));
  if (role.pay) card.append(renderRange(role.pay, scalesOf(ladder)(role.pay), false));
  root.replaceChildren(card);
}

/** Renders a standalone band into `root`, on its own scale with a quarter's margin either side. */
export function renderSalaryRange(root, band) {
  const margin = (band.max - band.min) / 4;
  root.replaceChildren(
    renderRange(band, { min: Math.max(0, band.min - margin), max: band.max + margin }, false),
  );
}
