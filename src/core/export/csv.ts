// A DataTable as a CSV file a reader opens in a spreadsheet or reads with a
// script. Pure: no DOM.
//
// The file:
// - starts with a UTF-8 byte-order mark (U+FEFF), so Excel reads accented
//   names and the "–" in units right (pass `{ bom: false }` to leave it out);
// - then header lines, each starting "# ": the title, each source (version,
//   licence, link, credit, citation) and the notes. Spreadsheets show them as
//   text rows above the table; scripts skip them (pandas `comment="#"`, R
//   `comment.char = "#"`, d3-dsv after dropping lines that start with "#");
// - then one header row (every column named) and one row per record, with no
//   blank lines anywhere;
// - ends every line with CRLF, as RFC 4180 says (every spreadsheet and CSV
//   reader accepts it), the last one included.
//
// Cells follow RFC 4180: a cell with a comma, a double quote, a line break,
// a leading or trailing space, or a leading "#" (which a script would take
// for a header line) is put in double quotes, its quotes doubled. Numbers are
// written as JavaScript's shortest round-trip form, never in exponent form:
// no thousands separators, "." as the decimal point, every digit the data
// has; a number that is not finite, and null, is an empty cell. Text that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return, also after spaces or in their full-width forms) gets a
// leading apostrophe ("'=1+2"), which shows the text as written; numbers are
// never touched.
import type { DataCell, DataTable } from './data-table.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true, for Excel). */
  bom?: boolean;
  /** The header lines' labels in the reader's language (the download menu passes the chart's); English by default. */
  labels?: Partial<CsvLabels>;
}

/** The words of the header lines; `column` names a column that has none (`{n}` is its number). */
export const CSV_LABELS = {
  title: 'Title',
  source: 'Source',
  version: 'Version',
  licence: 'Licence',
  link: 'Link',
  credit: 'Credit',
  citeAs: 'Cite as',
  note: 'Note',
  column: 'Column {n}',
};

export type CsvLabels = typeof CSV_LABELS;

export const CSV_LINE_END = '\r\n';
export const CSV_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/** A cell a spreadsheet would evaluate: = + - @ (also full-width), tab or CR first, perhaps after spaces. */
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NEEDS_QUOTES = /[",\r\n]|^[\s#]|\s$/;

/** A number as plain decimal digits: shortest round-trip form, exponent spelled out; '' when not finite. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Text for a cell: quoted where RFC 4180 needs it, with a formula start disarmed. */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One cell of any value a table may hold (garbage included): numbers unformatted, text guarded, nothing empty. */
export function csvCell(value: DataCell | undefined | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'string') return csvText(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return '';
}

/** A header line's text on one line: breaks and runs of spaces become one space; a cell a spreadsheet splits off at a comma cannot start a formula. */
function commentText(text: unknown): string {
  const line = String(text ?? '').replace(/\s+/g, ' ').trim();
  return line.replace(/,(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g, ', ');
}

function headerLines(table: DataTable, label: CsvLabels): string[] {
  const lines = [`${label.title}: ${commentText(table.title)}`];
  for (const source of Array.isArray(table.sources) ? table.sources : []) {
    if (!source) continue;
    lines.push(`${label.source}: ${commentText(source.title)}${source.publisher ? ` (${commentText(source.publisher)})` : ''}`);
    if (source.version) lines.push(`  ${label.version}: ${commentText(source.version)}`);
    if (source.licence) lines.push(`  ${label.licence}: ${commentText(source.licence)}`);
    if (source.url) lines.push(`  ${label.link}: ${commentText(source.url)}`);
    if (source.credit) lines.push(`  ${label.credit}: ${commentText(source.credit)}`);
    if (source.citation) lines.push(`  ${label.citeAs}: ${commentText(source.citation)}`);
  }
  for (const note of Array.isArray(table.notes) ? table.notes : []) {
    const text = commentText(note);
    if (text) lines.push(`${label.note}: ${text}`);
  }
  return lines.map((line) => `# ${line}`);
}

/** The labels to use: each given one that is text with something in it (one line), else English. */
function labelsOf(given: Partial<CsvLabels> | undefined): CsvLabels {
  const labels = { ...CSV_LABELS };
  for (const key of Object.keys(labels) as (keyof CsvLabels)[]) {
    const text = commentText(given?.[key]);
    if (given && typeof given[key] === 'string' && text) labels[key] = text;
  }
  return labels;
}

/** The table as CSV text (see the top of this file for the format). */
export function toCsv(table: DataTable, options: CsvOptions = {}): string {
  const label = labelsOf(options.labels);
  const columns = Array.isArray(table.columns) ? table.columns : [];
  const names = columns.map((column, i) => {
    const name = commentText(column?.name);
    return name || label.column.replace('{n}', String(i + 1));
  });
  const lines = [...headerLines(table, label), names.map(csvText).join(',')];
  for (const row of Array.isArray(table.rows) ? table.rows : []) {
    const cells = Array.isArray(row) ? row : [];
    const width = Math.max(names.length, cells.length);
    const out: string[] = [];
    for (let i = 0; i < width; i++) out.push(csvCell(cells[i]));
    lines.push(out.join(','));
  }
  return `${options.bom === false ? '' : CSV_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`;
}

/**
 * A file name's stem from its parts: lower case, letters, digits and hyphens
 * only (accents dropped), at most 120 characters; `fallback` when nothing is
 * left. The Download menu names every file with it.
 */
export function fileStem(parts: readonly unknown[], fallback: string): string {
  const stem = parts
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
    .map((v) =>
      String(v)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/-+$/, '');
  return stem || fallback;
}

/**
 * A file name for the download: the tag without its "rights-" prefix and the
 * settings that make this table what it is: `csvFileName('rights-democracy-map',
 * { metric: 'polyarchy', year: 2024 })` is "democracy-map-polyarchy-2024.csv".
 * Empty settings are left out.
 */
export function csvFileName(tag: string, attributes: Record<string, unknown> | readonly unknown[] = {}): string {
  const values = Array.isArray(attributes) ? attributes : Object.values(attributes);
  return `${fileStem([String(tag ?? '').replace(/^rights-/i, ''), ...values], 'data')}.csv`;
}
