// The React 19 JSX types of dist/jsx/react.d.ts, checked by `npm run typecheck:jsx` (after `npm run
// build`): right uses must compile and each wrong use must fail, so the types cannot drift.
import type {} from 'pm-ladder/jsx/react';
import { defaultLadder, type PmSelectEvent } from 'pm-ladder';

export const page = (
  <main>
    <pm-ladder
      ladder={defaultLadder}
      current="product-manager"
      target="vp-product"
      tiers="core tenured"
      layout="horizontal"
      theme="dark"
      heading-level={3}
      hide-pay
      hide-guidance={false}
      load-timeout={5000}
      className="ladder"
      onpm-select={(event) => console.log(event.detail.roleId, event.detail.role.title)}
      onpm-error={(event) => console.log(event.detail.errors.map((error) => error.path))}
    />
    <pm-role-card role-id="product-manager" src="/ladders/ours.json" compact locale="de-DE">
      <a slot="actions" href="/apply">
        Apply
      </a>
    </pm-role-card>
    <pm-salary-range
      min={90000}
      max={120000}
      currency="EUR"
      period="month"
      notation="compact"
      marker={105000}
      marker-label="Your offer"
      onpm-load={(event) => console.log(event.detail.ladder.title)}
    />
    <pm-salary-range role-id="product-manager" ladder={defaultLadder} scale-min={0} scale-max={250000} />
  </main>
);

export const listener = (event: PmSelectEvent) => event.detail.roleId;
export const typed = <pm-ladder onpm-select={listener} />;

// @ts-expect-error -- layout is auto, vertical or horizontal
export const badLayout = <pm-ladder layout="diagonal" />;
// @ts-expect-error -- ladder is an object, not a URL: that is src
export const badLadder = <pm-ladder ladder="/ladders/ours.json" />;
// @ts-expect-error -- min is a number (React sets it as the property)
export const badMin = <pm-salary-range min="90000" max={120000} />;
// @ts-expect-error -- period is year, month, week, day or hour
export const badPeriod = <pm-salary-range period="fortnight" />;
// @ts-expect-error -- the role id is role-id: role is the element's ARIA role
export const badRoleId = <pm-role-card roleId="product-manager" />;
// @ts-expect-error -- pm-select carries a PmSelectEvent, not a MouseEvent
export const badHandler = <pm-ladder onpm-select={(event: MouseEvent) => event.clientX} />;
// TypeScript never reports an unknown JSX prop whose name has a dash (it takes it for a `data-`
// style attribute), so a misspelt `hide-pya` or an `onpm-select` on <pm-role-card> compiles.
