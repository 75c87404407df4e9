// CSV as spreadsheets write it (RFC 4180 and what Excel, LibreOffice and Google Sheets do beside
// it), read and written without any library: this module loads in browsers on demand, for a
// `src` naming a .csv file, so it is small, uses no Node API, and reads 10,000 rows in one pass.

/** The separators a sheet may use: `;` is what spreadsheets write where the decimal mark is a comma. */
export type Separator = ',' | ';' | '\t';

/** Where in a sheet: `row` as the spreadsheet numbers it (the header is row 1), `column` from 0. */
export interface CellAt {
  row: number;
  column: number;
}

/**
 * The cells of a sheet. `rows[i][j]` is the cell the spreadsheet shows in row `i + 1`, column
 * `columnLetter(j)`: a record of the file is one row of the sheet, however many lines its quoted
 * cells span, and an empty line is an empty row. Empty cells at the end of a row and empty rows
 * at the end of the sheet are left out, so rows may be of different lengths.
 */
export interface Table {
  rows: string[][];
  separator: Separator;
  /** A quote opened and never closed, where it opened; `rows` then holds the rows before it. */
  problem?: CellAt & { message: string };
  /**
   * Where each row's cells are in the text, as `[start, end]`, quotes included and empty cells at
   * a row's end too: with `{ places: true }` only, for an editor that marks a cell.
   */
  places?: [number, number][][];
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/**
 * The separator of a sheet: the one of `,`, `;` and tab that its first row holds most often
 * outside quotes (a comma when it holds none, as a sheet of one column does).
 */
export function detectSeparator(text: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',' || char === ';' || char === '\t') counts[char]++;
  }
  let best: Separator = ',';
  for (const separator of [';', '\t'] as const) if (counts[separator] > counts[best]) best = separator;
  return best;
}

/**
 * Reads the text of a CSV file into its rows of cells. A byte-order mark is skipped; rows end
 * with CRLF, LF or CR; a cell in quotes may hold separators, line breaks and quotes (written
 * twice). A quote inside a cell that does not start with one is kept as it is, as spreadsheets
 * do; so are characters after a closing quote. It never throws: a quote that is never closed is
 * the table's `problem`.
 */
export function parseCsv(
  text: string,
  separator: Separator = detectSeparator(text.replace(/^\uFEFF/, '')),
  options: { places?: boolean } = {},
): Table {
  const sep = separator.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  const places: [number, number][][] | undefined = options.places ? [] : undefined;
  let placed: [number, number][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;

  /** Ends a row: its empty cells at the end are left out, and an empty row is kept as such. */
  const endRow = () => {
    let length = row.length;
    while (length && row[length - 1] === '') length--;
    row.length = length;
    rows.push(row);
    row = [];
    places?.push(placed);
    placed = [];
  };
  /** A row with nothing in it, not even an empty cell. */
  const emptyRow = () => {
    rows.push([]);
    places?.push([]);
  };

  while (i <= end) {
    if (i === end) {
      // The end of the text ends its last row, unless that row ended with a line break.
      if (row.length) endRow();
      break;
    }
    let cell: string;
    const from = i;
    if (text.charCodeAt(i) === QUOTE) {
      const start = { row: rows.length + 1, column: row.length };
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          return {
            rows,
            separator,
            ...(places && { places }),
            problem: {
              ...start,
              message:
                'a cell opens a quote (") that is never closed; a quote inside a quoted cell is written twice ("")',
            },
          };
        }
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the end of the cell is kept, as spreadsheets do.
      let stop = i;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === sep || code === LF || code === CR) break;
        stop++;
      }
      cell = value + text.slice(i, stop);
      i = stop;
    } else {
      let stop = i;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === sep || code === LF || code === CR) break;
        stop++;
      }
      cell = text.slice(i, stop);
      i = stop;
    }
    row.push(cell);
    placed.push([from, i]);
    if (i === end) continue;
    const code = text.charCodeAt(i);
    if (code === sep) {
      i++;
      // A separator at the very end of the text starts one more (empty) cell.
      if (i === end) {
        row.push('');
        placed.push([i, i]);
      }
    } else {
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      endRow();
      // A line break right after another is an empty row.
      while (i < end) {
        const next = text.charCodeAt(i);
        if (next !== LF && next !== CR) break;
        i += next === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        emptyRow();
      }
    }
  }
  while (rows.length && !rows[rows.length - 1]!.length) {
    rows.pop();
    places?.pop();
  }
  return places ? { rows, separator, places } : { rows, separator };
}

/** The letters a spreadsheet names column `index` (from 0) by: A … Z, AA, AB … */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * The CSV text of rows of cells, one row a line (LF; spreadsheets read it as they read CRLF). A
 * cell is quoted only when it must be: when it holds the separator, a quote or a line break, or
 * begins or ends with a space that a reader might trim.
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: Separator = ','): string {
  const needsQuotes = new RegExp(`[${separator === '\t' ? '\\t' : separator}"\\r\\n]|^\\s|\\s$`);
  const cell = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(separator)).join('\n') + (rows.length ? '\n' : '');
}
