import { css } from 'lit';

/**
 * The styles of tracks side by side (a track header, a column per track). Only a ladder document
 * of its own has tracks, so they load with the validator (documents.ts) and the element adopts
 * them for a ladder that has tracks; a server renders them with the element's styles.
 */
export const trackStyles = css`
  /* Side by side, when there is room for them. */
  @container ladder (min-width: 36rem) {
    .tracked .track-header {
      display: grid;
      grid-template-columns: repeat(var(--_tracks), minmax(0, 1fr));
      gap: calc(var(--_space) / 2);
      margin-block-end: calc(var(--_space) / 2);
      padding-inline-start: calc(var(--_space) + 4px);
      color: var(--_muted);
      font-weight: 600;
    }
    .tracked .roles {
      grid-template-columns: repeat(var(--_tracks), minmax(0, 1fr));
    }
    .tracked .role {
      grid-column: var(--_column, 1 / -1);
    }
    .tracked [part~='selected'] {
      grid-column: 1 / -1;
    }
    /* An open role spans the tracks; its pay band keeps the width and place of its track's
       column (a role's border is 1px), so that it still compares with its neighbours'. */
    .tracked [part~='selected'] > .pay {
      --_width: calc((100% + 2px - (var(--_tracks) - 1) * var(--_space) / 2) / var(--_tracks));
      inline-size: calc(var(--_width) - 2px);
      margin-inline-start: calc((var(--_column, 1) - 1) * (var(--_width) + var(--_space) / 2));
    }
  }
`;
