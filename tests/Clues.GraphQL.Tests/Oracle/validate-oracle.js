// Test oracle only: reports which validation errors graphql-js (pinned in package.json) finds so the C#
// validation tests can compare messages and locations. Nothing here ships.
// stdin: JSON {schema: SDL, documents: [text], rules?: [graphql-js rule names]}; stdout: JSON array (one entry
// per document) of arrays of {message, locations: [[line, column]]}, or {syntaxError} when parsing fails.
'use strict';
const { buildSchema, parse, validate, specifiedRules } = require('graphql');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const schema = buildSchema(request.schema);
  const rules = request.rules ? specifiedRules.filter((rule) => request.rules.includes(rule.name)) : specifiedRules;
  const results = request.documents.map((text) => {
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return { syntaxError: error.message };
    }
    return validate(schema, document, rules).map((error) => ({
      message: error.message,
      locations: (error.locations || []).map((l) => [l.line, l.column]),
    }));
  });
  process.stdout.write(JSON.stringify(results));
});
