import { ProblemError } from '@qms/platform';
import { CsvError, parse } from 'csv-parse';
import type { SubmissionRow } from './ingest.js';
import type { RawRow } from './row-rules.js';
import { CSV_COLUMNS } from './submissions.schemas.js';

const REQUIRED = ['measureId', 'period', 'status'] as const;

const malformed = (detail: string) =>
  new ProblemError('validation-error', detail, { errors: [{ pointer: '/body', detail }] });

function columnsOf(header: string[]): (keyof RawRow | undefined)[] {
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw malformed(`Unknown CSV column(s) ${unknown.join(', ')}; the columns are ${CSV_COLUMNS.join(',')}`);
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) throw malformed(`The CSV header lacks the column(s) ${missing.join(', ')}`);
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) throw malformed(`The CSV header repeats ${repeated.join(', ')}`);
  return header as (keyof RawRow)[];
}

/**
 * Reads a CSV body as it streams in, in chunks of `chunkRows` data rows. Every piece of text read
 * is passed to `onText` first (to keep the raw payload). Memory is bounded by the chunk size and
 * the stream's buffers, whatever the size of the body.
 */
export async function* csvChunks(
  body: ReadableStream<Uint8Array>,
  chunkRows: number,
  onText: (text: string, bytes: number) => void,
): AsyncGenerator<SubmissionRow[]> {
  const parser = parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true });
  const decoder = new TextDecoder('utf-8');
  const reader = body.getReader();
  const waitForDrain = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        parser.off('drain', done);
        parser.off('close', done);
        resolve();
      };
      parser.on('drain', done);
      parser.on('close', done);
    });
  const feeding = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (parser.destroyed) return;
        const text = decoder.decode(value, { stream: true });
        onText(text, value.byteLength);
        if (!parser.write(text)) await waitForDrain();
      }
      const tail = decoder.decode();
      if (tail) {
        onText(tail, 0);
        parser.write(tail);
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  let fed = false;
  void feeding.then(() => {
    fed = true;
  });
  let columns: (keyof RawRow | undefined)[] | undefined;
  let chunk: SubmissionRow[] = [];
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!columns) {
        columns = columnsOf(record);
        continue;
      }
      row += 1;
      const raw: RawRow = {};
      for (let index = 0; index < columns.length; index++) {
        const name = columns[index];
        if (name) raw[name] = record[index];
      }
      chunk.push(
        record.length === columns.length
          ? { row, raw }
          : {
              row,
              raw,
              problem: {
                field: 'row',
                reason: `has ${record.length} fields; the header has ${columns.length}`,
              },
            },
      );
      if (chunk.length >= chunkRows) {
        yield chunk;
        chunk = [];
      }
    }
  } catch (error) {
    // Any parse error is the body's: csv-parse's codes do not all start with CSV_ (INVALID_OPENING_QUOTE).
    if (error instanceof CsvError || (error as CsvError).code?.startsWith('CSV_'))
      throw malformed(`The CSV is malformed: ${(error as Error).message}`);
    throw error;
  } finally {
    if (!parser.destroyed) parser.destroy();
    // Stopped early (an error): discard the rest of the body rather than wait for it.
    if (!fed) await reader.cancel().catch(() => {});
    await feeding.catch(() => {});
  }
  if (!columns) throw malformed('The CSV body is empty: send a header line and data rows');
  if (chunk.length > 0) yield chunk;
}
