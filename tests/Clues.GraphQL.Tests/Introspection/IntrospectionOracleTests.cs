using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Tests.Oracle;

namespace Clues.GraphQL.Tests.Introspection;

/// <summary>
/// Runs graphql-js's full introspection query (every option on, 9 levels of <c>ofType</c>) against a rich
/// schema in both engines and compares the results. The introspection types' own descriptions are ours, so
/// <c>__*</c> types are compared by structure only.
/// </summary>
public sealed class IntrospectionOracleTests
{
    private const string RichSdl = """"
        "The test schema."
        schema { query: Root mutation: Writes }

        "Root of queries."
        type Root {
          "Finds a node."
          node(id: ID!): Node
          search(
            "What to look for."
            text: String = "all",
            kinds: [Kind!] = [PERSON, COMPANY],
            filter: Filter = {limit: 10, tags: ["a", "b"]},
            old: Int @deprecated(reason: "Use filter.")
          ): [SearchResult!]!
          legacy: String @deprecated
          when: DateTime
          json: JSON
          matrix: [[[Int!]]!]
          deep: [[[[[[[Int!]!]!]!]!]!]!]!
        }

        type Writes { touch(by: By!): Boolean }

        """
        Anything with an id.
        Multi-line block description.
        """
        interface Node { id: ID! }

        interface Named implements Node { id: ID! name: String! }

        type Person implements Named & Node @tag(name: "p") @tag(name: "q") {
          id: ID!
          name: String!
          born: DateTime @cost(weight: 2)
          friends(first: Int = 5): [Person!]! @listSize(slicingArguments: ["first"])
        }

        type Company implements Node { id: ID! name: String employees: [Person!] }

        union SearchResult = Person | Company

        enum Kind {
          "A human."
          PERSON
          COMPANY
          GHOST @deprecated(reason: "Not real.")
        }

        input Filter {
          limit: Int = 20
          tags: [String!]
          since: DateTime
          legacyFlag: Boolean @deprecated(reason: "Ignored.")
          kind: Kind = COMPANY
        }

        input By @oneOf { id: ID name: String }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        "Arbitrary JSON."
        scalar JSON

        "A tag."
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE
        directive @cost(weight: Int! = 1) on FIELD_DEFINITION | ARGUMENT_DEFINITION
        directive @listSize(slicingArguments: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        extend type Company { founded: DateTime }
        """";

    [Fact]
    public async Task The_full_introspection_query_matches_graphql_js_for_a_rich_schema()
    {
        var (query, expected) = RunOracle(RichSdl);
        var schema = new SchemaBuilder().AddTypeDefinitions(RichSdl).Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query) });
        Assert.Empty(result.Errors);
        var actual = JsonNode.Parse(result.ToJson())!;

        Normalize(expected);
        Normalize(actual);

        // Type by type first, so a mismatch names the type instead of showing one huge string.
        var expectedTypes = expected["data"]!["__schema"]!["types"]!.AsArray();
        var actualTypes = actual["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Equal(expectedTypes.Select(t => t!["name"]!.GetValue<string>()), actualTypes.Select(t => t!["name"]!.GetValue<string>()));
        for (var i = 0; i < expectedTypes.Count; i++)
        {
            Assert.Equal(expectedTypes[i]!.ToJsonString(), actualTypes[i]!.ToJsonString());
        }

        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public async Task Introspection_can_be_disabled_while_typename_keeps_working()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ __typename __type(name: \"Query\") { name } }"),
            EnableIntrospection = false,
        });
        Assert.Equal(
            "{\"errors\":[{\"message\":\"GraphQL introspection has been disabled, but the requested query contained the field \\u0022__type\\u0022.\",\"locations\":[{\"line\":1,\"column\":14}],\"path\":[\"__type\"]}],\"data\":{\"__typename\":\"Query\",\"__type\":null}}",
            result.ToJson().Replace("\\\"", "\\u0022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Include_deprecated_filters_fields_arguments_input_fields_and_enum_values()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(RichSdl).Build();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("""
                {
                  root: __type(name: "Root") { fields { name args { name } } all: fields(includeDeprecated: true) { name } }
                  kind: __type(name: "Kind") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
                  filter: __type(name: "Filter") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
                  by: __type(name: "By") { isOneOf }
                }
                """),
        });
        var json = JsonNode.Parse(result.ToJson())!["data"]!;
        Assert.DoesNotContain("legacy", json["root"]!["fields"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"old\"", json["root"]!["fields"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("legacy", json["root"]!["all"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, json["kind"]!["enumValues"]!.AsArray().Count);
        Assert.Equal("Not real.", json["kind"]!["all"]![2]!["deprecationReason"]!.GetValue<string>());
        Assert.Equal(4, json["filter"]!["inputFields"]!.AsArray().Count);
        Assert.Equal(5, json["filter"]!["all"]!.AsArray().Count);
        Assert.True(json["by"]!["isOneOf"]!.GetValue<bool>());
    }

    private static void Normalize(JsonNode response)
    {
        var schema = response["data"]!["__schema"]!;
        var types = schema["types"]!.AsArray();
        var sorted = types.Select(t => t!.DeepClone()).OrderBy(t => t["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        types.Clear();
        foreach (var type in sorted)
        {
            var name = type["name"]!.GetValue<string>();
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                StripDescriptions(type);
            }

            // graphql-js 16.15 already implements directive deprecation (a post-2021 proposal): __Directive has
            // isDeprecated/deprecationReason and DIRECTIVE_DEFINITION is a location. Our target spec has neither.
            if (name == "__Directive")
            {
                RemoveWhere(type["fields"]!.AsArray(), f => f["name"]!.GetValue<string>() is "isDeprecated" or "deprecationReason");
            }

            if (name == "__Schema")
            {
                type["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "directives")!["args"] = new JsonArray();
            }

            if (name == "__DirectiveLocation")
            {
                RemoveWhere(type["enumValues"]!.AsArray(), v => v["name"]!.GetValue<string>() == "DIRECTIVE_DEFINITION");
            }

            types.Add(type);
        }

        foreach (var directive in schema["directives"]!.AsArray())
        {
            // graphql-js 16.15 already lets @deprecated sit on directive definitions, which the October 2021
            // spec (our target) does not have.
            var locations = directive!["locations"]!.AsArray();
            foreach (var location in locations.Where(l => l!.GetValue<string>() == "DIRECTIVE_DEFINITION").ToList())
            {
                locations.Remove(location);
            }
        }
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode, bool> predicate)
    {
        foreach (var item in array.Where(i => predicate(i!)).ToList())
        {
            array.Remove(item);
        }
    }

    private static void StripDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("description"))
                {
                    obj["description"] = null;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    StripDescriptions(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    StripDescriptions(child);
                }

                break;
        }
    }

    private static (string Query, JsonNode Result) RunOracle(string sdl, [CallerFilePath] string thisFile = "")
    {
        var oracleDirectory = OracleFolder.Require(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Oracle")));
        var start = new ProcessStartInfo("node", "introspection-oracle.js")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node; install Node.js to run the oracle tests.");
        process.StandardInput.Write(sdl);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "introspection-oracle.js failed: " + errors);
        var parsed = JsonNode.Parse(output)!;
        return (parsed["query"]!.GetValue<string>(), parsed["result"]!);
    }
}
