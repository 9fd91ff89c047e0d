// Introspection: the full query GraphiQL sends (descriptions, specifiedByURL, isRepeatable, deprecated
// arguments and input fields, nine levels of ofType), plus focused __schema/__type/__typename queries.
import { DOCS, INPUTS, NULLS, TINY, ZOO } from './schemas.mjs';

const typeRef = (depth) => (depth === 0 ? 'kind name' : `kind name ofType { ${typeRef(depth - 1)} }`);

const inputValue = 'name description type { ...TypeRef } defaultValue isDeprecated deprecationReason';

export const fullIntrospection = (withOneOf) => `
query IntrospectionQuery {
  __schema {
    description
    queryType { name kind }
    mutationType { name kind }
    subscriptionType { name kind }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}

fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL${withOneOf ? '\n  isOneOf' : ''}
  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}

fragment InputValue on __InputValue { ${inputValue} }

fragment TypeRef on __Type { ${typeRef(9)} }
`;

const cases = [];
const add = (id, sdl, query, extra = {}) => cases.push({ id: `introspection/${id}`, sdl, query, root: {}, expect: 'execute', ...extra });

for (const [name, sdl] of [['tiny', TINY], ['zoo', ZOO], ['inputs', INPUTS], ['nulls', NULLS], ['docs', DOCS]]) {
  add(`full-query/${name}`, sdl, fullIntrospection(false), { operationName: 'IntrospectionQuery' });
}
add('full-query-with-one-of/docs', DOCS, fullIntrospection(true));
add('full-query-with-one-of/zoo', ZOO, fullIntrospection(true));

const focused = [
  ['schema-roots', ZOO, '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }'],
  ['schema-roots-missing', TINY, '{ __schema { queryType { name } mutationType { name } subscriptionType { name } description } }'],
  ['schema-description', DOCS, '{ __schema { description queryType { name } } }'],
  ['type-names-in-order', ZOO, '{ __schema { types { name kind } } }'],
  ['directive-list', ZOO, '{ __schema { directives { name isRepeatable locations args { name defaultValue type { name kind ofType { name } } } } } }'],
  ['type-by-name-object', ZOO, '{ __type(name: "Dog") { kind name fields { name type { kind name ofType { kind name } } args { name defaultValue } } interfaces { name } } }'],
  ['type-by-name-missing', ZOO, '{ __type(name: "Wolf") { name } }'],
  ['type-by-name-builtin-scalar', ZOO, '{ __type(name: "Int") { kind name description specifiedByURL } }'],
  ['type-by-name-custom-scalar', ZOO, '{ __type(name: "Date") { kind name specifiedByURL } j: __type(name: "JSON") { specifiedByURL } }'],
  ['type-by-name-introspection-type', ZOO, '{ __type(name: "__Type") { name kind fields { name } } }'],
  ['type-by-name-variable', ZOO, 'query ($n: String!) { __type(name: $n) { name possibleTypes { name } } }', { variables: { n: 'Pet' } }],
  ['interface-possible-types', ZOO, '{ __type(name: "Named") { kind possibleTypes { name } interfaces { name } } a: __type(name: "Animal") { interfaces { name } possibleTypes { name } } }'],
  ['union-possible-types', ZOO, '{ __type(name: "Thing") { kind possibleTypes { name } fields { name } interfaces { name } } }'],
  ['enum-values-deprecated', ZOO, '{ __type(name: "Color") { enumValues { name isDeprecated deprecationReason } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }'],
  ['fields-deprecated', ZOO, '{ __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }'],
  ['input-fields-defaults', ZOO, '{ __type(name: "Point") { kind inputFields { name defaultValue type { kind name ofType { name } } } } f: __type(name: "Filter") { inputFields { name defaultValue } } }'],
  ['input-fields-deprecated', DOCS, '{ __type(name: "Options") { inputFields { name defaultValue } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } }'],
  ['args-deprecated', DOCS, '{ __type(name: "Record") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue description } } } }'],
  ['default-values-printed', DOCS, '{ __type(name: "Root") { fields { name args { name defaultValue } } } d: __schema { directives { name args { name defaultValue } } } }'],
  ['deep-of-type', DOCS, '{ __type(name: "Root") { fields { name type { ...T } } } } fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } } }'],
  ['one-of-flag', ZOO, '{ __type(name: "Lookup") { name isOneOf inputFields { name type { name kind } } } p: __type(name: "Point") { isOneOf } d: __type(name: "Dog") { isOneOf } }'],
  ['fields-on-non-object-null', ZOO, '{ __type(name: "Color") { fields { name } inputFields { name } interfaces { name } possibleTypes { name } ofType { name } } s: __type(name: "String") { enumValues { name } } }'],
  ['typename-on-introspection-types', ZOO, '{ __schema { __typename queryType { __typename } directives { __typename args { __typename } } } }'],
  ['introspection-with-data', ZOO, '{ hello __typename __type(name: "Cat") { name } }', { root: { hello: 'world' } }],
  ['introspection-aliases-and-fragments', ZOO, '{ s: __schema { q: queryType { ...N } } } fragment N on __Type { n: name k: kind }'],
  ['type-name-argument-missing', ZOO, '{ __type { name } }', { expect: 'validate' }],
  ['schema-field-on-non-root', ZOO, '{ dog { __schema { description } } }', { expect: 'validate' }],
  ['introspection-unknown-field', ZOO, '{ __schema { nope } }', { expect: 'validate' }],
];
for (const [name, sdl, query, extra] of focused) {
  add(name, sdl, query, extra);
}

export default cases;
