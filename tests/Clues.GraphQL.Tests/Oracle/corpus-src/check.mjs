// Authoring aid: runs the oracle over the corpus and lists cases whose phase differs from the author's
// "expect", so a case that tests the wrong thing is caught before it lands. Run from the Oracle folder:
//   cat corpus/*.jsonl | node batch-oracle.mjs > /tmp/oracle.jsonl && node corpus-src/check.mjs /tmp/oracle.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const expected = new Map();
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(corpus, file), 'utf8').split('\n').filter(Boolean)) {
    const c = JSON.parse(line);
    expected.set(c.id, c.expect);
  }
}
let bad = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  const want = expected.get(r.id);
  if (want && want !== r.phase) {
    bad++;
    console.log(`${r.id}: expected ${want}, oracle ${r.phase}: ${r.errors.map((e) => e.message).join(' | ')}`);
  }
}
console.log(`${expected.size} cases, ${bad} unexpected phases`);
