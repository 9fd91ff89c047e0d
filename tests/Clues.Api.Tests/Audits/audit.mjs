// Runs the graphql-http server audits against a running GraphQL endpoint and prints the results as JSON.
// Usage: node audit.mjs <endpoint url>
// Output (stdout): {"total":61,"counts":{"ok":..,"error":..,"warn":..,"notice":..},"results":[{id,name,status,reason,httpStatus}]}
// error = a MUST that failed, warn = a SHOULD that failed, notice = a MAY not done.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  let httpStatus = null;
  let body = null;
  if (result.status !== 'ok' && result.response) {
    httpStatus = result.response.status;
    try {
      body = (await result.response.text()).slice(0, 500);
    } catch {
      body = null;
    }
  }

  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null, httpStatus, body });
}

const counts = { ok: 0, error: 0, warn: 0, notice: 0 };
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
}

for (const r of results.filter((r) => r.status !== 'ok')) {
  console.error(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason ?? ''} (HTTP ${r.httpStatus})`);
}

console.error(`graphql-http audits: ${results.length} run; ok ${counts.ok}, MUST failed ${counts.error}, SHOULD failed ${counts.warn}, MAY not done ${counts.notice}`);
console.log(JSON.stringify({ total: results.length, counts, results }));
