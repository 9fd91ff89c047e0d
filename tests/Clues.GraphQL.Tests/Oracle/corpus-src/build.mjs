// Regenerates ../corpus/*.jsonl from the topic modules here. Run: node corpus-src/build.mjs (from the Oracle
// folder). The JSONL files are what the differential test reads; commit both.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import coercion from './coercion.mjs';
import excluded from './excluded.mjs';
import execution from './execution.mjs';
import introspection from './introspection.mjs';
import parse from './parse.mjs';
import validation from './validation.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'corpus');
mkdirSync(out, { recursive: true });

const topics = { parse, validation, coercion, execution, introspection, excluded };
const seen = new Set();
let total = 0;
for (const [topic, cases] of Object.entries(topics)) {
  for (const testCase of cases) {
    if (seen.has(testCase.id)) {
      throw new Error(`Duplicate case id ${testCase.id}`);
    }
    seen.add(testCase.id);
  }
  writeFileSync(join(out, `${topic}.jsonl`), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  console.log(`${topic}: ${cases.length}`);
  total += cases.length;
}
console.log(`total: ${total}`);
