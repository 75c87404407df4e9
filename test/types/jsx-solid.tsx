/** @jsxImportSource solid-js */
// The Solid JSX types of dist/jsx/solid.d.ts, checked by `npm run typecheck:jsx` (after `npm run
// build`): right uses must compile and each wrong use must fail, so the types cannot drift.
import type {} from 'pm-ladder/jsx/solid';
import { defaultLadder } from 'pm-ladder';

export const page = (
  <main on:pm-select={(event) => console.log('somewhere below:', event.detail.roleId)}>
    <pm-ladder
      ladder={defaultLadder}
      current="product-manager"
      layout="auto"
      heading-level={3}
      hide-pay={false}
      on:pm-select={(event) => console.log(event.detail.roleId, event.detail.role.title)}
    />
    <pm-role-card role-id="product-manager" on:pm-load={(event) => console.log(event.detail.ladder.title)}>
      <a slot="actions" href="/apply">
        Apply
      </a>
    </pm-role-card>
    <pm-salary-range min={90000} max={120000} period="hour" />
  </main>
);

// @ts-expect-error -- layout is auto, vertical or horizontal
export const badLayout = <pm-ladder layout="diagonal" />;
// @ts-expect-error -- ladder is an object, not a URL: that is src
export const badLadder = <pm-ladder ladder="/ladders/ours.json" />;
// @ts-expect-error -- notation is standard or compact
export const badNotation = <pm-salary-range notation="scientific" />;
// @ts-expect-error -- pm-select's detail has no salary
export const badDetail = <pm-ladder on:pm-select={(event) => event.detail.salary} />;
