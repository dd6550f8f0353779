import type { BackupHeader } from './backupFormat';

/**
 * Builds a backup's JSON text from rows handed over chunk by chunk, so the caller can drop each
 * chunk of objects once it is written and never holds the whole database as objects and text at
 * once. The output is one JSON document: the header's fields, then `"tables": { name: [rows] }`.
 */
export class BackupTextBuilder {
  private readonly parts: string[] = [];
  private tableCount = 0;
  private rowsInTable = 0;
  private isTableOpen = false;

  constructor(header: BackupHeader) {
    const headerText = JSON.stringify(header);
    // Reopen the header object to append the tables as its last property.
    this.parts.push(`${headerText.slice(0, -1)},"tables":{`);
  }

  startTable(name: string): void {
    if (this.isTableOpen) this.endTable();
    this.parts.push(`${this.tableCount > 0 ? ',' : ''}\n${JSON.stringify(name)}:[`);
    this.tableCount += 1;
    this.rowsInTable = 0;
    this.isTableOpen = true;
  }

  addRows(rows: readonly unknown[]): void {
    if (!this.isTableOpen) throw new Error('addRows före startTable');
    for (const row of rows) {
      this.parts.push(`${this.rowsInTable > 0 ? ',' : ''}\n${JSON.stringify(row)}`);
      this.rowsInTable += 1;
    }
  }

  endTable(): void {
    if (!this.isTableOpen) return;
    this.parts.push(this.rowsInTable > 0 ? '\n]' : ']');
    this.isTableOpen = false;
  }

  /** The finished text; the builder's parts are released. */
  finish(): string {
    this.endTable();
    this.parts.push('\n}}\n');
    const text = this.parts.join('');
    this.parts.length = 0;
    return text;
  }
}
