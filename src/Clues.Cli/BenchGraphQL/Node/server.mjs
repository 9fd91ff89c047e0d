// graphql-js peer for `clues bench graphql`: graphql-http's createHandler on a plain node:http server.
// The SDL, the fixed scalar answers and the item tree's shape come from the C# side as one JSON argument,
// so both servers are built from one definition. Prints {"port":N} on stdout once listening; exits when
// stdin closes, so a crashed parent never leaves it running.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};

let graphql;
let graphqlHttp;
try {
  graphql = await import('graphql');
  graphqlHttp = await import('graphql-http/lib/use/http');
} catch (e) {
  fail(`graphql or graphql-http is not installed (${e.message}): run npm ci --prefix src/Clues.Cli/BenchGraphQL/Node`);
}

const config = JSON.parse(process.argv[2] ?? 'null');
if (!config || typeof config.sdl !== 'string' || !Array.isArray(config.shape)) {
  fail('usage: node server.mjs \'{"sdl":"…","hello":"…","version":1,"now":"…","shape":[100,10,10]}\'');
}

// The same tree as BenchData.cs: level sizes from `shape`, ids are 1-based dotted paths ("3", "3.7", "3.7.2"),
// names are "Item " + id, the deepest level has no children. Built once, shared by every request.
const build = (prefix, level) => {
  if (level >= config.shape.length) {
    return [];
  }

  const items = [];
  for (let i = 1; i <= config.shape[level]; i++) {
    const id = prefix === '' ? `${i}` : `${prefix}.${i}`;
    items.push({ id, name: `Item ${id}`, children: build(id, level + 1) });
  }

  return items;
};
const top = build('', 0);

const rootValue = {
  hello: config.hello,
  version: config.version,
  now: config.now,
  items: ({ first }) => (first >= top.length ? top : top.slice(0, Math.max(0, first))),
};

const schema = graphql.buildSchema(config.sdl);
const handler = graphqlHttp.createHandler({ schema, rootValue });
const path = config.path ?? '/graphql';

const server = http.createServer((req, res) => {
  if (req.url === path || req.url.startsWith(`${path}?`)) {
    handler(req, res);
    return;
  }

  res.writeHead(404).end();
});

const graphqlHttpVersion = JSON.parse(readFileSync(new URL('./node_modules/graphql-http/package.json', import.meta.url), 'utf8')).version;

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, graphql: graphql.version, graphqlHttp: graphqlHttpVersion, node: process.version })}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
