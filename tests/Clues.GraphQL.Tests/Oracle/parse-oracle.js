// Test oracle only: reports what graphql-js (pinned in package.json) does with each document so the C#
// tests can compare parse success, error text/location and printed output. Nothing here ships.
// stdin: JSON array of {mode: "document"|"value"|"constValue"|"type", text}; stdout: JSON array of results.
'use strict';
const { parse, parseValue, parseConstValue, parseType, print } = require('graphql');

const parsers = { document: parse, value: parseValue, constValue: parseConstValue, type: parseType };

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ mode, text }) => {
    try {
      const node = parsers[mode](text);
      return { ok: true, printed: print(node) };
    } catch (error) {
      const location = error.locations && error.locations[0];
      return { ok: false, message: error.message, line: location ? location.line : 0, column: location ? location.column : 0 };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
