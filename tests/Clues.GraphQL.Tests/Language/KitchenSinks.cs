namespace Clues.GraphQL.Tests.Language;

/// <summary>Rich documents exercising every construct of the grammar, written for these tests.</summary>
internal static class KitchenSinks
{
    public const string Executable = """"
        # Investigations over the clue graph.
        query CaseOverview($caseId: ID!, $depth: Int = 2, $kinds: [EntityKind!] = [PERSON, COMPANY] @deprecatedVar(reason: "x"),
          $filter: ClueFilter = {since: "2020-01-01", score: 0.75, flags: [true, false, null], nested: {deep: [[1], [-2]]}}) @trace(label: "overview") {
          case(id: $caseId) {
            id,
            headline: title
            lead: subject @include(if: true) {
              __typename
              ... on Person @since(v: 2) {
                idNumber
                employers(first: 10, after: $cursor, order: {by: NAME, dir: ASC}) @connection(key: "emp") {
                  edges { node { ...CompanyBits @mask } }
                }
              }
              ... @skip(if: false) {
                id
              }
              ... {
                ... on Company { creditCode }
              }
            }
            notes(text: """
                Multi-line note with "quotes"
                  and an indented line, plus a \""" triple quote.
              """, plain: "tab\tnewline\nunicode \u00e9 \u{1F600} pair \uD83D\uDE00")
            score(min: -1.5e3, max: 2E+10, exact: 0, neg: -0)
          }
        }

        mutation AddClue($input: ClueInput!) @audit {
          addClue(input: $input) { clue { id } errors }
        }

        subscription Watch($caseId: ID! @ref) {
          caseUpdated(id: $caseId) { id }
        }

        fragment CompanyBits on Company @fragDir(a: [1, 2]) {
          name
          registeredAt: foundedOn
          on
          fragment
          query
          type: schema
          true: false
          null
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null, enumish: ON, str: "", obj: {}, list: [])
          query
        }

        query {
          __schema { queryType { name } }
        }
        """";

    public const string Schema = """"
        "The clue graph schema."
        schema @graph(version: 2) {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        Root queries.
          Indented second line.
        """
        type Query implements & Node & Entity @key(fields: "id") {
          "A single entity by its identifier."
          node("The identifier" id: ID!, "Optional hint" kind: EntityKind = PERSON @hint): Node
          entities(
            """Filter to apply"""
            filter: EntityFilter = {kinds: [PERSON], minScore: 0.5}
            first: Int = 10 @deprecated(reason: "use page")
            page: PageInput
          ): [Entity!]! @cost(weight: 3)
          search(q: String!, limit: Int = 5): SearchResult
        }

        type Empty

        type Mutation { addClue(input: ClueInput!): Clue }

        type Subscription { caseUpdated(id: ID!): Case }

        interface Node { id: ID! }

        interface Entity implements Node & Labelled @interfaceDir {
          id: ID!
          label: String
        }

        interface Labelled

        union SearchResult @unionDir = | Person | Company | Case

        union Nothing

        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar Json

        enum EntityKind @enumDir {
          "A natural person."
          PERSON
          COMPANY @deprecated(reason: "merged")
          CASE
          on
        }

        input EntityFilter @oneOf {
          kinds: [EntityKind!]
          minScore: Float = 0.0
          "Block default" note: String = """
            multi
            line
          """ @inputDir
        }

        input PageInput { first: Int!, after: String }

        "Marks a field as costly."
        directive @cost(weight: Int = 1) on FIELD_DEFINITION | OBJECT

        directive @key(fields: String!) repeatable on
          | OBJECT
          | INTERFACE

        directive @everywhere(
          "The value"
          v: [Int] = [1, 2]
        ) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @extended

        extend schema { subscription: Subscription }

        extend scalar Date @tz(default: "UTC")

        extend type Query implements Labelled

        extend type Query @extra

        extend type Query { label: String }

        extend interface Entity implements Searchable { score: Float }

        extend interface Labelled @labelled

        extend union SearchResult = Clue

        extend union Nothing @marker

        extend enum EntityKind { CLUE }

        extend enum EntityKind @enumExt

        extend input PageInput { last: Int }

        extend input PageInput @inputExt
        """";
}
