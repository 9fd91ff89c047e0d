// Shared SDL for the conformance corpus. Each schema is small enough to read in one screen and rich enough for
// its topic: ZOO drives validation and execution, INPUTS drives argument/variable coercion, NULLS drives null
// bubbling, DOCS drives introspection (descriptions, deprecations, repeatable directives, specifiedBy).

export const TINY = 'type Query { a(x: String): String b: Int }';

export const ZOO = `
scalar JSON
scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

enum Color { RED GREEN BLUE BLACK @deprecated(reason: "Too dark.") }
enum Command { SIT HEEL DOWN }

interface Node { id: ID! }
interface Named { name: String }
interface Animal implements Named { name: String legs: Int }

type Dog implements Animal & Named & Node {
  id: ID!
  name: String
  legs: Int
  barks: Boolean
  nickname: String
  color: Color
  owner: Person
  friends: [Animal]
  isHousetrained(atOtherHomes: Boolean = true): Boolean
  doesKnowCommand(command: Command!): Boolean
  tricks(first: Int, after: String): [String]
}

type Cat implements Animal & Named & Node {
  id: ID!
  name: String
  legs: Int
  meows: Boolean
  lives: Int
  color: Color
  nickname: Int
}

type Person implements Named & Node {
  id: ID!
  name: String
  age: Int
  born: Date
  pets: [Pet]
  bestFriend: Person
  tags: [String!]
}

union Pet = Dog | Cat
union Thing = Dog | Cat | Person

input Filter { name: String minAge: Int = 0 colors: [Color!] nested: Filter tags: [String] }
input Point { x: Float! y: Float! label: String = "origin" }
input Lookup @oneOf { id: ID name: String }

type Query {
  hello: String
  greet(name: String!, polite: Boolean = false): String
  dog: Dog
  cat: Cat
  person: Person
  node(id: ID!): Node
  pets: [Pet]
  animals: [Animal]
  things: [Thing]
  named: Named
  search(filter: Filter): [Named]
  lookup(by: Lookup!): Named
  distance(from: Point!, to: Point = {x: 0, y: 0}): Float
  color(c: Color): Color
  colors(cs: [Color]): [Color]
  json(v: JSON): JSON
  today: Date
  count(n: Int, m: Int): Int
  nonNull: String!
  oldField: String @deprecated(reason: "Use hello.")
}

type Mutation {
  rename(id: ID!, name: String!): Person
  increment(by: Int = 1): Int
  fail: Int
}

type Subscription {
  ticks: Int
  tocks: Int
  news(topic: String): String
}

directive @onField on FIELD
directive @onQuery on QUERY
directive @onMutation on MUTATION
directive @onFragmentDefinition on FRAGMENT_DEFINITION
directive @onFragmentSpread on FRAGMENT_SPREAD
directive @onInlineFragment on INLINE_FRAGMENT
directive @onVariable on VARIABLE_DEFINITION
directive @repeated(times: Int) repeatable on FIELD | FRAGMENT_SPREAD
directive @needsArg(value: String!) on FIELD
`;

export const INPUTS = `
enum Color { RED GREEN BLUE }
scalar JSON

input Inner { a: Int! b: String = "dflt" }
input Outer { inner: Inner list: [Int!] flag: Boolean color: Color }
input Choice @oneOf { i: Int s: String inner: Inner }

type Query {
  int(v: Int): String
  intNN(v: Int!): String
  float(v: Float): String
  id(v: ID): String
  string(v: String): String
  bool(v: Boolean): String
  color(v: Color): String
  list(v: [Int]): String
  listNN(v: [Int!]!): String
  nested(v: [[Int]]): String
  outer(v: Outer): String
  outerNN(v: Outer!): String
  choice(v: Choice): String
  json(v: JSON): String
  defaults(v: Int = 42, w: [String] = ["a"], o: Inner = {a: 1}, c: Color = GREEN): String
  two(a: Int, b: String): String
  echoInt: Int
  echoFloat: Float
  echoString: String
  echoBool: Boolean
  echoId: ID
  echoColor: Color
  echoJson: JSON
  echoInts: [Int]
}
`;

export const NULLS = `
type Query {
  a: A
  aNN: A!
  list: [A]
  listNN: [A!]
  nnList: [A]!
  nnListNN: [A!]!
  s: String
  sNN: String!
  strings: [String!]
  grid: [[String!]!]
  other: String
}

type A {
  s: String
  sNN: String!
  a: A
  aNN: A!
  list: [A!]
  ints: [Int!]!
}
`;

export const DOCS = `
"""
A schema with documentation everywhere, for introspection.
"""
schema { query: Root mutation: Change }

"An ISO-8601 calendar date."
scalar Day @specifiedBy(url: "https://www.iso.org/iso-8601-date-and-time-format.html")

"Where a record came from."
enum Origin {
  "Typed in by an officer."
  MANUAL
  IMPORTED @deprecated(reason: "Imports are closed.")
  LEGACY @deprecated
}

"Anything with a key."
interface Keyed {
  "The stable key."
  key: ID!
}

"A record."
type Record implements Keyed {
  key: ID!
  "Free text."
  title(
    "Cut after this many characters."
    max: Int = 80
    style: String @deprecated(reason: "Ignored.")
  ): String
  origin: Origin
  day: Day
  old: String @deprecated(reason: "Gone soon.")
  older: String @deprecated
}

"Either kind of record."
union Any = Record

"Search options."
input Options {
  "Case-sensitive?"
  exact: Boolean = false
  limit: Int = 10
  origins: [Origin!] = [MANUAL]
  legacyMode: String @deprecated(reason: "No longer read.")
  window: Window = {from: "2020-01-01", to: "2020-12-31"}
}

input Window { from: Day to: Day }

input Pick @oneOf { key: ID title: String }

type Root {
  "Finds records."
  records(options: Options, tag: [[String!]]! = [["a"]]): [Record!]!
  record(key: ID!): Record
  any: Any
  pick(by: Pick!): Record
  matrix: [[[[[[[String!]!]!]!]!]!]!]
}

type Change {
  touch(key: ID!): Record
}

"Marks a cached field."
directive @cached(
  "Seconds."
  ttl: Int = 60
  scope: String @deprecated(reason: "Always private.")
) repeatable on FIELD_DEFINITION | FIELD

directive @internal on OBJECT | INTERFACE
`;
