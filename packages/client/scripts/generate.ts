// Generates src/schema.d.ts from openapi/openapi.json (--check fails when it is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../../../openapi/openapi.json', import.meta.url);
const target = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));
const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')));
const generated = `// Generated from openapi/openapi.json by \`pnpm --filter @qms/client generate\`. Do not edit.\n${astToString(ast)}`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== generated) {
    console.error('packages/client/src/schema.d.ts is out of date: run `pnpm openapi`.');
    process.exit(1);
  }
  console.log('client types match openapi/openapi.json.');
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
