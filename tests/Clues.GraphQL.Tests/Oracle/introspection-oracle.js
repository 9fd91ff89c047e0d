// Test oracle only: builds a schema from SDL with graphql-js (pinned in package.json) and prints the full
// introspection query (getIntrospectionQuery with every option) plus graphql-js's result for it, so the C#
// engine can run the same query and be compared with it. Nothing here ships.
// stdin: SDL text; stdout: JSON {query, result}.
'use strict';
const { buildSchema, executeSync, getIntrospectionQuery, parse } = require('graphql');

let sdl = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { sdl += chunk; });
process.stdin.on('end', () => {
  const options = {
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  };
  const schema = buildSchema(sdl);
  const query = getIntrospectionQuery(options);
  const result = executeSync({ schema, document: parse(query) });
  process.stdout.write(JSON.stringify({ query, result }));
});
