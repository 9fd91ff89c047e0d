// Reads {"labels": [...], "relationshipTypes": [...], "statements": [{"name", "text", "parameters": [...]}]}
// on stdin and prints one JSON line per statement: {"name", "diagnostics": [{"severity", "message", "offset"}]}.
// Severity 1 is an error, 2 a warning (LSP numbering). Parameters are declared per statement, so a
// statement that reads a parameter its code does not send is an error.
'use strict';
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  for (const statement of request.statements) {
    const parameters = Object.fromEntries(statement.parameters.map((p) => [p, null]));
    const schema = {
      labels: request.labels,
      relationshipTypes: request.relationshipTypes,
      parameters,
    };
    const diagnostics = lintCypherQuery(statement.text, schema).map((d) => ({
      severity: d.severity,
      message: d.message,
      offset: d.offsets ? d.offsets.start : null,
    }));
    process.stdout.write(JSON.stringify({ name: statement.name, diagnostics }) + '\n');
  }
});
