using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.GraphQL.Types;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Makes the inputs of <c>clues fuzz http</c>, each from one of the generators named by <see cref="Kinds"/>: random
/// schema operations with wrong argument types, mutated valid queries, deep nesting, alias and fragment bombs, huge
/// documents, strings and variables, invalid UTF-8 and random bytes, bodies over the limit, wrong content types,
/// methods and Accept headers, bad, expired and forged tokens, malformed JSON envelopes and random mutations.
/// </summary>
internal sealed class HttpInputGenerator
{
    private const int BodyLimit = 1024 * 1024;

    private static readonly string[] ValidQueries =
    [
        "{ stats { nodes relationships } }",
        "query S($t: String!) { search(text: $t, first: 5) { rank node { __typename id ... on Person { name } } } }",
        "{ clues(first: 5) { edges { node { id code status problems subjects { role node { id } } } } pageInfo { endCursor } } }",
        "query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { totalReachable nodes { depth node { id __typename } } edges { type source target } } }",
        "query P($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6) { truncated paths { length } } }",
        "{ node(id: \"UGVyc29uOnBlci1zMS1jYWRyZQ\") { id __typename } }",
    ];

    /// <summary>Every generator, with its weight.</summary>
    public static IReadOnlyList<(string Kind, int Weight)> Kinds { get; } =
    [
        ("schemaRandom", 22), ("mutatedQuery", 12), ("deepNesting", 4), ("aliasBomb", 4), ("fragmentBomb", 4),
        ("hugeDocument", 4), ("invalidUtf8", 4), ("randomBytes", 3), ("oversizedBody", 3), ("wrongContentType", 5),
        ("wrongMethod", 6), ("badToken", 8), ("hugeVariables", 5), ("wrongVariableTypes", 8), ("randomMutation", 6),
        ("malformedEnvelope", 4), ("oddAccept", 2),
    ];

    private readonly Random _random;
    private readonly SchemaQueryGenerator _schema;
    private readonly FuzzTokens _tokens;
    private readonly int _totalWeight = Kinds.Sum(k => k.Weight);

    public HttpInputGenerator(GraphQLSchema schema, FuzzTokens tokens, Random random)
    {
        _random = random;
        _tokens = tokens;
        _schema = new SchemaQueryGenerator(schema, random);
    }

    public HttpFuzzInput Next()
    {
        var pick = _random.Next(_totalWeight);
        foreach (var (kind, weight) in Kinds)
        {
            if (pick < weight)
            {
                return Make(kind);
            }

            pick -= weight;
        }

        return Make(Kinds[0].Kind);
    }

    /// <summary>An input of the named generator.</summary>
    public HttpFuzzInput Make(string kind) => kind switch
    {
        "schemaRandom" => SchemaRandom(),
        "mutatedQuery" => MutatedQuery(),
        "deepNesting" => DeepNesting(),
        "aliasBomb" => AliasBomb(),
        "fragmentBomb" => FragmentBomb(),
        "hugeDocument" => HugeDocument(),
        "invalidUtf8" => InvalidUtf8(),
        "randomBytes" => RandomBytes(),
        "oversizedBody" => Oversized(),
        "wrongContentType" => WrongContentType(),
        "wrongMethod" => WrongMethod(),
        "badToken" => BadToken(),
        "hugeVariables" => HugeVariables(),
        "wrongVariableTypes" => WrongVariableTypes(),
        "randomMutation" => RandomMutation(),
        "malformedEnvelope" => MalformedEnvelope(),
        "oddAccept" => OddAccept(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such input generator."),
    };

    private HttpFuzzInput Post(string kind, string document, JsonNode? variables = null, string? token = null, string? operationName = null)
    {
        var envelope = new JsonObject { ["query"] = document };
        if (variables is not null)
        {
            envelope["variables"] = variables;
        }

        if (operationName is not null)
        {
            envelope["operationName"] = operationName;
        }

        return Raw(kind, Encoding.UTF8.GetBytes(envelope.ToJsonString()), token);
    }

    private HttpFuzzInput Raw(string kind, byte[] body, string? token = null, string contentType = "application/json") =>
        new(kind, "POST", string.Empty, contentType, "Bearer " + (token ?? _tokens.Analyst), "application/graphql-response+json", body);

    private HttpFuzzInput SchemaRandom()
    {
        var mutation = _random.NextDouble() < 0.2;
        _schema.WrongTypeRate = _random.NextDouble() < 0.5 ? 0 : 0.15;
        var (document, variables) = _schema.Operation(mutation, 1 + _random.Next(4));
        return Post("schemaRandom", document, variables, mutation ? _tokens.GroupMember : Token());
    }

    private HttpFuzzInput MutatedQuery()
    {
        var text = new StringBuilder(ValidQueries[_random.Next(ValidQueries.Length)]);
        const string alphabet = "{}()[]:$!@.,\"\\#=|&…王\u0000\t\n 0aZ_";
        for (var edits = 1 + _random.Next(5); edits > 0 && text.Length > 0; edits--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(4))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, alphabet[_random.Next(alphabet.Length)]);
                    break;
                case 2:
                    var length = Math.Min(text.Length - at, 1 + _random.Next(12));
                    text.Insert(at, text.ToString(at, length));
                    break;
                default:
                    text[at] = alphabet[_random.Next(alphabet.Length)];
                    break;
            }
        }

        var variables = new JsonObject { ["t"] = "王", ["id"] = "UGVyc29uOnBlci1zMS1jYWRyZQ", ["a"] = "x", ["b"] = "y" };
        return Post("mutatedQuery", text.ToString(), _random.Next(2) == 0 ? variables : null);
    }

    private HttpFuzzInput DeepNesting()
    {
        var depth = _random.Next(4) switch { 0 => 16, 1 => 40, 2 => 300, _ => 3000 };
        string document = _random.Next(4) switch
        {
            0 => _schema.DeepSelection(Math.Min(depth, 200)),
            1 => "{" + string.Concat(Enumerable.Repeat("stats {", depth)) + "nodes" + new string('}', depth + 1),
            2 => "{ search(text: " + new string('[', depth) + "\"王\"" + new string(']', depth) + ") { rank } }",
            _ => "{ clues(filter: " + string.Concat(Enumerable.Repeat("{ a: ", depth)) + "1" + new string('}', depth) + ") { edges { cursor } } }",
        };
        return Post("deepNesting", document);
    }

    private HttpFuzzInput AliasBomb()
    {
        var count = _random.Next(3) switch { 0 => 500, 1 => 3000, _ => 20000 };
        var field = _random.Next(2) == 0 ? "stats { nodes }" : "search(text: \"王\", first: 100) { rank }";
        var builder = new StringBuilder("{ ");
        for (var i = 0; i < count && builder.Length < BodyLimit - 200; i++)
        {
            builder.Append('a').Append(i.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(field).Append(' ');
        }

        return Post("aliasBomb", builder.Append('}').ToString());
    }

    private HttpFuzzInput FragmentBomb()
    {
        var builder = new StringBuilder();
        switch (_random.Next(3))
        {
            case 0:
                // Each fragment spreads the next twice: 2^n fields once expanded.
                var levels = 10 + _random.Next(40);
                builder.Append("query { ...F0 } ");
                for (var i = 0; i < levels; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
                }

                builder.Append(CultureInfo.InvariantCulture, $"fragment F{levels} on Query {{ stats {{ nodes }} }}");
                break;
            case 1:
                builder.Append("query { ...A } fragment A on Query { ...B stats { nodes } } fragment B on Query { ...A }");
                break;
            default:
                // Wide: one fragment spread many times per level.
                builder.Append("query { ...W0 } ");
                for (var i = 0; i < 6; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"fragment W{i} on Query {{ ").Append(string.Concat(Enumerable.Repeat($"...W{i + 1} ", 20))).Append("} ");
                }

                builder.Append("fragment W6 on Query { stats { nodes relationships } }");
                break;
        }

        return Post("fragmentBomb", builder.ToString());
    }

    private HttpFuzzInput HugeDocument()
    {
        switch (_random.Next(3))
        {
            case 0:
                // Far past the token limit: a long list of tiny tokens.
                return Post("hugeDocument", "{ search(text: \"王\", kinds: [" + string.Concat(Enumerable.Repeat("PERSON ", 100_000)) + "]) { rank } }");
            case 1:
                return Post("hugeDocument", "query($t: String!) { search(text: $t) { rank } }", new JsonObject { ["t"] = new string('王', 300_000) });
            default:
                return Post("hugeDocument", "{ search(text: \"" + new string('a', 900_000) + "\") { rank } }");
        }
    }

    private HttpFuzzInput InvalidUtf8()
    {
        var valid = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ search(text: \"王王王\") { rank } }" }));
        var body = valid.ToList();
        byte[][] bad = [[0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE5, 0x8F]];
        for (var i = 1 + _random.Next(3); i > 0; i--)
        {
            body.InsertRange(_random.Next(body.Count), bad[_random.Next(bad.Length)]);
        }

        return Raw("invalidUtf8", [.. body]);
    }

    private HttpFuzzInput RandomBytes()
    {
        var body = new byte[_random.Next(2) == 0 ? _random.Next(1, 64) : _random.Next(64, 65536)];
        _random.NextBytes(body);
        if (_random.Next(2) == 0)
        {
            body[0] = (byte)'{';
        }

        return Raw("randomBytes", body);
    }

    private HttpFuzzInput Oversized()
    {
        var size = _random.Next(3) switch { 0 => BodyLimit + 1, 1 => 2 * BodyLimit, _ => 8 * BodyLimit };
        var body = new byte[size];
        var prefix = "{\"query\":\"{ stats { nodes } }\",\"variables\":{\"pad\":\""u8;
        prefix.CopyTo(body);
        body.AsSpan(prefix.Length).Fill((byte)'x');
        "\"}}"u8.CopyTo(body.AsSpan(size - 3));
        return Raw("oversizedBody", body) with { Chunked = _random.Next(2) == 0, MayDropConnection = true };
    }

    private HttpFuzzInput WrongContentType()
    {
        string[] types = ["text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/json; charset=utf-16", "application/jsonx", "*/*", ";;;", "application/json; charset=\"utf-8\"; x=y", "application/json; charset=utf-8; charset=latin1"];
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { nodes } }" }));
        var choice = _random.Next(types.Length + 1);
        return choice == types.Length
            ? Raw("wrongContentType", body) with { ContentType = null }
            : Raw("wrongContentType", body, contentType: types[choice]);
    }

    private HttpFuzzInput WrongMethod()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { nodes } }" }));
        var auth = "Bearer " + _tokens.Analyst;
        switch (_random.Next(7))
        {
            case 0:
                string[] methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FUZZ"];
                return new HttpFuzzInput("wrongMethod", methods[_random.Next(methods.Length)], string.Empty, "application/json", auth, "application/json", body);
            case 1:
                return new HttpFuzzInput("wrongMethod", "GET", "?query=" + Uri.EscapeDataString("mutation { registerClue(input: {}) { id } }"), null, auth, "application/json", null);
            case 2:
                return new HttpFuzzInput("wrongMethod", "GET", "?query=" + Uri.EscapeDataString("{ stats { nodes } }") + "&variables=" + Uri.EscapeDataString("[1,2"), null, auth, "application/json", null);
            case 3:
                return new HttpFuzzInput("wrongMethod", "GET", "?query=a&query=b", null, auth, "application/json", null);
            case 4:
                return new HttpFuzzInput("wrongMethod", "GET", string.Empty, null, auth, "application/json", null);
            case 5:
                return new HttpFuzzInput("wrongMethod", "GET", "?query=" + Uri.EscapeDataString(_schema.Operation(false, 2).Document), null, auth, "application/graphql-response+json", null);
            default:
                return new HttpFuzzInput("wrongMethod", "GET", "?query=" + new string('{', 5000), null, auth, "application/json", null);
        }
    }

    private HttpFuzzInput BadToken()
    {
        var valid = _tokens.Analyst;
        var tampered = valid.ToCharArray();
        var at = _random.Next(tampered.Length);
        tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
        string[] headers =
        [
            "Bearer " + _tokens.Expired,
            "Bearer " + _tokens.OtherKey,
            "Bearer " + _tokens.Unregistered,
            "Bearer " + _tokens.Revoked,
            "Bearer " + new string(tampered),
            "Bearer " + valid[..(valid.Length / 2)],
            "Bearer ",
            "Bearer garbage.garbage.garbage",
            "Basic dXNlcjpwYXNz",
            "bearer " + valid + " extra",
            "Bearer " + new string('A', 6000),
            "Bearer " + valid.Replace('.', '_'),
            "Bearer\tx",
        ];
        var header = headers[_random.Next(headers.Length)];
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { nodes } }" }));
        return _random.Next(8) == 0
            ? new HttpFuzzInput("badToken", "POST", string.Empty, "application/json", null, "application/json", body)
            : new HttpFuzzInput("badToken", "POST", string.Empty, "application/json", header, "application/json", body);
    }

    private HttpFuzzInput HugeVariables()
    {
        const string document = "query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }";
        switch (_random.Next(4))
        {
            case 0:
                var many = new JsonObject { ["id"] = "x" };
                for (var i = 0; i < 40_000; i++)
                {
                    many["k" + i.ToString(CultureInfo.InvariantCulture)] = i;
                }

                return Post("hugeVariables", document, many);
            case 1:
                var ids = new JsonArray();
                for (var i = 0; i < 50_000; i++)
                {
                    ids.Add("UGVyc29uOnBlci1zMS1jYWRyZQ");
                }

                return Post("hugeVariables", document, new JsonObject { ["id"] = "x", ["ids"] = ids });
            case 2:
                // Nested past the reader's JSON depth limit.
                var depth = 64 + _random.Next(2000);
                var text = "{\"query\":\"query($v: String) { search(text: $v) { rank } }\",\"variables\":{\"v\":" + new string('[', depth) + new string(']', depth) + "}}";
                return Raw("hugeVariables", Encoding.UTF8.GetBytes(text));
            default:
                return Post("hugeVariables", document, new JsonObject { ["id"] = new string('x', 700_000), ["ids"] = new JsonArray() });
        }
    }

    private HttpFuzzInput WrongVariableTypes()
    {
        (string Document, string Name)[] operations =
        [
            ("query($id: ID!) { node(id: $id) { id } }", "id"),
            ("query($n: Int) { clues(first: $n) { edges { cursor } } }", "n"),
            ("query($t: String!) { search(text: $t) { rank } }", "t"),
            ("query($d: Date) { neighborhood(id: \"UGVyc29uOnBlci1zMS1jYWRyZQ\", at: $d) { totalReachable } }", "d"),
            ("query($k: [NodeKind!]) { search(text: \"王\", kinds: $k) { rank } }", "k"),
            ("mutation($input: RegisterClueInput!) { registerClue(input: $input) { id } }", "input"),
        ];
        var (document, name) = operations[_random.Next(operations.Length)];
        JsonNode?[] values = [JsonValue.Create(1.5), JsonValue.Create(true), new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, null, JsonValue.Create("not-a-date"), JsonValue.Create(99999999999L), JsonValue.Create("PERSON"), JsonValue.Create(""), new JsonArray("PERSONX")];
        var value = values[_random.Next(values.Length)];
        return Post("wrongVariableTypes", document, new JsonObject { [name] = value?.DeepClone() }, document.StartsWith("mutation", StringComparison.Ordinal) ? _tokens.GroupMember : null);
    }

    private HttpFuzzInput RandomMutation()
    {
        _schema.WrongTypeRate = 0.05;
        var (document, variables) = _schema.Operation(mutation: true, maxDepth: 2);
        var token = _random.Next(3) switch { 0 => _tokens.GroupMember, 1 => _tokens.OfficeStaff, _ => _tokens.Analyst };
        return Post("randomMutation", document, variables, token);
    }

    private HttpFuzzInput MalformedEnvelope()
    {
        string[] bodies =
        [
            "{\"query\": 5}",
            "{\"query\": null}",
            "{}",
            "[]",
            "[{\"query\":\"{ stats { nodes } }\"},{\"query\":\"{ stats { nodes } }\"}]",
            "{\"query\":\"{ stats { nodes } }\",\"operationName\":7}",
            "{\"query\":\"{ stats { nodes } }\",\"variables\":[]}",
            "{\"query\":\"{ stats { nodes } }\",\"variables\":\"{}\"}",
            "{\"query\":\"{ stats { nodes } }\",\"extensions\":1}",
            "{\"query\":\"query A { stats { nodes } } query B { stats { nodes } }\"}",
            "{\"query\":\"query A { stats { nodes } }\",\"operationName\":\"B\"}",
            "{\"query\":\"subscription { stats { nodes } }\"}",
            "{\"query\":\"{ stats { nodes } }\"",
            "\"{ stats { nodes } }\"",
            "{\"query\":\"{ stats { nodes } }\",\"query\":\"{ __typename }\"}",
            "\uFEFF{\"query\":\"{ stats { nodes } }\"}",
            "   ",
            "{\"query\":\"{ __schema { types { name } } }\"}",
            "{\"query\":\"" + string.Concat(Enumerable.Range(0, 30).Select(i => $"query Q{i} {{ stats {{ nodes }} }} ")) + "\"}",
        ];
        return Raw("malformedEnvelope", Encoding.UTF8.GetBytes(bodies[_random.Next(bodies.Length)]));
    }

    private HttpFuzzInput OddAccept()
    {
        string[] accepts = ["text/html", "application/xml", "*/*", "application/json; charset=latin1", "application/graphql-response+json;q=0, application/json;q=0", "", "text/event-stream", "application/*"];
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ stats { nodes } }" }));
        return Raw("oddAccept", body) with { Accept = accepts[_random.Next(accepts.Length)] };
    }

    private string Token() => _random.Next(4) == 0 ? _tokens.GroupMember : _tokens.Analyst;
}
