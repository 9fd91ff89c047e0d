using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clues.Api.Resolvers;
using Clues.Core.Graph;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Random operations over the API's own SDL: random fields and nested selections (with fragments on abstract
/// types), arguments mostly of the right type and sometimes of a wrong one, some of them passed as variables whose
/// JSON values may not fit the declared type. Ids are real scenario ids of the demo data or junk, so resolvers run
/// on real nodes as well as on nonsense.
/// </summary>
internal sealed class SchemaQueryGenerator
{
    private static readonly string[] KnownIds =
    [
        GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
        GlobalId.Encode(NodeLabel.Person, "per-s3-key"),
        GlobalId.Encode(NodeLabel.Person, "per-s4-shared"),
        GlobalId.Encode(NodeLabel.Fund, "fund-s2"),
        GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421"),
        GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431400"),
        GlobalId.Encode(NodeLabel.Clue, "clue-none"),
        GlobalId.Encode(NodeLabel.InspectionRound, "round-none"),
        "UGVyc29uOg==",
        "not-an-id",
        "",
        "Person:per-s1-cadre",
    ];

    private readonly GraphQLSchema _schema;
    private readonly Random _random;
    private readonly List<(string Name, string Type, JsonNode? Value)> _variables = [];

    public SchemaQueryGenerator(GraphQLSchema schema, Random random)
    {
        _schema = schema;
        _random = random;
    }

    /// <summary>How often an argument gets a value of a wrong kind (0 to 1).</summary>
    public double WrongTypeRate { get; set; } = 0.1;

    /// <summary>Loads the API's SDL (schema/clues.graphql beside the CLI) into a schema without resolvers.</summary>
    public static GraphQLSchema LoadApiSchema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schema", "clues.graphql");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The API's SDL is not at {path}; build src/Clues.Cli, which copies schema/ beside it.", path);
        }

        return new SchemaBuilder().AddTypeDefinitions(File.ReadAllText(path), "clues.graphql").Build();
    }

    /// <summary>A random operation and its variables (null when it declares none).</summary>
    public (string Document, JsonObject? Variables) Operation(bool mutation, int maxDepth)
    {
        _variables.Clear();
        var root = mutation && _schema.Mutation is { } m ? m : _schema.Query;
        var selection = Selection(root, maxDepth, maxFields: mutation ? 1 : 3);
        var header = new StringBuilder(mutation ? "mutation Fuzz" : "query Fuzz");
        JsonObject? variables = null;
        if (_variables.Count > 0)
        {
            header.Append('(').AppendJoin(", ", _variables.Select(v => $"${v.Name}: {v.Type}")).Append(')');
            variables = [];
            foreach (var (name, _, value) in _variables)
            {
                // Left out sometimes, so required variables go missing too.
                if (_random.NextDouble() < 0.9)
                {
                    variables[name] = value;
                }
            }
        }

        return (header.Append(' ').Append(selection).ToString(), variables);
    }

    /// <summary>A selection of at most <paramref name="depth"/> levels nested along real fields (for the depth limit).</summary>
    public string DeepSelection(int depth)
    {
        var builder = new StringBuilder("query Deep { ");
        NamedType type = _schema.Query;
        var closing = 0;
        for (var level = 0; level < depth; level++)
        {
            var composite = type is ComplexType complex
                ? complex.Fields.Where(f => f.Type.GetNamedType() is ComplexType && !f.Arguments.Any(a => a.IsRequired())).ToList()
                : [];
            if (composite.Count == 0)
            {
                // Dead end: restart from a node that links back into the graph.
                builder.Append("node(id: \"").Append(KnownIds[0]).Append("\") { ... on Person { ");
                closing += 2;
                type = _schema.FindType("Person")!;
                continue;
            }

            var field = composite[_random.Next(composite.Count)];
            builder.Append(field.Name).Append(" { ");
            closing++;
            type = field.Type.GetNamedType();
        }

        builder.Append("__typename");
        builder.Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", closing)));
        return builder.Append('}').ToString();
    }

    private string Selection(NamedType type, int depth, int maxFields)
    {
        var builder = new StringBuilder("{ ");
        if (type is UnionType)
        {
            builder.Append("__typename ");
            foreach (var possible in _schema.GetPossibleTypes(type).OrderBy(_ => _random.Next()).Take(2))
            {
                builder.Append("... on ").Append(possible.Name).Append(' ').Append(Selection(possible, depth, 2)).Append(' ');
            }

            return builder.Append('}').ToString();
        }

        var complex = (ComplexType)type;
        var fields = complex.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var count = 1 + _random.Next(Math.Max(1, maxFields));
        var written = 0;
        for (var i = 0; i < count && fields.Count > 0; i++)
        {
            var field = fields[_random.Next(fields.Count)];
            var named = field.Type.GetNamedType();
            var leaf = named is ScalarType or EnumType;
            if (!leaf && depth <= 0)
            {
                continue;
            }

            if (_random.NextDouble() < 0.1)
            {
                builder.Append('a').Append(_random.Next(1000)).Append(": ");
            }

            builder.Append(field.Name).Append(Arguments(field)).Append(' ');
            if (!leaf)
            {
                builder.Append(Selection(named, depth - 1, 3)).Append(' ');
            }

            written++;
        }

        if (type is InterfaceType && depth > 0)
        {
            var possible = _schema.GetPossibleTypes(type);
            if (possible.Count > 0)
            {
                var chosen = possible[_random.Next(possible.Count)];
                builder.Append("... on ").Append(chosen.Name).Append(' ').Append(Selection(chosen, depth - 1, 2)).Append(' ');
                written++;
            }
        }

        if (written == 0)
        {
            builder.Append("__typename ");
        }

        return builder.Append('}').ToString();
    }

    private string Arguments(FieldDefinition field)
    {
        var given = field.Arguments.Where(a => a.IsRequired() || _random.NextDouble() < 0.4).ToList();
        if (_random.NextDouble() < 0.03)
        {
            // An argument the field does not have.
            return "(nosuchArgument: 1)";
        }

        if (given.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>(given.Count);
        foreach (var argument in given)
        {
            if (_random.NextDouble() < 0.2)
            {
                var name = "v" + _variables.Count.ToString(CultureInfo.InvariantCulture);
                _variables.Add((name, argument.Type.ToString()!, Json(argument.Type, 0)));
                parts.Add($"{argument.Name}: ${name}");
            }
            else
            {
                parts.Add($"{argument.Name}: {Literal(argument.Type, 0)}");
            }
        }

        return "(" + string.Join(", ", parts) + ")";
    }

    private string Literal(GraphQLType type, int nesting)
    {
        if (_random.NextDouble() < WrongTypeRate || nesting > 4)
        {
            return WrongLiteral();
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Literal(nonNull.OfType, nesting);
            case ListType list:
                var items = Enumerable.Range(0, _random.Next(4)).Select(_ => Literal(list.OfType, nesting + 1));
                return "[" + string.Join(", ", items) + "]";
            case EnumType enumType:
                return enumType.Values[_random.Next(enumType.Values.Count)].Name;
            case InputObjectType input:
                var fields = input.Fields.Where(f => f.IsRequired() || _random.NextDouble() < 0.5)
                    .Select(f => $"{f.Name}: {Literal(f.Type, nesting + 1)}");
                return "{ " + string.Join(", ", fields) + " }";
            case ScalarType scalar:
                return ScalarLiteral(scalar.Name);
            default:
                return "null";
        }
    }

    private string ScalarLiteral(string name) => name switch
    {
        "Int" => _random.Next(4) switch { 0 => "1", 1 => "-1", 2 => "2147483648", _ => _random.Next(200).ToString(CultureInfo.InvariantCulture) },
        "Float" => _random.Next(3) switch { 0 => "0.5", 1 => "1e308", _ => "-3.25" },
        "Boolean" => _random.Next(2) == 0 ? "true" : "false",
        "ID" => Quote(KnownIds[_random.Next(KnownIds.Length)]),
        "Date" => Quote(_random.Next(4) switch { 0 => "2024-05-01", 1 => "2024-02-30", 2 => "0001-01-01", _ => "昨天" }),
        _ => Quote(RandomText()),
    };

    private string WrongLiteral() => _random.Next(9) switch
    {
        0 => "1.5",
        1 => "\"x\"",
        2 => "true",
        3 => "null",
        4 => "[1, \"a\", null]",
        5 => "{ a: 1 }",
        6 => "$undeclared",
        7 => "NOT_A_VALUE",
        _ => "99999999999999999999",
    };

    private JsonNode? Json(GraphQLType type, int nesting)
    {
        if (_random.NextDouble() < WrongTypeRate * 2 || nesting > 4)
        {
            return _random.Next(6) switch
            {
                0 => JsonValue.Create(1.5),
                1 => JsonValue.Create("x"),
                2 => JsonValue.Create(true),
                3 => null,
                4 => new JsonArray(1, "a", null),
                _ => new JsonObject { ["a"] = 1 },
            };
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Json(nonNull.OfType, nesting);
            case ListType list:
                var array = new JsonArray();
                for (var i = _random.Next(4); i > 0; i--)
                {
                    array.Add(Json(list.OfType, nesting + 1));
                }

                return array;
            case EnumType enumType:
                return JsonValue.Create(enumType.Values[_random.Next(enumType.Values.Count)].Name);
            case InputObjectType input:
                var json = new JsonObject();
                foreach (var field in input.Fields.Where(f => f.IsRequired() || _random.NextDouble() < 0.5))
                {
                    json[field.Name] = Json(field.Type, nesting + 1);
                }

                return json;
            case ScalarType { Name: "Int" }:
                return JsonValue.Create(_random.Next(3) == 0 ? 4294967296L : _random.Next(-5, 200));
            case ScalarType { Name: "Float" }:
                return JsonValue.Create(_random.NextDouble() * 1000);
            case ScalarType { Name: "Boolean" }:
                return JsonValue.Create(_random.Next(2) == 0);
            case ScalarType { Name: "ID" }:
                return JsonValue.Create(KnownIds[_random.Next(KnownIds.Length)]);
            default:
                return JsonValue.Create(RandomText());
        }
    }

    /// <summary>Short text of the kinds users type and attackers send.</summary>
    public string RandomText() => _random.Next(10) switch
    {
        0 => "王",
        1 => "李明",
        2 => "",
        3 => " ",
        4 => "江临市祥丰市政工程有限公司",
        5 => "' OR 1=1 --",
        6 => "%_\\*?[",
        7 => "\u0000\u001f\u202e",
        8 => "🀄𠀀\uFFFF",
        _ => new string('字', _random.Next(1, 300)),
    };

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
