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
