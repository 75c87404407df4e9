// Where a sheet's problem is in the CSV text: the reader says `row 5, column "Pay min"` (or
// `column F`, and `line 2` within a cell), as a spreadsheet shows it; an editor needs the
// characters. The cells are where the library's own CSV reader found them
// (`parseCsv(text, separator, { places: true })`, src/sheet/csv.ts).

/** The number of a column from its letters: A is 0, Z 25, AA 26. */
const columnNumber = (letters) =>
  [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;

const PLACE = /^row (\d+)(?:, column (?:"(.*?)"|([A-Z]+)))?(?:, line (\d+))?$/;

/**
 * The characters a sheet's place names (`row 5, column "Pay min", line 2`): `{ from, to }`, the
 * cell (or its line, or the whole row), or undefined when the text holds no such place. `table`
 * is what `parseCsv` read of `text`, with the places of its cells.
 */
export function placeInSheet(path, text, table) {
  const match = PLACE.exec(path);
  if (!match) return undefined;
  const [, row, heading, letters, line] = match;
  const record = table.places[Number(row) - 1];
  if (!record?.length) return undefined;
  let column;
  if (heading !== undefined) {
    const headings = table.rows.find((cells) => cells.length) ?? [];
    column = headings.findIndex((cell) => cell.trim() === heading);
  } else if (letters !== undefined) column = columnNumber(letters);
  const cell = column === undefined || column < 0 ? undefined : record[column];
  if (!cell) return { from: record[0][0], to: record[record.length - 1][1] };
  let [from, to] = cell;
  if (text[from] === '"') from++;
  if (line) {
    const lines = text.slice(from, to).split(/\r\n|\r|\n/);
    const index = Math.min(Number(line), lines.length) - 1;
    from += lines.slice(0, index).reduce((sum, part) => sum + part.length + 1, 0);
    to = from + lines[index].length;
  }
  if (text[to - 1] === '"' && to > from) to--;
  return { from, to };
}
