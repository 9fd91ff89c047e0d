// Kùzu peer for `clues bench graph`.
//
// Usage: node peer.mjs <dir>
//   <dir>/nodes.csv    id,sid,label,name  (dense INT64 ids, the store's string id, no header, RFC 4180 quoting)
//   <dir>/edges.csv    src,dst            (one line per relationship, stored direction)
//   <dir>/inputs.json  {"twoHop":[id…],"pairs":[[a,b]…],"names":[text…],"nodeLimit":n,"warmup":{same three}}
// Writes <dir>/result.json (and echoes it on stdout):
//   {"kuzuVersion","loadMs","queries":{"twoHop"|"twoHopCount"|"twoHopCountShortest"|"shortestPath"|
//     "shortestPathLengthOnly"|"nameSearch": {"p50","p99","latenciesMs":[…],"results":[…]} or {"error"}}}
//   or {"error": "..."} when the peer cannot run at all. A twoHop result is
//   {"taken":[sid…],"edges","degreeSum","omittedSum","total"}; every other result is a number or null.
// Progress goes to stderr. Every call is timed alone, around execute() plus fetching all rows (for
// twoHop: all the statements of the call together), so the figures compare with the C# peers, which
// also time one call at a time including reading results.

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
  await conn.query('CREATE NODE TABLE N(id INT64, sid STRING, label STRING, name STRING, PRIMARY KEY(id))');
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

  // The drawable 2-hop neighbourhood, as the Clues port builds it: the centre, then the nodes within
  // two hops by (BFS depth, string id) up to nodeLimit; per taken node its degree (relationships
  // incident to it, a self-loop once) and how many distinct neighbours were not taken; every
  // relationship between two taken nodes, each once; and how many nodes lie within two hops.
  // Three statements per call, timed together with fetching every row. The forms were chosen by
  // measuring on the city graph and by what Kùzu 0.11.3 survives: count(DISTINCT CASE …), UNION ALL
  // with list parameters, a list parameter used after UNWIND of itself and collect(CASE …) crash it,
  // OPTIONAL MATCH from a list-filtered scan is five times slower than MATCH, and UNWIND + primary-key
  // MATCH is slower still. The taken set goes back in as a list, twice ($t, $s) so no parameter is
  // bound twice.
  async function prepareNeighbourhood() {
    // SHORTEST gives one path per destination, so length(r) is the BFS depth and each node comes once.
    const reach = await prepare(
      'MATCH (a:N)-[r:E* SHORTEST 1..2]-(b:N) WHERE a.id = $a ' +
      'RETURN b.id AS id, b.sid AS sid, length(r) AS d ORDER BY d, sid');
    // An undirected match meets a self-loop twice (once from each end), hence loops2 / 2 below.
    const degrees = await prepare(
      'MATCH (u:N)-[r:E]-(v:N) WHERE list_contains($t, u.id) ' +
      'RETURN u.id AS id, u.sid AS sid, count(r) AS raw, count(CASE WHEN v.id = u.id THEN 1 END) AS loops2, ' +
      'count(DISTINCT v.id) AS neighbours');
    // Directed, so each relationship between two taken nodes (self-loops included) comes back once.
    const edges = await prepare(
      'MATCH (u:N)-[:E]->(v:N) WHERE list_contains($t, u.id) AND list_contains($s, v.id) ' +
      'RETURN u.id AS s, v.id AS e');
    // Only for a centre without relationships, which the degree statement cannot see.
    const centre = await prepare('MATCH (a:N) WHERE a.id = $a RETURN a.sid AS sid');

    return async (a) => {
      const reached = await run(reach, { a });
      const inner = reached.slice(0, nodeLimit - 1);
      const ids = [a, ...inner.map((row) => toInt(row.id))];
      const degreeRows = await run(degrees, { t: ids });
      const edgeRows = await run(edges, { t: ids, s: ids });

      // Omitted neighbours = distinct neighbours − distinct taken neighbours. The taken ones are read
      // off the relationship rows already fetched (a pair once, whichever way and however often).
      const takenNeighbours = new Map();
      const pairs = new Set();
      for (const row of edgeRows) {
        const s = toInt(row.s);
        const e = toInt(row.e);
        const key = s < e ? `${s},${e}` : `${e},${s}`;
        if (pairs.has(key)) continue;
        pairs.add(key);
        takenNeighbours.set(s, (takenNeighbours.get(s) ?? 0) + 1);
        if (e !== s) takenNeighbours.set(e, (takenNeighbours.get(e) ?? 0) + 1);
      }

      const sidOf = new Map();
      let degreeSum = 0;
      let omittedSum = 0;
      for (const row of degreeRows) {
        const id = toInt(row.id);
        sidOf.set(id, row.sid);
        degreeSum += toInt(row.raw) - toInt(row.loops2) / 2;
        omittedSum += toInt(row.neighbours) - (takenNeighbours.get(id) ?? 0);
      }

      // Every taken node but the centre was reached over a relationship, so only the centre can be missing.
      if (!sidOf.has(a)) {
        const rows = await run(centre, { a });
        sidOf.set(a, rows[0].sid);
      }

      if (sidOf.size !== ids.length) {
        throw new Error(`${ids.length} nodes were taken but ${sidOf.size} came back with degrees`);
      }

      return {
        taken: [sidOf.get(a), ...inner.map((row) => row.sid)],
        edges: edgeRows.length,
        degreeSum,
        omittedSum,
        total: reached.length,
      };
    };
  }

  // Undirected 1..2-hop walks from a; DISTINCT b with b <> a counts each node at distance 1 or 2
  // once, however many walks (parallel edges, self-loops, back-and-forth) reach it.
  const twoHopCountCypher =
    'MATCH (a:N)-[:E*1..2]-(b:N) WHERE a.id = $a AND b.id <> $a RETURN count(DISTINCT b) AS n';
  // The same count from one shortest path per destination (a breadth-first search instead of every
  // walk); measured beside the walk form because it is much faster and just as exact.
  const twoHopCountShortestCypher =
    'MATCH (a:N)-[:E* SHORTEST 1..2]-(b:N) WHERE a.id = $a RETURN count(*) AS n';
  // SHORTEST returns one path of the fewest hops; nodes(e) lists the nodes between the ends.
  const pathCypher =
    'MATCH (a:N)-[e:E* SHORTEST 1..6]-(b:N) WHERE a.id = $a AND b.id = $b ' +
    "RETURN length(e) AS len, properties(nodes(e), 'id') AS via LIMIT 1";
  const pathLengthCypher =
    'MATCH (a:N)-[e:E* SHORTEST 1..6]-(b:N) WHERE a.id = $a AND b.id = $b RETURN length(e) AS len LIMIT 1';
  const nameCypher = 'MATCH (n:N) WHERE n.name CONTAINS $q RETURN n.id AS id, n.name AS name LIMIT 20';

  const nodeLimit = inputs.nodeLimit;
  if (!Number.isInteger(nodeLimit) || nodeLimit < 1) {
    throw new Error(`inputs.json must give nodeLimit as a whole number of at least 1, not ${nodeLimit}`);
  }

  const neighbourhood = await prepareNeighbourhood();

  const kinds = {
    twoHop: {
      call: neighbourhood,
      inputs: inputs.twoHop,
      warmup: inputs.warmup.twoHop,
    },
    twoHopCount: {
      cypher: twoHopCountCypher,
      inputs: inputs.twoHop,
      warmup: inputs.warmup.twoHop,
      params: (a) => ({ a }),
      answer: (rows) => toInt(rows[0].n),
    },
    twoHopCountShortest: {
      cypher: twoHopCountShortestCypher,
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
      // A kind is either one prepared statement or a call of several (twoHop); both are timed whole.
      let call = kind.call;
      if (!call) {
        const statement = await prepare(kind.cypher);
        call = async (input) => kind.answer(await run(statement, kind.params(input)));
      }

      log(`warming up ${name} (${kind.warmup.length} calls)`);
      for (const input of kind.warmup) {
        await call(input);
      }

      log(`timing ${name} ×${kind.inputs.length}`);
      const latenciesMs = new Array(kind.inputs.length);
      const results = new Array(kind.inputs.length);
      for (let i = 0; i < kind.inputs.length; i++) {
        const start = process.hrtime.bigint();
        results[i] = await call(kind.inputs[i]);
        latenciesMs[i] = Number(process.hrtime.bigint() - start) / 1e6;
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
