using System.Text;

namespace Clues.Cli.BenchGraphQL;

/// <summary>The three queries of <c>clues bench graphql</c>, sent unchanged to both servers.</summary>
internal static class BenchQueries
{
    public static BenchQuery ThreeFields { get; } = new(
        "threeFields",
        "{ hello version now }",
        null,
        "three root scalars: parse, validate and execute cost with a tiny response");

    public static BenchQuery Introspection { get; } = new(
        "introspection",
        FullIntrospection(),
        "IntrospectionQuery",
        "GraphiQL's full introspection query (descriptions, specifiedByURL, isRepeatable, deprecated arguments and input fields, 9 levels of ofType)",
        IsIntrospection: true);

    public static BenchQuery Nested { get; } = new(
        "nested",
        "{ items { id name children { id name children { id name } } } }",
        null,
        BenchDefinition.ShapeDescription);

    public static IReadOnlyList<BenchQuery> All { get; } = [ThreeFields, Introspection, Nested];

    /// <summary>
    /// The query GraphiQL sends to load the schema: the full type, directive and input-value selections, with
    /// type references unrolled nine <c>ofType</c> levels deep. Built here rather than fetched so the bench
    /// needs no browser bundle.
    /// </summary>
    private static string FullIntrospection()
    {
        var typeRef = new StringBuilder("kind name");
        for (var i = 0; i < 9; i++)
        {
            typeRef.Insert(0, "kind name ofType { ").Append(" }");
        }

        return $$"""
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
              specifiedByURL
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

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              isDeprecated
              deprecationReason
            }

            fragment TypeRef on __Type { {{typeRef}} }
            """;
    }
}
