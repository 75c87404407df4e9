// Ladders from spreadsheets: the sheet layout (docs/sheet-layout.md) read and written, and the CSV
// beneath it. Not part of the bundle: the command line uses it, and an element loads it on demand
// for a `src` naming a CSV file.
export { readSheet, readTable } from './read-sheet.js';
export { writeSheet, sheetRows, type WrittenSheet } from './write-sheet.js';
export {
  parseCsv,
  writeCsv,
  detectSeparator,
  columnLetter,
  type Separator,
  type Table,
  type CellAt,
} from './csv.js';
export {
  COLUMNS,
  competencyHeading,
  readCompetencyHeading,
  headingKey,
  idFrom,
  describePlace,
  type Column,
  type CompetencyHeading,
  type Place,
} from './layout.js';
