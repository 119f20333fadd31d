import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/funnel/', import.meta.url));

/** Split CSV text into records of fields, honouring double quotes (commas and line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      // A header cell in one reference file is split by a line break inside quotes; drop it.
      else if (c !== '\n' && c !== '\r') field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field.trim());
      field = '';
    } else if (c === '\n') {
      record.push(field.trim());
      if (record.some((cell) => cell.length > 0)) records.push(record);
      record = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  record.push(field.trim());
  if (record.some((cell) => cell.length > 0)) records.push(record);
  return records;
}

export function readCsv(relativePath: string): Record<string, string>[] {
  const text = readFileSync(FIXTURES + relativePath, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...body] = parseCsv(text);
  if (header === undefined) return [];
  return body.map((cells) => {
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = cells[i] ?? '';
    });
    return row;
  });
}

export function num(row: Record<string, string>, column: string): number {
  const raw = row[column];
  if (raw === undefined || raw === '') throw new Error(`missing column ${column}`);
  return Number(raw);
}

export function str(row: Record<string, string>, column: string): string {
  const raw = row[column];
  if (raw === undefined) throw new Error(`missing column ${column}`);
  return raw;
}
