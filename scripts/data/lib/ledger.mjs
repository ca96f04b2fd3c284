// Row accounting: every raw row is either used or excluded with a reason,
// and the totals must add up before a dataset may be written.
export class RowLedger {
  constructor(file) {
    this.file = file.path;
    this.sha256 = file.sha256;
    this.rowsIn = 0;
    this.rowsUsed = 0;
    this.excluded = new Map();
  }

  seen(count = 1) {
    this.rowsIn += count;
  }

  used(count = 1) {
    this.rowsUsed += count;
  }

  exclude(reason, example) {
    const entry = this.excluded.get(reason) ?? { reason, rows: 0, examples: [] };
    entry.rows += 1;
    if (example !== undefined && entry.examples.length < 5 && !entry.examples.includes(example)) {
      entry.examples.push(example);
    }
    this.excluded.set(reason, entry);
  }

  toJSON() {
    const excluded = [...this.excluded.values()].sort((a, b) => a.reason.localeCompare(b.reason));
    const excludedRows = excluded.reduce((sum, entry) => sum + entry.rows, 0);
    if (this.rowsUsed + excludedRows !== this.rowsIn) {
      throw new Error(
        `${this.file}: ${this.rowsIn} rows read but ${this.rowsUsed} used + ${excludedRows} excluded`,
      );
    }
    return {
      path: this.file,
      sha256: this.sha256,
      rowsIn: this.rowsIn,
      rowsUsed: this.rowsUsed,
      rowsExcluded: excludedRows,
      excluded,
    };
  }
}

/** A row left out, with the reason and an example (an id or name) for the ledger: what an eachRow visitor returns for it. */
class Skip {
  constructor(reason, example) {
    this.reason = reason;
    this.example = example;
  }
}

export const skip = (reason, example) => new Skip(reason, example);

/**
 * The loop of every builder: visits the rows of a raw file (`rows`, by default the CSV rows of a
 * readRawCsv() result) and accounts for each in the file's RowLedger, which it returns.
 * `visit(row)` returns `skip(reason, example)` to leave the row out, or nothing to use it.
 */
export function eachRow(file, visit, rows = file.rows) {
  const ledger = new RowLedger(file);
  for (const row of rows) {
    ledger.seen();
    const result = visit(row);
    if (result instanceof Skip) ledger.exclude(result.reason, result.example);
    else if (result === undefined) ledger.used();
    else throw new Error(`${file.path}: a row visitor returns skip(reason, example) or nothing`);
  }
  return ledger;
}
