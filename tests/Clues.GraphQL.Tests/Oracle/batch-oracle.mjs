// Test oracle only: runs conformance cases through graphql-js (pinned in package.json) with the same root-data
// conventions as `clues graphql batch`, so the differential test can compare the two engines case by case.
// Nothing here ships. stdin: JSONL cases {id, sdl, query, root, variables, operationName}; stdout: one JSONL
// result per case {id, phase, errors: [{message, locations, path}], data?}.
//
// Conventions (keep in step with src/Clues.Cli/GraphQLBatch/CaseResolvers.cs):
// - a field's value is the parent object's own property named like the field (never the alias); missing → null;
// - {"$error": "msg"} makes the resolver throw with that message;
// - {"$byArgs": [{"args": {...}, "value": ...}]} picks the first value whose args deep-equal the coerced
//   arguments (else null); the picked value is read by the same conventions;
// - list items are taken as they are; abstract types resolve from a "__typename" property;
// - scalars declared in the SDL pass values through (buildSchema's custom scalars already do).
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { buildSchema, execute, parse, specifiedRules, validate, validateSchema } from 'graphql';

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepEqual(a, b) {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

function interpret(value, args) {
  if (!isObject(value)) {
    return value === undefined ? null : value;
  }
  if (hasOwn(value, '$error')) {
    throw new Error(String(value.$error));
  }
  if (hasOwn(value, '$byArgs')) {
    const choices = Array.isArray(value.$byArgs) ? value.$byArgs : [];
    const match = choices.find((choice) => isObject(choice) && deepEqual(isObject(choice.args) ? choice.args : {}, args));
    return match === undefined ? null : interpret(match.value, args);
  }
  return value;
}

function fieldResolver(source, args, _context, info) {
  const raw = isObject(source) && hasOwn(source, info.fieldName) ? source[info.fieldName] : null;
  // graphql-js builds args with a null prototype in some paths; compare on a plain copy.
  return interpret(raw, JSON.parse(JSON.stringify(args)));
}

function typeResolver(value) {
  return isObject(value) && typeof value.__typename === 'string' ? value.__typename : undefined;
}

function errorJson(error) {
  return {
    message: error.message,
    locations: error.locations ? error.locations.map(({ line, column }) => ({ line, column })) : [],
    path: error.path ? [...error.path] : null,
  };
}

const schemaCache = new Map();

function schemaFor(sdl) {
  let entry = schemaCache.get(sdl);
  if (entry === undefined) {
    try {
      const schema = buildSchema(sdl);
      const problems = validateSchema(schema);
      entry = problems.length > 0 ? { errors: problems.map(errorJson) } : { schema };
    } catch (error) {
      entry = { errors: [errorJson(error)] };
    }
    if (schemaCache.size > 256) {
      schemaCache.clear();
    }
    schemaCache.set(sdl, entry);
  }
  return entry;
}

async function runCase(line, lineNumber) {
  let testCase;
  try {
    testCase = JSON.parse(line);
  } catch (error) {
    return { id: null, phase: 'input', errors: [{ message: `Line ${lineNumber} is not JSON: ${error.message}`, locations: [], path: null }] };
  }
  const id = isObject(testCase) && hasOwn(testCase, 'id') ? testCase.id : null;
  if (!isObject(testCase) || typeof testCase.sdl !== 'string' || typeof testCase.query !== 'string') {
    return { id, phase: 'input', errors: [{ message: `Line ${lineNumber} needs string "sdl" and "query" properties.`, locations: [], path: null }] };
  }

  const { schema, errors: schemaErrors } = schemaFor(testCase.sdl);
  if (schemaErrors) {
    return { id, phase: 'schema', errors: schemaErrors };
  }

  let document;
  try {
    document = parse(testCase.query);
  } catch (error) {
    return { id, phase: 'parse', errors: [errorJson(error)] };
  }

  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length > 0) {
    return { id, phase: 'validate', errors: validationErrors.map(errorJson) };
  }

  const result = await execute({
    schema,
    document,
    rootValue: testCase.root ?? null,
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
    fieldResolver,
    typeResolver,
  });
  const output = { id, phase: 'execute', errors: (result.errors ?? []).map(errorJson) };
  if (hasOwn(result, 'data')) {
    output.data = result.data ?? null;
  }
  return output;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
for await (const line of lines) {
  lineNumber++;
  if (line.trim() === '') {
    continue;
  }
  let output;
  try {
    output = await runCase(line, lineNumber);
  } catch (error) {
    // graphql-js itself failing (e.g. RangeError on pathological recursion) is reported, and the batch goes on.
    let id = null;
    try {
      id = JSON.parse(line).id ?? null;
    } catch {
      // Not JSON: runCase reports that itself, so this cannot happen; keep id null.
    }
    output = { id, phase: 'crash', errors: [{ message: `graphql-js threw on line ${lineNumber}: ${error}`, locations: [], path: null }] };
  }
  if (!process.stdout.write(JSON.stringify(output) + '\n')) {
    await once(process.stdout, 'drain');
  }
}
