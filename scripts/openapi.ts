/**
 * `npm run openapi [-- <file>]`: writes the API's OpenAPI 3.1 document (what `GET /v1/openapi.json` answers) to a
 * file, `openapi.json` by default.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiDocument } from '../functions/src/features/system/openapi/document';

const out = resolve(process.argv[2] ?? 'openapi.json');
const version = (JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string })
  .version;
writeFileSync(out, `${JSON.stringify(openApiDocument(version), null, 2)}\n`);
process.stdout.write(`OpenAPI 3.1 document written to ${out}\n`);
