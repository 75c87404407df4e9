// Where a sheet's problem is in the CSV text: the reader says `row 5, column "Pay min"` (or
// `column F`, and `line 2` within a cell), as a spreadsheet shows it; an editor needs the
// characters. The cells are found with the reader's own rules (src/sheet/csv.ts): quoted cells may
// hold separators, line breaks and doubled quotes.

/** Each record's cells as [start, end] offsets in the text; a record is one row of the sheet. */
export function cellsOf(text, separator) {
  const rows = [];
  let row = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (char === '"' && i === start) quoted = true;
    else if (char === separator) {
      row.push([start, i]);
      start = i + 1;
    } else if (char === '\n' || char === '\r') {
      row.push([start, i]);
      rows.push(row);
      row = [];
      if (char === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  row.push([start, text.length]);
  rows.push(row);
  return rows;
}

/** The number of a column from its letters: A is 0, Z 25, AA 26. */
const columnNumber = (letters) =>
  [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;

const PLACE = /^row (\d+)(?:, column (?:"(.*?)"|([A-Z]+)))?(?:, line (\d+))?$/;

/**
 * The characters a sheet's place names (`row 5, column "Pay min", line 2`): `{ from, to }`, the
 * cell (or its line, or the whole row), or undefined when the text holds no such place.
 */
export function placeInSheet(path, text, separator, cells = cellsOf(text, separator)) {
  const match = PLACE.exec(path);
  if (!match) return undefined;
  const [, row, heading, letters, line] = match;
  const record = cells[Number(row) - 1];
  if (!record) return undefined;
  let column;
  if (heading !== undefined) {
    const headings = cells.find((cells) => cells.some(([from, to]) => to > from)) ?? [];
    column = headings.findIndex(([from, to]) => unquote(text.slice(from, to)).trim() === heading);
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

const unquote = (cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
