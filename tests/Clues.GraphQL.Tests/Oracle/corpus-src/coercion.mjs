// Input coercion of arguments (literals and variables) and result coercion of leaf values, on INPUTS.
// A field answers "matched" only when the engine's coerced arguments deep-equal the expected ones, so a wrong
// coercion shows up as data null rather than as a message difference.
import { INPUTS } from './schemas.mjs';

const cases = [];
const byArgs = (field, args) => ({ [field]: { $byArgs: [{ args, value: 'matched' }] } });

// [name, field, literal (or null for no argument), expected coerced args]
const literalOk = [
  ['int-zero', 'int', '0', { v: 0 }],
  ['int-negative', 'int', '-5', { v: -5 }],
  ['int-max', 'int', '2147483647', { v: 2147483647 }],
  ['int-min', 'int', '-2147483648', { v: -2147483648 }],
  ['int-null', 'int', 'null', { v: null }],
  ['int-absent', 'int', null, {}],
  ['float-fraction', 'float', '1.5', { v: 1.5 }],
  ['float-from-int', 'float', '1', { v: 1 }],
  ['float-exponent', 'float', '1e3', { v: 1000 }],
  ['float-negative-exponent', 'float', '-25E-1', { v: -2.5 }],
  ['id-string', 'id', '"abc"', { v: 'abc' }],
  ['id-int', 'id', '9007', { v: '9007' }],
  ['string-escapes', 'string', '"h\\u00e9llo\\n\\t\\"q\\" \\u{1F600}"', { v: 'h\u00e9llo\n\t"q" \ud83d\ude00' }],
  ['string-block', 'string', '"""\n    first\n      indented\n\n    last\n  """', { v: 'first\n  indented\n\nlast' }],
  ['string-block-escaped-quotes', 'string', '"""a \\""" b"""', { v: 'a """ b' }],
  ['bool-true', 'bool', 'true', { v: true }],
  ['bool-false', 'bool', 'false', { v: false }],
  ['enum', 'color', 'RED', { v: 'RED' }],
  ['list', 'list', '[1, 2, null]', { v: [1, 2, null] }],
  ['list-single-value', 'list', '5', { v: [5] }],
  ['list-empty', 'list', '[]', { v: [] }],
  ['list-nested', 'nested', '[[1], [2, 3], null]', { v: [[1], [2, 3], null] }],
  ['list-nested-single-value', 'nested', '1', { v: [[1]] }],
  ['list-nested-flat-items', 'nested', '[1, 2]', { v: [[1], [2]] }],
  ['list-non-null', 'listNN', '[1, 2]', { v: [1, 2] }],
  ['input-default-field', 'outer', '{inner: {a: 1}}', { v: { inner: { a: 1, b: 'dflt' } } }],
  ['input-explicit-null-field', 'outer', '{inner: {a: 1, b: null}}', { v: { inner: { a: 1, b: null } } }],
  ['input-list-single-value', 'outer', '{list: 3, flag: true, color: BLUE}', { v: { list: [3], flag: true, color: 'BLUE' } }],
  ['input-empty', 'outer', '{}', { v: {} }],
  ['input-null', 'outer', 'null', { v: null }],
  ['one-of-int', 'choice', '{i: 1}', { v: { i: 1 } }],
  ['one-of-nested-default', 'choice', '{inner: {a: 2}}', { v: { inner: { a: 2, b: 'dflt' } } }],
  ['custom-scalar-literal', 'json', '{a: {b: [1, 2.5, "x", true, null, ENUMISH]}}', { v: { a: { b: [1, 2.5, 'x', true, null, 'ENUMISH'] } } }],
  ['custom-scalar-literal-scalar', 'json', '"text"', { v: 'text' }],
  ['argument-defaults', 'defaults', null, { v: 42, w: ['a'], o: { a: 1, b: 'dflt' }, c: 'GREEN' }],
  ['argument-default-overridden-by-null', 'defaults', 'null', { v: null, w: ['a'], o: { a: 1, b: 'dflt' }, c: 'GREEN' }],
];
for (const [name, field, literal, args] of literalOk) {
  const query = literal === null ? `{ ${field} }` : `{ ${field}(v: ${literal}) }`;
  cases.push({ id: `coerce/literal/${name}`, sdl: INPUTS, query, root: byArgs(field, args), expect: 'execute' });
}
cases.push({ id: 'coerce/literal/partial-arguments', sdl: INPUTS, query: '{ two(a: 1) }', root: byArgs('two', { a: 1 }), expect: 'execute' });
cases.push({ id: 'coerce/literal/explicit-null-argument', sdl: INPUTS, query: '{ two(a: 1, b: null) }', root: byArgs('two', { a: 1, b: null }), expect: 'execute' });
cases.push({ id: 'coerce/literal/mismatch-gives-null', sdl: INPUTS, query: '{ two(a: 2) }', root: byArgs('two', { a: 1 }), expect: 'execute' });
cases.push({ id: 'coerce/literal/list-default-overridden', sdl: INPUTS, query: '{ defaults(w: "b") }', root: byArgs('defaults', { v: 42, w: ['b'], o: { a: 1, b: 'dflt' }, c: 'GREEN' }), expect: 'execute' });

const literalBad = [
  ['int-too-big', 'int', '2147483648'],
  ['int-from-float', 'int', '1.0'],
  ['int-from-string', 'int', '"1"'],
  ['float-from-string', 'float', '"1.5"'],
  ['id-from-float', 'id', '1.5'],
  ['id-from-bool', 'id', 'true'],
  ['string-from-int', 'string', '1'],
  ['bool-from-string', 'bool', '"true"'],
  ['bool-from-int', 'bool', '1'],
  ['enum-from-string', 'color', '"RED"'],
  ['enum-unknown', 'color', 'PURPLE'],
  ['list-bad-item', 'list', '[1, "2"]'],
  ['list-non-null-item-null', 'listNN', '[1, null]'],
  ['list-non-null-null', 'listNN', 'null'],
  ['input-missing-required', 'outer', '{inner: {}}'],
  ['input-required-null', 'outer', '{inner: {a: null}}'],
  ['input-unknown-field', 'outer', '{nope: 1}'],
  ['input-not-object', 'outer', '5'],
  ['one-of-two-fields', 'choice', '{i: 1, s: "x"}'],
  ['one-of-null-field', 'choice', '{i: null}'],
  ['one-of-empty', 'choice', '{}'],
  ['non-null-argument-null', 'intNN', 'null'],
  ['non-null-argument-missing', 'intNN', null],
  ['non-null-input-missing', 'outerNN', null],
];
for (const [name, field, literal] of literalBad) {
  const query = literal === null ? `{ ${field} }` : `{ ${field}(v: ${literal}) }`;
  cases.push({ id: `coerce/literal-invalid/${name}`, sdl: INPUTS, query, root: {}, expect: 'validate' });
}

// [name, variable type, field, variables (undefined = none), expected args or null when a request error is expected]
const variableCases = [
  ['int', 'Int', 'int', { v: 5 }, { v: 5 }],
  ['int-integral-float', 'Int', 'int', { v: 1.0 }, { v: 1 }],
  ['int-exponent', 'Int', 'int', { v: 1e3 }, { v: 1000 }],
  ['int-too-big', 'Int', 'int', { v: 2147483648 }, null],
  ['int-fraction', 'Int', 'int', { v: 1.5 }, null],
  ['int-from-string', 'Int', 'int', { v: '5' }, null],
  ['int-from-bool', 'Int', 'int', { v: true }, null],
  ['int-huge', 'Int', 'int', { v: 1e100 }, null],
  ['float', 'Float', 'float', { v: 1.5 }, { v: 1.5 }],
  ['float-from-int', 'Float', 'float', { v: 5 }, { v: 5 }],
  ['float-from-string', 'Float', 'float', { v: '1.5' }, null],
  ['id-string', 'ID', 'id', { v: 'x' }, { v: 'x' }],
  ['id-int', 'ID', 'id', { v: 5 }, { v: '5' }],
  ['id-float', 'ID', 'id', { v: 5.5 }, null],
  ['id-bool', 'ID', 'id', { v: true }, null],
  ['string', 'String', 'string', { v: 's' }, { v: 's' }],
  ['string-from-int', 'String', 'string', { v: 5 }, null],
  ['string-from-list', 'String', 'string', { v: ['a'] }, null],
  ['bool', 'Boolean', 'bool', { v: true }, { v: true }],
  ['bool-from-string', 'Boolean', 'bool', { v: 'true' }, null],
  ['bool-from-int', 'Boolean', 'bool', { v: 0 }, null],
  ['enum', 'Color', 'color', { v: 'RED' }, { v: 'RED' }],
  ['enum-wrong-case', 'Color', 'color', { v: 'red' }, null],
  ['enum-unknown', 'Color', 'color', { v: 'PURPLE' }, null],
  ['enum-from-int', 'Color', 'color', { v: 1 }, null],
  ['list', '[Int]', 'list', { v: [1, 2] }, { v: [1, 2] }],
  ['list-single-value', '[Int]', 'list', { v: 5 }, { v: [5] }],
  ['list-bad-item', '[Int]', 'list', { v: [1, 'x'] }, null],
  ['list-null', '[Int]', 'list', { v: null }, { v: null }],
  ['list-nested', '[[Int]]', 'nested', { v: [[1], [2]] }, { v: [[1], [2]] }],
  ['list-nested-single-value', '[[Int]]', 'nested', { v: 3 }, { v: [[3]] }],
  ['list-non-null-item-null', '[Int!]!', 'listNN', { v: [1, null] }, null],
  ['input', 'Outer', 'outer', { v: { inner: { a: 1 } } }, { v: { inner: { a: 1, b: 'dflt' } } }],
  ['input-unknown-field', 'Outer', 'outer', { v: { inner: { a: 1 }, extra: 1 } }, null],
  ['input-missing-required', 'Outer', 'outer', { v: { inner: {} } }, null],
  ['input-required-null', 'Outer', 'outer', { v: { inner: { a: null } } }, null],
  ['input-wrong-field-type', 'Outer', 'outer', { v: { inner: { a: '1' } } }, null],
  ['input-list-single-value', 'Outer', 'outer', { v: { list: 4, color: 'BLUE' } }, { v: { list: [4], color: 'BLUE' } }],
  ['input-not-object', 'Outer', 'outer', { v: 'x' }, null],
  ['one-of', 'Choice', 'choice', { v: { i: 1 } }, { v: { i: 1 } }],
  ['one-of-two-fields', 'Choice', 'choice', { v: { i: 1, s: 'x' } }, null],
  ['one-of-null-field', 'Choice', 'choice', { v: { i: null } }, null],
  ['one-of-empty', 'Choice', 'choice', { v: {} }, null],
  ['custom-scalar', 'JSON', 'json', { v: { a: [1, { b: null }], c: 'd' } }, { v: { a: [1, { b: null }], c: 'd' } }],
  ['custom-scalar-null', 'JSON', 'json', { v: null }, { v: null }],
  ['non-null-missing', 'Int!', 'intNN', undefined, null],
  ['non-null-null', 'Int!', 'intNN', { v: null }, null],
  ['nullable-absent', 'Int', 'int', undefined, {}],
  ['nullable-absent-empty-object', 'Int', 'int', {}, {}],
  ['absent-uses-argument-default', 'Int', 'defaults', {}, { v: 42, w: ['a'], o: { a: 1, b: 'dflt' }, c: 'GREEN' }],
];
for (const [name, type, field, variables, args] of variableCases) {
  const testCase = { id: `coerce/variable/${name}`, sdl: INPUTS, query: `query ($v: ${type}) { ${field}(v: $v) }`, root: args ? byArgs(field, args) : {}, expect: 'execute' };
  if (variables !== undefined) {
    testCase.variables = variables;
  }
  cases.push(testCase);
}

const variableMore = [
  ['default-used', 'query ($v: Int = 7) { int(v: $v) }', {}, byArgs('int', { v: 7 })],
  ['explicit-null-beats-default', 'query ($v: Int = 7) { int(v: $v) }', { v: null }, byArgs('int', { v: null })],
  ['input-default-coerced', 'query ($v: Outer = {inner: {a: 1}}) { outer(v: $v) }', {}, byArgs('outer', { v: { inner: { a: 1, b: 'dflt' } } })],
  ['in-list-absent', 'query ($a: Int) { list(v: [1, $a]) }', {}, byArgs('list', { v: [1, null] })],
  ['in-list-present', 'query ($a: Int) { list(v: [1, $a]) }', { a: 2 }, byArgs('list', { v: [1, 2] })],
  ['in-object', 'query ($a: Int!) { outer(v: {inner: {a: $a}}) }', { a: 3 }, byArgs('outer', { v: { inner: { a: 3, b: 'dflt' } } })],
  ['in-object-absent-uses-field-default', 'query ($b: String) { outer(v: {inner: {a: 1, b: $b}}) }', {}, byArgs('outer', { v: { inner: { a: 1, b: 'dflt' } } })],
  ['in-object-null-overrides-field-default', 'query ($b: String) { outer(v: {inner: {a: 1, b: $b}}) }', { b: null }, byArgs('outer', { v: { inner: { a: 1, b: null } } })],
  ['in-one-of', 'query ($s: String!) { choice(v: {s: $s}) }', { s: 'hey' }, byArgs('choice', { v: { s: 'hey' } })],
  ['two-variables-one-absent', 'query ($a: Int, $b: String) { two(a: $a, b: $b) }', { b: 'x' }, byArgs('two', { b: 'x' })],
  ['unknown-variable-ignored', 'query ($a: Int) { int(v: $a) }', { a: 1, zzz: 'ignored' }, byArgs('int', { v: 1 })],
  ['multiple-bad-variables', 'query ($a: Int, $b: Boolean!, $c: Color) { two(a: $a) bool(v: $b) color(v: $c) }', { a: 'x', c: 'NOPE' }, {}],
];
for (const [name, query, variables, root] of variableMore) {
  cases.push({ id: `coerce/variable/${name}`, sdl: INPUTS, query, variables, root, expect: 'execute' });
}

// Result coercion: [name, field, root value]
const output = [
  ['int', 'echoInt', 5],
  ['int-integral-float', 'echoInt', 1.0],
  ['int-fraction', 'echoInt', 1.5],
  ['int-too-big', 'echoInt', 2147483648],
  ['int-numeric-string', 'echoInt', '5'],
  ['int-bool', 'echoInt', true],
  ['int-text', 'echoInt', 'five'],
  ['float', 'echoFloat', 1.25],
  ['float-int', 'echoFloat', 3],
  ['float-numeric-string', 'echoFloat', '2.5'],
  ['float-text', 'echoFloat', 'abc'],
  ['string', 'echoString', 's'],
  ['string-int', 'echoString', 5],
  ['string-bool', 'echoString', true],
  ['string-float', 'echoString', 1.5],
  ['string-list', 'echoString', [1]],
  ['string-object', 'echoString', { a: 1 }],
  ['bool', 'echoBool', false],
  ['bool-number', 'echoBool', 1],
  ['bool-string', 'echoBool', 'true'],
  ['id', 'echoId', 'x'],
  ['id-int', 'echoId', 5],
  ['id-float', 'echoId', 1.5],
  ['id-bool', 'echoId', true],
  ['enum', 'echoColor', 'RED'],
  ['enum-unknown', 'echoColor', 'PURPLE'],
  ['enum-number', 'echoColor', 1],
  ['custom-scalar-object', 'echoJson', { a: [1, { b: null }], c: 'd' }],
  ['custom-scalar-list', 'echoJson', [1, 'two', false]],
  ['list-with-bad-item', 'echoInts', [1, 'x', 3, 4.5]],
  ['list-not-iterable', 'echoInts', 5],
  ['list-string-not-iterable', 'echoInts', 'abc'],
];
for (const [name, field, value] of output) {
  cases.push({ id: `coerce/result/${name}`, sdl: INPUTS, query: `{ ${field} }`, root: { [field]: value }, expect: 'execute' });
}

export default cases;
