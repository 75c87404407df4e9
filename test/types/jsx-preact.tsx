/** @jsxImportSource preact */
// The Preact JSX types of dist/jsx/preact.d.ts, checked by `npm run typecheck:jsx` (after `npm run
// build`): right uses must compile and each wrong use must fail, so the types cannot drift.
import type {} from 'pm-ladder/jsx/preact';
import { defaultLadder } from 'pm-ladder';

export const page = (
  <main>
    <pm-ladder
      ladder={defaultLadder}
      current="product-manager"
      layout="vertical"
      heading-level={3}
      hide-pay
      class="ladder"
      onpm-select={(event) => console.log(event.detail.roleId, event.detail.role.title)}
    />
    <pm-role-card role-id="product-manager" hide-pay={undefined} compact={false}>
      <a slot="actions" href="/apply">
        Apply
      </a>
    </pm-role-card>
    <pm-salary-range
      min={90000}
      max={120000}
      notation="standard"
      onpm-error={(event) => event.detail.errors}
    />
  </main>
);

// @ts-expect-error -- layout is auto, vertical or horizontal
export const badLayout = <pm-ladder layout="diagonal" />;
// @ts-expect-error -- ladder is an object, not a URL: that is src
export const badLadder = <pm-ladder ladder="/ladders/ours.json" />;
// @ts-expect-error -- Preact would write hide-pay="false", which hides the pay
export const badFalse = <pm-ladder hide-pay={false} />;
// @ts-expect-error -- theme is auto, light or dark
export const badTheme = <pm-role-card theme="sepia" />;
