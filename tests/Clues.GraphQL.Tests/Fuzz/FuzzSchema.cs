using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// A moderately rich schema for fuzzing the validator: interfaces implementing interfaces, unions, recursive
/// types, input objects (nested, recursive, @oneOf), enums, custom scalars, arguments with defaults, all three
/// root types and custom directives in executable locations.
/// </summary>
internal static class FuzzSchema
{
    public const string Sdl = """
        scalar DateTime
        scalar JSON

        enum Severity { LOW MEDIUM HIGH CRITICAL @deprecated(reason: "Use HIGH.") }
        enum Order { ASC DESC }

        interface Node { id: ID! }
        interface Entity implements Node { id: ID! name: String aliases(first: Int = 5): [String!] }
        interface Timestamped { createdAt: DateTime updatedAt: DateTime }

        type Person implements Entity & Node & Timestamped {
          id: ID!
          name: String
          aliases(first: Int = 5): [String!]
          createdAt: DateTime
          updatedAt: DateTime
          idNumber: String
          employers(first: Int, after: String, order: Order = ASC): [Company!]!
          relatives(depth: Int! = 1): [Person]
          clues(filter: ClueFilter): [Clue!]
        }

        type Company implements Entity & Node {
          id: ID!
          name: String
          aliases(first: Int = 5): [String!]
          creditCode: String!
          officers: [Person!]!
          parent: Company
        }

        type Clue implements Node & Timestamped {
          id: ID!
          createdAt: DateTime
          updatedAt: DateTime
          severity: Severity!
          subject: Subject
          related(kind: [Severity!] = [HIGH]): [Clue!]!
          payload: JSON
        }

        union Subject = Person | Company
        union SearchHit = Person | Company | Clue

        input ClueFilter {
          severities: [Severity!]
          since: DateTime
          text: String = ""
          nested: ClueFilter
          range: Range
        }

        input Range { from: Int! to: Int = 100 }

        input Locate @oneOf { id: ID idNumber: String creditCode: String }

        type Query {
          node(id: ID!): Node
          entity(by: Locate!): Entity
          search(text: String!, limit: Int = 10, filter: ClueFilter): [SearchHit!]!
          clue(id: ID!): Clue
          clues(filter: ClueFilter, order: Order): [Clue]
          people(names: [String!], first: Int): [Person!]
          version: String!
          ping(echo: JSON): JSON
        }

        type Mutation {
          flag(id: ID!, severity: Severity! = MEDIUM): Clue
          merge(ids: [ID!]!, into: ID!): Entity
        }

        type Subscription { clueAdded(minSeverity: Severity): Clue tick: Int }

        directive @trace(label: String) on QUERY | MUTATION | SUBSCRIPTION | FIELD
        directive @mask repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @since(v: Int!) on FIELD | FRAGMENT_DEFINITION | INLINE_FRAGMENT
        directive @sensitive on VARIABLE_DEFINITION
        """;

    private static readonly Lazy<GraphQLSchema> Built = new(() => new SchemaBuilder().AddTypeDefinitions(Sdl).Build());

    public static GraphQLSchema Schema => Built.Value;
}
