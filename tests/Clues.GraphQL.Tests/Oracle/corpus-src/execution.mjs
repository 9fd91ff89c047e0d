// Execution: null bubbling, resolver errors with paths, abstract types, aliases, @skip/@include, fragments,
// operation selection, mutations and __typename.
import { NULLS, ZOO } from './schemas.mjs';
import { ZOO_ROOT } from './zoo-root.mjs';

const cases = [];
const add = (id, sdl, query, root, extra = {}) => cases.push({ id: `execute/${id}`, sdl, query, root, expect: 'execute', ...extra });

// Null bubbling on NULLS: [name, query, root]
const a = (fields) => ({ s: 'x', sNN: 'y', ints: [1], ...fields });
const nulls = [
  ['nullable-field-null', '{ s }', { s: null }],
  ['non-null-root-field-null', '{ sNN other }', { sNN: null, other: 'o' }],
  ['non-null-root-field-error', '{ sNN other }', { sNN: { $error: 'no sNN' }, other: 'o' }],
  ['non-null-nested-bubbles-to-nullable-parent', '{ a { sNN s } other }', { a: a({ sNN: null }), other: 'o' }],
  ['non-null-nested-bubbles-through-non-null', '{ a { aNN { sNN } s } }', { a: a({ aNN: a({ sNN: null }) }) }],
  ['non-null-chain-to-root', '{ aNN { aNN { aNN { sNN } } } other }', { aNN: a({ aNN: a({ aNN: a({ sNN: null }) }) }), other: 'o' }],
  ['nullable-list-item-null', '{ list { s } }', { list: [a({}), null, a({ s: 'z' })] }],
  ['non-null-item-null-nulls-list', '{ listNN { s } other }', { listNN: [a({}), null], other: 'o' }],
  ['non-null-item-field-error-nulls-list', '{ listNN { sNN } }', { listNN: [a({}), a({ sNN: { $error: 'item broke' } })] }],
  ['non-null-list-null', '{ nnList { s } other }', { nnList: null, other: 'o' }],
  ['non-null-list-of-non-null-item-null', '{ nnListNN { s } other }', { nnListNN: [a({}), null], other: 'o' }],
  ['non-null-list-empty', '{ nnListNN { s } }', { nnListNN: [] }],
  ['scalar-list-non-null-items', '{ strings }', { strings: ['a', null, 'c'] }],
  ['nested-list-inner-item-null', '{ grid }', { grid: [['a', 'b'], ['c', null], ['d']] }],
  ['nested-list-inner-list-null', '{ grid }', { grid: [['a'], null] }],
  ['non-null-leaf-list-in-object', '{ a { ints } }', { a: a({ ints: [1, null] }) }],
  ['two-errors-same-parent', '{ a { sNN aNN { s } } }', { a: a({ sNN: null, aNN: null }) }],
  ['errors-in-sibling-list-items', '{ list { sNN } }', { list: [a({ sNN: { $error: 'first' } }), a({}), a({ sNN: { $error: 'third' } })] }],
  ['error-and-null-in-list-non-null', '{ listNN { sNN } a { s } }', { listNN: [a({ sNN: { $error: 'boom' } }), a({ sNN: null })], a: a({}) }],
  ['deep-error-path', '{ a { a { list { a { s } } } } }', { a: a({ a: a({ list: [a({}), a({ a: { $error: 'deep' } })] }) }) }],
  ['aliased-error-path', '{ first: a { renamed: sNN } second: a { s } }', { a: a({ sNN: { $error: 'aliased' } }) }],
  ['error-in-nullable-field', '{ s other }', { s: { $error: 'plain error' }, other: 'o' }],
  ['error-on-object-field', '{ a { s } other }', { a: { $error: 'object failed' }, other: 'o' }],
  ['error-on-list-field', '{ list { s } }', { list: { $error: 'list failed' } }],
  ['list-items-taken-as-they-are', '{ list { s sNN } }', { list: [{ $error: 'not an error here', s: 'kept', sNN: 'y' }] }],
  ['missing-property-is-null', '{ a { s } }', { a: { sNN: 'y' } }],
  ['root-absent', '{ s a { s } }', null],
  ['non-null-field-missing-property', '{ a { sNN } }', { a: {} }],
  ['leaf-given-object', '{ s }', { s: { nested: true } }],
  ['object-given-scalar', '{ a { s } }', { a: 'not an object' }],
];
nulls.forEach(([name, query, root]) => add(`nulls/${name}`, NULLS, query, root));

// ZOO: resolver conventions, abstract types, fragments, directives.
const zoo = [
  ['by-args-first-match', '{ greet(name: "Ann") }'],
  ['by-args-default-argument', '{ greet(name: "Ann", polite: true) }'],
  ['by-args-no-match', '{ greet(name: "Bob") }'],
  ['by-args-absent-argument', '{ dog { tricks } }'],
  ['by-args-pagination', '{ dog { a: tricks(first: 1) b: tricks(first: 2, after: "roll") c: tricks(first: 3) } }'],
  ['by-args-enum', '{ dog { doesKnowCommand(command: SIT) heel: doesKnowCommand(command: HEEL) down: doesKnowCommand(command: DOWN) } }'],
  ['by-args-enum-output', '{ a: color(c: RED) b: color c: color(c: null) d: color(c: BLUE) }'],
  ['by-args-input-object-defaults', '{ distance(from: {x: 3, y: 4}) }'],
  ['by-args-input-object-mismatch', '{ distance(from: {x: 3, y: 4, label: "there"}) }'],
  ['by-args-custom-scalar', '{ json(v: {a: [1, "b", null, {c: ENUMISH}]}) }'],
  ['interface-fragments', '{ animals { __typename name legs ... on Dog { barks } ... on Cat { meows lives } } }'],
  ['union-fragments', '{ pets { __typename ... on Dog { name barks } ... on Cat { name meows } } }'],
  ['union-of-three', '{ things { __typename ... on Named { name } ... on Person { age } ... on Animal { legs } } }'],
  ['interface-on-interface', '{ named { name ... on Node { id } ... on Animal { legs } } }'],
  ['node-by-id', '{ d: node(id: "d1") { id ... on Dog { name } } c: node(id: "c1") { id __typename } p: node(id: "p1") { ... on Person { age } } }'],
  ['abstract-unknown-typename', '{ node(id: "x") { id } }'],
  ['abstract-missing-typename', '{ dog { friends { name } } }'],
  ['abstract-missing-typename-no-resolution', '{ dog { owner { pets { __typename } } } }'],
  ['named-fragments-nested', 'query { person { ...P } } fragment P on Person { name pets { ...Pet } } fragment Pet on Pet { __typename ... on Dog { ...D } } fragment D on Dog { name owner { name } }'],
  ['fragment-field-merging', '{ dog { name ... on Dog { name barks } ...F owner { name } owner { age } } } fragment F on Dog { barks owner { id } }'],
  ['inline-fragment-without-type', '{ dog { ... { name } ... @include(if: true) { barks } ... @skip(if: true) { nickname } } }'],
  ['aliases', '{ first: hello second: hello dog { n: name nn: nickname } pup: dog { name } }'],
  ['alias-does-not-change-lookup', '{ hello: nonNull nonNull: hello }'],
  ['typename-everywhere', '{ __typename dog { __typename } pets { __typename } t: __typename }'],
  ['typename-with-alias-on-union', '{ pets { kind: __typename } }'],
  ['skip-include-literals', '{ a: hello @skip(if: true) b: hello @skip(if: false) c: hello @include(if: true) d: hello @include(if: false) e: hello @skip(if: true) @include(if: true) f: hello @skip(if: false) @include(if: true) }'],
  ['skip-on-fragments', '{ dog { ...F @skip(if: true) ... on Dog @include(if: false) { barks } name } } fragment F on Dog { nickname }'],
  ['skip-merged-field-kept-when-one-included', '{ hello @skip(if: true) hello }'],
  ['deprecated-field-still-works', '{ oldField }'],
  ['enum-output-deprecated-value', '{ dog { color } cat { color } colors }'],
  ['custom-scalar-output', '{ today person { born } }'],
  ['non-null-root-ok', '{ nonNull }'],
  ['list-of-interfaces-with-null', '{ dog { friends { __typename name } } }'],
  ['one-of-lookup-by-name', '{ lookup(by: {name: "Tom"}) { __typename name } }'],
  ['one-of-lookup-by-id', '{ lookup(by: {id: "d1"}) { name ... on Dog { barks } } }'],
  ['search-default-field', '{ search(filter: {name: "a"}) { name } all: search { name } }'],
  ['wide-query', '{ hello dog { id name legs barks nickname color owner { id name age } } cat { id name legs meows lives color nickname } person { id name age tags bestFriend { name tags } } }'],
];
zoo.forEach(([name, query]) => add(`zoo/${name}`, ZOO, query, ZOO_ROOT));

const skipVars = [
  ['skip-variable-true', 'query ($s: Boolean!) { hello @skip(if: $s) dog { name } }', { s: true }],
  ['skip-variable-false', 'query ($s: Boolean!) { hello @skip(if: $s) dog { name } }', { s: false }],
  ['include-variable-default', 'query ($i: Boolean = false) { hello @include(if: $i) count }', {}],
  ['include-variable-on-fragment', 'query ($i: Boolean!) { dog { ...F @include(if: $i) name } } fragment F on Dog { barks }', { i: true }],
  ['skip-variable-missing-non-null', 'query ($s: Boolean!) { hello @skip(if: $s) }', {}],
  ['include-with-nullable-default-var', 'query ($i: Boolean! = true) { hello @include(if: $i) }', {}],
];
skipVars.forEach(([name, query, variables]) => add(`zoo/${name}`, ZOO, query, ZOO_ROOT, { variables }));

const operations = [
  ['operation-by-name', 'query A { hello } query B { count }', 'B'],
  ['operation-by-name-first', 'query A { hello } query B { count }', 'A'],
  ['operation-unknown-name', 'query A { hello } query B { count }', 'C'],
  ['operation-ambiguous', 'query A { hello } query B { count }', null],
  ['operation-name-for-anonymous', '{ hello }', 'A'],
  ['operation-single-named-without-name', 'query Only { hello }', null],
  ['mutation-serial', 'mutation { first: increment second: increment(by: 5) rename(id: "p1", name: "Anna") { name } }', null],
  ['mutation-error-continues', 'mutation { a: increment fail b: increment(by: 5) }', null],
  ['mutation-named-among-queries', 'query Q { hello } mutation M { increment }', 'M'],
  ['mutation-typename', 'mutation { __typename }', null],
];
add('zoo/operation-fragment-only-document', ZOO, 'fragment F on Query { hello }', ZOO_ROOT, { expect: 'validate' });
operations.forEach(([name, query, operationName]) => add(`zoo/${name}`, ZOO, query, ZOO_ROOT, { operationName }));

add('zoo/mutation-not-configured', 'type Query { a: String }', 'mutation { a }', { a: 'x' });
add('zoo/inline-fragment-after-spread-dots', 'type Query { a: String }', '{ ...on Query { a } }', { a: 'x' });

export default cases;
