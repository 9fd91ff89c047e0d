// Every rule of graphql-js 16.15 specifiedRules (26 spec rules plus the recommended MaxIntrospectionDepthRule),
// each failing and passing at least twice. Passing cases go on to execute against ZOO_ROOT.
import { ZOO } from './schemas.mjs';
import { ZOO_ROOT } from './zoo-root.mjs';

// [rule, [failing queries], [passing queries as string or {query, variables, operationName}]]
const rules = [
  ['ExecutableDefinitions',
    ['{ hello } type Extra { a: Int }', 'extend type Query { more: Int } query { hello }', 'schema { query: Query } { hello }', '{ hello } directive @x on FIELD'],
    [{ query: 'query A { hello } query B { dog { name } }', operationName: 'A' }, '{ hello }']],
  ['UniqueOperationNames',
    ['query A { hello } query A { dog { name } }', 'query A { hello } mutation A { increment }', 'query A { hello } subscription A { ticks }'],
    [{ query: 'query A { hello } query B { cat { name } }', operationName: 'B' }, { query: 'query A { hello } mutation B { increment }', operationName: 'B' }]],
  ['LoneAnonymousOperation',
    ['{ hello } { dog { name } }', '{ hello } query A { hello }', '{ hello } mutation { increment }'],
    ['{ hello }', '{ ...F } fragment F on Query { hello }']],
  ['SingleFieldSubscriptions',
    ['subscription { ticks tocks }', 'subscription S { ticks __typename }', 'subscription S { ...F } fragment F on Subscription { ticks tocks }', 'subscription S { __typename }'],
    [{ query: 'subscription S { ticks } query Q { hello }', operationName: 'Q' },
      { query: 'subscription S { ...F } fragment F on Subscription { news(topic: "x") } query Q { hello }', operationName: 'Q' }]],
  ['KnownTypeNames',
    ['query ($x: Unknown) { count(n: 1) }', '{ dog { ... on Wolf { name } } }', 'fragment F on Ghost { name } { dog { ...F } }', 'query ($x: [Strin!]) { hello }'],
    [{ query: 'query ($c: Color) { color(c: $c) }', variables: { c: 'RED' } }, '{ dog { ... on Dog { name } } }']],
  ['FragmentsOnCompositeTypes',
    ['{ dog { ... on Boolean { x } } }', 'fragment F on Color { x } { dog { ...F } }', '{ ... on String { a } }'],
    ['{ named { ... on Dog { barks } } }', 'fragment F on Pet { ... on Cat { meows } } { pets { ...F } }']],
  ['VariablesAreInputTypes',
    ['query ($d: Dog) { hello }', 'query ($p: [Pet!]) { hello }', 'query ($n: Named!) { hello }'],
    [{ query: 'query ($f: Filter) { search(filter: $f) { name } }', variables: { f: { name: 'a' } } },
      { query: 'query ($c: [Color!]!) { colors(cs: $c) }', variables: { c: ['RED'] } }]],
  ['ScalarLeafs',
    ['{ dog }', '{ hello { length } }', '{ dog { owner } }', '{ color(c: RED) { x } }', 'subscription S { ticks { x } } query Q { hello }'],
    ['{ dog { name } }', '{ things { __typename } }']],
  ['FieldsOnCorrectType',
    ['{ nope }', '{ dog { meows } }', '{ pets { name } }', '{ named { barks } }', '{ dog { ... on Animal { barks } } }'],
    ['{ pets { __typename ... on Dog { name } } }', '{ named { name } }']],
  ['UniqueFragmentNames',
    ['{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { barks }', '{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { name } fragment F on Dog { name }'],
    ['{ dog { ...F ...G } } fragment F on Dog { name } fragment G on Dog { barks }', '{ dog { ...F ...F } } fragment F on Dog { name }']],
  ['KnownFragmentNames',
    ['{ dog { ...Missing } }', '{ dog { ...F } } fragment F on Dog { ...Gone }', '{ ...A ...B }'],
    ['{ ...Q } fragment Q on Query { hello }', '{ dog { ... { name } } }']],
  ['NoUnusedFragments',
    ['{ hello } fragment F on Dog { name }', '{ dog { ...A } } fragment A on Dog { name } fragment B on Dog { ...C } fragment C on Dog { barks }'],
    [{ query: 'query A { dog { ...F } } query B { cat { name } } fragment F on Dog { name }', operationName: 'B' },
      '{ dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { name }']],
  ['PossibleFragmentSpreads',
    ['{ dog { ... on Cat { meows } } }', '{ cat { ...DogF } } fragment DogF on Dog { barks }', '{ person { ... on Pet { __typename } } }', '{ pets { ... on Person { age } } }'],
    ['{ named { ... on Pet { ... on Dog { name } } } }', '{ animals { ... on Node { id } } }', '{ things { ... on Named { name } } }']],
  ['NoFragmentCycles',
    ['{ dog { ...A } } fragment A on Dog { ...A }', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }',
      '{ dog { ...A } } fragment A on Dog { owner { pets { ... on Dog { ...A } } } }', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A ...B }'],
    ['{ dog { ...A ...B } } fragment A on Dog { ...B } fragment B on Dog { name }', '{ dog { ...A } } fragment A on Dog { owner { ...B } } fragment B on Person { name pets { ... on Dog { barks } } }']],
  ['UniqueVariableNames',
    ['query ($a: Int, $a: Int) { count(n: $a) }', 'query ($a: Int, $b: Int, $a: String, $b: String) { count(n: $a, m: $b) }'],
    [{ query: 'query A($a: Int) { count(n: $a) } query B($a: Int) { count(n: $a) }', operationName: 'B', variables: { a: 3 } },
      { query: 'query ($a: Int, $b: Int) { count(n: $a, m: $b) }', variables: { a: 1, b: 2 } }]],
  ['NoUndefinedVariables',
    ['{ count(n: $a) }', 'query Q($a: Int) { count(n: $a, m: $b) }', 'query { dog { ...F } } fragment F on Dog { isHousetrained(atOtherHomes: $x) }',
      'query A($x: Boolean) { dog { ...F } } query B { dog { ...F } } fragment F on Dog { isHousetrained(atOtherHomes: $x) }'],
    [{ query: 'query Q($x: Boolean) { dog { ...F } } fragment F on Dog { isHousetrained(atOtherHomes: $x) }', variables: { x: false } },
      'query ($a: Int = 1) { count(n: $a) }']],
  ['NoUnusedVariables',
    ['query ($a: Int) { hello }', 'query A($a: Int, $b: Int) { count(n: $a) }', 'query ($x: Boolean) { dog { ...F } } fragment F on Dog { name }'],
    [{ query: 'query ($x: Boolean!) { hello @skip(if: $x) }', variables: { x: true } },
      { query: 'query ($c: Command!) { dog { doesKnowCommand(command: $c) } }', variables: { c: 'SIT' } }]],
  ['KnownDirectives',
    ['{ hello @unknown }', '{ hello @onQuery }', 'query @onField { hello }', 'query ($a: Int @onField) { count(n: $a) }',
      '{ dog { ...F @onFragmentDefinition } } fragment F on Dog @onFragmentSpread { name }', '{ hello @deprecated }', 'mutation @onQuery { increment }'],
    ['query @onQuery { hello @onField }',
      { query: 'query ($a: Int @onVariable) { dog { ...F @onFragmentSpread ... @onInlineFragment { name } } count(n: $a) } fragment F on Dog @onFragmentDefinition { barks }', variables: { a: 1 } },
      'mutation @onMutation { increment }']],
  ['UniqueDirectivesPerLocation',
    ['{ hello @onField @onField }', '{ hello @skip(if: true) @skip(if: false) }', 'query @onQuery @onQuery { hello }', '{ dog { ...F } } fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }'],
    ['{ hello @repeated(times: 1) @repeated(times: 2) }', '{ hello @skip(if: false) @include(if: true) }', '{ a: hello @onField b: hello @onField }']],
  ['KnownArgumentNames',
    ['{ hello(x: 1) }', '{ dog { doesKnowCommand(cmd: SIT) } }', '{ hello @skip(iff: true) }', '{ dog { isHousetrained(atOtherHomes: true, extra: 1) } }'],
    ['{ dog { isHousetrained(atOtherHomes: false) } }', '{ hello @include(if: true) }']],
  ['UniqueArgumentNames',
    ['{ count(n: 1, n: 2) }', '{ hello @include(if: true, if: false) }', '{ count(n: 1, m: 2, n: 3, m: 4) }'],
    ['{ count(n: 1, m: 2) }', '{ a: count(n: 1) b: count(n: 2) }']],
  ['ValuesOfCorrectType',
    ['{ count(n: "1") }', '{ count(n: 1.5) }', '{ count(n: 2147483648) }', '{ count(n: -2147483649) }', '{ greet(name: 1) }', '{ color(c: "RED") }',
      '{ color(c: PURPLE) }', '{ color(c: red) }', '{ search(filter: {nope: 1}) { name } }', '{ distance(from: {x: 1}) }', '{ distance(from: {x: 1, y: true}) }',
      '{ lookup(by: {id: "1", name: "x"}) { name } }', '{ lookup(by: {id: null}) { name } }', '{ lookup(by: {}) { name } }', '{ dog { doesKnowCommand(command: null) } }',
      '{ dog { isHousetrained(atOtherHomes: 1) } }', '{ node(id: 1.5) { id } }', '{ node(id: true) { id } }', '{ colors(cs: [RED, 1]) }', '{ search(filter: {colors: [RED, null]}) { name } }'],
    ['{ count(n: -2147483648, m: 2147483647) }', '{ distance(from: {x: 3, y: 4}) }', '{ lookup(by: {name: "Tom"}) { name } }',
      '{ json(v: {a: [1, "b", null, {c: ENUMISH}]}) }', '{ node(id: 4) { id } }', '{ colors(cs: RED) }', '{ search(filter: {colors: RED, tags: "t"}) { name } }']],
  ['ProvidedRequiredArguments',
    ['{ greet }', '{ dog { doesKnowCommand } }', '{ hello @skip }', '{ hello @needsArg }', '{ greet(polite: true) }', '{ distance }'],
    ['{ greet(name: "Ann") }', '{ dog { isHousetrained } }', '{ hello @needsArg(value: "x") }']],
  ['VariablesInAllowedPosition',
    ['query ($n: String) { count(n: $n) }', 'query ($c: Command) { dog { doesKnowCommand(command: $c) } }',
      'query ($l: [Color]) { search(filter: {colors: $l}) { name } }',
      'query ($b: Boolean) { hello @skip(if: $b) }', 'query ($n: Int!) { dog { ...F } } fragment F on Dog { doesKnowCommand(command: $n) }'],
    [{ query: 'query ($c: Command = SIT) { dog { doesKnowCommand(command: $c) } }' },
      { query: 'query ($id: ID!) { lookup(by: {id: $id}) { name } }', variables: { id: 'd1' } },
      { query: 'query ($b: Boolean!) { dog { isHousetrained(atOtherHomes: $b) } }', variables: { b: false } },
      { query: 'query ($c: Color!) { colors(cs: [$c]) }', variables: { c: 'RED' } }]],
  ['OverlappingFieldsCanBeMerged',
    ['{ dog { name: nickname name } }', '{ dog { isHousetrained(atOtherHomes: true) isHousetrained(atOtherHomes: false) } }',
      '{ pets { ... on Dog { nickname } ... on Cat { nickname } } }', '{ dog { x: name x: barks } }',
      '{ person { bestFriend { name } bestFriend { name: age } } }', '{ dog { ...A ...B } } fragment A on Dog { n: name } fragment B on Dog { n: nickname }',
      '{ dog { isHousetrained isHousetrained(atOtherHomes: true) } }', 'query ($a: Boolean, $b: Boolean) { dog { isHousetrained(atOtherHomes: $a) isHousetrained(atOtherHomes: $b) } }'],
    ['{ pets { ... on Dog { name } ... on Cat { name } } }', '{ dog { name ...F } } fragment F on Dog { name }',
      '{ pets { ... on Dog { x: barks } ... on Cat { x: meows } } }', '{ dog { isHousetrained(atOtherHomes: true) isHousetrained(atOtherHomes: true) } }']],
  ['UniqueInputFieldNames',
    ['{ search(filter: {name: "a", name: "b"}) { name } }', '{ search(filter: {nested: {tags: [], tags: []}}) { name } }'],
    ['{ search(filter: {name: "a", nested: {name: "a"}}) { name } }', '{ distance(from: {x: 1, y: 2}, to: {x: 1, y: 2}) }']],
  ['MaxIntrospectionDepth',
    ['{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }', '{ __type(name: "Dog") { interfaces { possibleTypes { interfaces { name } } } } }',
      '{ __type(name: "Filter") { inputFields { type { inputFields { type { inputFields { name } } } } } } }'],
    ['{ __type(name: "Dog") { fields { type { fields { name } } } } }', '{ __schema { types { possibleTypes { name } } } }']],
];

const cases = [];
for (const [rule, failing, passing] of rules) {
  failing.forEach((query, i) => cases.push({ id: `validate/${rule}/fail-${i + 1}`, sdl: ZOO, query, root: ZOO_ROOT, expect: 'validate' }));
  passing.forEach((entry, i) => {
    const spec = typeof entry === 'string' ? { query: entry } : entry;
    cases.push({ id: `validate/${rule}/pass-${i + 1}`, sdl: ZOO, root: ZOO_ROOT, ...spec, expect: 'execute' });
  });
}

// Documents breaking several rules at once: every error must be found, in one pass.
const many = [
  '{ nope dog { ...Missing meows } } fragment Unused on Cat { x }',
  'query ($a: Int, $a: String) { count(n: $b) hello(x: 1) @skip }',
  'query A { a: hello a: nonNull } query A { dog { name(x: 1) } } { hello }',
];
// graphql-js 16.15 lets a nullable variable into a oneOf field through validation and rejects it while coercing
// arguments, so this is an execution-phase field error there.
cases.push({ id: 'validate/VariablesInAllowedPosition/nullable-variable-in-one-of', sdl: ZOO, query: 'query ($id: ID) { lookup(by: {id: $id}) { name } }', variables: { id: 'd1' }, root: ZOO_ROOT, expect: 'execute' });
// Found by the fuzz tests: fragment cycles through repeated nested fields must be reported, not recursed into
// without end by the overlapping-fields check. (Long cyclic fan-out chains stay in the fuzz tests only: graphql-js
// itself overflows its stack on them, so it cannot be the oracle there.)
const cycles = [
  ['nested-self-spread-unused', 'type Query { c: C } type C { id: ID parent: C name: String }', '{ c { id } } fragment F0 on C { parent { ...F0 parent { ...F0 } } }'],
  ['nested-self-spread-used', 'type Query { c: C } type C { id: ID parent: C name: String }', '{ c { ...F0 } } fragment F0 on C { parent { ...F0 parent { ...F0 } } }'],
];
cycles.forEach(([name, sdl, query]) => cases.push({ id: `validate/NoFragmentCycles/${name}`, sdl, query, root: {}, expect: 'validate' }));
many.forEach((query, i) => cases.push({ id: `validate/multiple-rules-${i + 1}`, sdl: ZOO, query, root: ZOO_ROOT, expect: 'validate' }));

export default cases;
