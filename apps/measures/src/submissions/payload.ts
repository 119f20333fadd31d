import { submissionPayloads, type Tx } from '@qms/db';

/** Characters per stored piece of a raw payload. */
const PIECE_CHARS = 1_000_000;

/**
 * Keeps a submission's raw payload as it is read, in ordered pieces of about a megabyte, so a
 * large upload is stored without ever being held whole. A dry run stores nothing.
 */
export class PayloadWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private sequence = 0;
  bytes = 0;

  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
    private readonly submissionId: string,
    private readonly store: boolean,
  ) {}

  append(text: string, bytes: number) {
    this.bytes += bytes;
    if (!this.store || text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
  }

  /** Writes the full pieces gathered so far; with `all`, the remainder too. */
  async flush(all = false): Promise<void> {
    if (!this.store || this.pendingChars === 0 || (!all && this.pendingChars < PIECE_CHARS)) return;
    let text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    const rows: { tenantId: string; submissionId: string; sequence: number; content: string }[] = [];
    while (text.length >= PIECE_CHARS || (all && text.length > 0)) {
      rows.push({
        tenantId: this.tenantId,
        submissionId: this.submissionId,
        sequence: this.sequence++,
        content: text.slice(0, PIECE_CHARS),
      });
      text = text.slice(PIECE_CHARS);
    }
    if (text.length > 0) {
      this.pending.push(text);
      this.pendingChars = text.length;
    }
    for (const row of rows) await this.tx.insert(submissionPayloads).values(row);
  }
}
