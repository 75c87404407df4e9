import { css } from 'lit';

/**
 * The styles of what only a ladder document of its own may hold: a role's own pay band, tracks
 * side by side (a track header, a column per track) and what they share, and a long ladder. They load with the
 * validator (document-styles.ts).
 */
export const ownLadderStyles = css`
  .shared {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A long ladder lays out and paints only the roles near the screen. Short ones skip this, so
     that no role is ever drawn at a placeholder size. */
  .long .role {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
  /* A role's own pay band, below its title: the default ladder gives none. */
  .role > .pay {
    padding: 0 calc(var(--_space) * 0.875) calc(var(--_space) * 0.625);
    font-size: 0.875em;
  }
  .role > .pay .amount {
    font-size: 1.125em;
  }
  /* Tracks side by side, when there is room for them; above each column, its name. */
  .track-header {
    display: none;
  }
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
    /* An open role of a track spans the tracks; its pay band keeps the width and place of its
       track's column (a role's border is 1px), so that it still compares with its neighbours'.
       A role without a track (no --_column) spans them closed too, and keeps its full width. */
    .tracked [part~='selected'] > .pay {
      --_width: calc((100% + 2px - (var(--_tracks) - 1) * var(--_space) / 2) / var(--_tracks));
      inline-size: calc(var(--_column) * 0px + var(--_width) - 2px);
      margin-inline-start: calc((var(--_column) - 1) * (var(--_width) + var(--_space) / 2));
    }
  }
  /* On paper every role is open, across the tracks: each names its track, and no header stands
     above columns that are not there. */
  @media print {
    .tracked .track-header {
      display: none;
    }
  }
`;
