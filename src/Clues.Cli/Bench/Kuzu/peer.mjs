// Kùzu peer for `clues bench graph`.
//
// Usage: node peer.mjs <dir>
//   <dir>/nodes.csv    id,label,name   (dense INT64 ids, no header, RFC 4180 quoting)
//   <dir>/edges.csv    src,dst         (one line per relationship, stored direction)
//   <dir>/inputs.json  {"twoHop":[id…],"pairs":[[a,b]…],"names":[text…],"warmup":{same three}}
// Writes <dir>/result.json (and echoes it on stdout):
//   {"kuzuVersion","loadMs","queries":{"twoHop"|"shortestPath"|"shortestPathLengthOnly"|"nameSearch":
//     {"p50","p99","latenciesMs":[…],"results":[…]} or {"error"}}}
//   or {"error": "..."} when the peer cannot run at all.
// Progress goes to stderr. Every call is timed alone, around execute() plus fetching all rows, so the
// figures compare with the C# peers, which also time one call at a time including reading results.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];

async function finish(result) {
  const text = JSON.stringify(result);
  if (dir) {
    await writeFile(path.join(dir, 'result.json'), text);
  }
  process.stdout.write(text + '\n');
}

function log(message) {
  process.stderr.write(`kuzu: ${message}\n`);
}

// Nearest rank, the same rule as LatencyStats.cs: sample number ceil(p*n/100), counted from 1.
function percentile(sortedMs, p) {
  if (sortedMs.length === 0) return null;
  const rank = Math.ceil((p * sortedMs.length) / 100);
  return sortedMs[Math.min(Math.max(rank, 1), sortedMs.length) - 1];
}

// Kùzu hands INT64 back as a number when it fits, but be ready for a bigint.
function toInt(value) {
  if (value === null || value === undefined) return null;
  return typeof value === 'bigint' ? Number(value) : value;
}

// A Cypher string literal for a file path (COPY FROM does not take parameters).
function quotePath(p) {
  return "'" + p.replaceAll('\\', '/').replaceAll("'", "\\'") + "'";
}

async function main() {
  if (!dir) {
    await finish({ error: 'usage: node peer.mjs <dir> (the folder holding nodes.csv, edges.csv and inputs.json)' });
    process.exitCode = 2;
    return;
  }

  let kuzu;
  try {
    kuzu = (await import('kuzu')).default;
  } catch (e) {
    await finish({ error: `kuzu is not installed: run npm ci --prefix src/Clues.Cli/Bench/Kuzu (${e.message})` });
    process.exitCode = 3;
    return;
  }

  const inputs = JSON.parse(await readFile(path.join(dir, 'inputs.json'), 'utf8'));

  // In memory: the fastest Kùzu can be, and nothing left on disk after the run.
  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  const loadStart = process.hrtime.bigint();
  await conn.query('CREATE NODE TABLE N(id INT64, label STRING, name STRING, PRIMARY KEY(id))');
  await conn.query('CREATE REL TABLE E(FROM N TO N)');
  await conn.query(`COPY N FROM ${quotePath(path.join(dir, 'nodes.csv'))} (HEADER=false)`);
  await conn.query(`COPY E FROM ${quotePath(path.join(dir, 'edges.csv'))} (HEADER=false)`);
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  log(`loaded in ${loadMs.toFixed(0)} ms`);

  async function prepare(cypher) {
    const statement = await conn.prepare(cypher);
    if (!statement.isSuccess()) {
      throw new Error(`Kùzu refused the query: ${statement.getErrorMessage()}\n${cypher}`);
    }
    return statement;
  }

  async function run(statement, params) {
    const result = await conn.execute(statement, params);
    const rows = await result.getAll();
    result.close();
    return rows;
  }

  // Undirected 1..2-hop walks from a; DISTINCT b with b <> a counts each node at distance 1 or 2
  // once, however many walks (parallel edges, self-loops, back-and-forth) reach it.
  const twoHopCypher =
    'MATCH (a:N)-[:E*1..2]-(b:N) WHERE a.id = $a AND b.id <> $a RETURN count(DISTINCT b) AS n';
  // SHORTEST returns one path of the fewest hops; nodes(e) lists the nodes between the ends.
  const pathCypher =
    'MATCH (a:N)-[e:E* SHORTEST 1..6]-(b:N) WHERE a.id = $a AND b.id = $b ' +
    "RETURN length(e) AS len, properties(nodes(e), 'id') AS via LIMIT 1";
  const pathLengthCypher =
    'MATCH (a:N)-[e:E* SHORTEST 1..6]-(b:N) WHERE a.id = $a AND b.id = $b RETURN length(e) AS len LIMIT 1';
  const nameCypher = 'MATCH (n:N) WHERE n.name CONTAINS $q RETURN n.id AS id, n.name AS name LIMIT 20';

  const kinds = {
    twoHop: {
      cypher: twoHopCypher,
      inputs: inputs.twoHop,
      warmup: inputs.warmup.twoHop,
      params: (a) => ({ a }),
      answer: (rows) => toInt(rows[0].n),
    },
    shortestPath: {
      cypher: pathCypher,
      inputs: inputs.pairs,
      warmup: inputs.warmup.pairs,
      params: ([a, b]) => ({ a, b }),
      answer: (rows) => {
        if (rows.length === 0) return null;
        const len = toInt(rows[0].len);
        if (rows[0].via.length !== len - 1) {
          throw new Error(`path of length ${len} came back with ${rows[0].via.length} inner nodes`);
        }
        return len;
      },
    },
    shortestPathLengthOnly: {
      cypher: pathLengthCypher,
      inputs: inputs.pairs,
      warmup: inputs.warmup.pairs,
      params: ([a, b]) => ({ a, b }),
      answer: (rows) => (rows.length === 0 ? null : toInt(rows[0].len)),
    },
    nameSearch: {
      cypher: nameCypher,
      inputs: inputs.names,
      warmup: inputs.warmup.names,
      params: (q) => ({ q }),
      answer: (rows) => rows.length,
    },
  };

  const queries = {};
  for (const [name, kind] of Object.entries(kinds)) {
    try {
      const statement = await prepare(kind.cypher);
      log(`warming up ${name} (${kind.warmup.length} calls)`);
      for (const input of kind.warmup) {
        await run(statement, kind.params(input));
      }

      log(`timing ${name} ×${kind.inputs.length}`);
      const latenciesMs = new Array(kind.inputs.length);
      const results = new Array(kind.inputs.length);
      for (let i = 0; i < kind.inputs.length; i++) {
        const params = kind.params(kind.inputs[i]);
        const start = process.hrtime.bigint();
        const rows = await run(statement, params);
        latenciesMs[i] = Number(process.hrtime.bigint() - start) / 1e6;
        results[i] = kind.answer(rows);
      }

      const sorted = [...latenciesMs].sort((x, y) => x - y);
      queries[name] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), latenciesMs, results };
    } catch (e) {
      queries[name] = { error: `${name} failed in Kùzu: ${e.message}` };
    }
  }

  await conn.close();
  await db.close();
  await finish({ kuzuVersion: kuzu.VERSION, loadMs, queries });
}

try {
  await main();
} catch (e) {
  await finish({ error: `the Kùzu peer failed: ${e.message}` });
  process.exitCode = 1;
}
