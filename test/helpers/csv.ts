// A strict RFC 4180 reader for the tests, written apart from the code under
// test: CRLF line ends only, quotes doubled inside quoted cells, no bare quote
// in an unquoted cell. Lines starting with "#" before a record are header
// lines (returned apart); a leading byte-order mark is dropped.

export interface ParsedCsv {
  /** Header lines without their "# ". */
  comments: string[];
  /** The header row. */
  header: string[];
  /** Every record after the header row. */
  rows: string[][];
}

export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const comments: string[] = [];
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '#') {
      const end = text.indexOf('\r\n', i);
      if (end < 0) throw new Error('header line without CRLF');
      const line = text.slice(i, end);
      if (!line.startsWith('# ')) throw new Error(`header line without "# ": ${line}`);
      if (records.length) throw new Error('header line after the table started');
      comments.push(line.slice(2));
      i = end + 2;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted cell');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`bare quote at ${i}`);
          cell += text[i++];
        }
      }
      record.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      if (i >= text.length) throw new Error('last line without CRLF');
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
    if (record.length === 1 && record[0] === '') throw new Error('blank line');
    records.push(record);
  }
  const [header = [], ...rows] = records;
  for (const row of rows) if (row.length !== header.length) throw new Error(`row of ${row.length} cells under ${header.length} columns`);
  return { comments, header, rows };
}

/** A numeric cell as a number; an empty cell as null; anything else fails the test. */
export function numberCell(cell: string | undefined): number | null {
  if (cell === undefined) throw new Error('no such cell');
  if (cell === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`not a plain number: ${JSON.stringify(cell)}`);
  return Number(cell);
}

/** The cells of one column, by its header. */
export function column(parsed: ParsedCsv, name: string | RegExp): string[] {
  const i = parsed.header.findIndex((h) => (typeof name === 'string' ? h === name : name.test(h)));
  if (i < 0) throw new Error(`no column ${String(name)} in ${parsed.header.join(' | ')}`);
  return parsed.rows.map((row) => row[i]!);
}
