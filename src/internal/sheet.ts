// What a `src` naming a CSV file needs and no other page does: the sheet layout's reader
// (src/sheet/). In the bundle, one file beside it (pm-ladder.sheet.js), loaded by
// request-ladder.ts the first time a sheet is asked for or arrives.
export { readSheet } from '../sheet/read-sheet.js';
