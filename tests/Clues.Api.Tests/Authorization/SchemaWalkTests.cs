using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clues.Api.Authorization;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Clues.Api.Tests.Authorization;

/// <summary>
/// Issue 8: every Query field, found by introspection (so fields added later are walked too), is called by low-privilege
/// 青山县 users with arguments pointing at other offices' nodes and at their own, selecting every field of the answer
/// three levels deep; no node of another jurisdiction may appear anywhere in any answer, by global id or store id.
/// </summary>
public sealed partial class SchemaWalkTests(SchemaWalkApiFactory factory, ITestOutputHelper output) : IClassFixture<SchemaWalkApiFactory>
{
    private const string Qingshan = "431421";
    private const int Depth = 3;

    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private static readonly string Introspection = $$"""
        {
          __schema {
            queryType { name }
            types {
              name kind
              possibleTypes { name }
              enumValues { name }
              inputFields { name type { {{TypeRef}} } }
              fields { name args { name type { {{TypeRef}} } } type { {{TypeRef}} } }
            }
          }
        }
        """;

    [GeneratedRegex(@"[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)+")]
    private static partial Regex IdLike();

    private static Principal County(string id, params Role[] roles) =>
        new(id, id, roles.ToHashSet(), DivisionCode.Parse(Qingshan), JurisdictionLevel.County);

    [Fact]
    public async Task Every_query_field_walked_by_a_county_group_member_and_a_roleless_user_returns_no_node_of_another_jurisdiction()
    {
        var (foreign, own) = await PartitionNodesAsync();
        // The oracle itself is checked against the hand-checked scenarios of seed/README.md.
        Assert.Contains("per-s1-cadre", foreign[NodeLabel.Person]);
        Assert.Contains("clue-s4-county", foreign[NodeLabel.Clue]);
        Assert.Contains("unit-00021", foreign[NodeLabel.Unit]);
        Assert.Contains("per-s3-key", own[NodeLabel.Person]);
        var forbidden = foreign.Values.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        // Jurisdictions are reference geography, never forbidden, but arguments name other offices' (and the own) ones.
        foreign[NodeLabel.Jurisdiction].AddRange(["jur-431402", "jur-431400"]);
        own[NodeLabel.Jurisdiction].Add("jur-" + Qingshan);

        using var member = factory.CreateClientFor(County("walk-member", Role.GroupMember));
        using var roleless = factory.CreateClientFor(County("walk-nobody"));
        var (_, schemaBody) = await member.PostGraphQLAsync(Introspection);
        var schema = new SchemaModel(schemaBody.Data().GetProperty("__schema"));
        var queryFields = schema.Types[schema.QueryType].GetProperty("fields").EnumerateArray().ToList();
        Assert.True(queryFields.Count >= 12, "introspection lists the Query fields");

        var calls = 0;
        var answered = 0;
        var failures = new List<string>();
        foreach (var field in queryFields)
        {
            foreach (var (label, arguments) in Variants(schema, field, foreign, own))
            {
                var document = $"{{ walked: {field.GetProperty("name").GetString()}{arguments}{Selection(schema, field.GetProperty("type"), Depth)} }}";
                foreach (var (who, client) in new[] { ("group member", member), ("no roles", roleless) })
                {
                    var (status, body) = await client.PostGraphQLAsync(document);
                    calls++;
                    var what = $"{field.GetProperty("name").GetString()} ({label}, {who})";
                    if (status >= 500)
                    {
                        failures.Add($"{what}: HTTP {status} {body}");
                        continue;
                    }

                    var hasData = body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.GetProperty("walked").ValueKind != JsonValueKind.Null;
                    if (hasData)
                    {
                        answered++;
                    }

                    output.WriteLine($"{what}: {(hasData ? $"data, {body.GetRawText().Length} bytes" : "no data")}{(body.TryGetProperty("errors", out var e) ? $", {e.GetArrayLength()} errors ({e[0].GetProperty("message").GetString()})" : "")}");

                    if (body.TryGetProperty("errors", out var errors))
                    {
                        foreach (var error in errors.EnumerateArray())
                        {
                            var code = error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() : null;
                            if (code is not ("FORBIDDEN" or "BAD_USER_INPUT"))
                            {
                                failures.Add($"{what}: an error that is neither a refusal nor an input error: {error}");
                            }
                        }
                    }

                    Scan(body, "$", forbidden, what, failures);
                }
            }
        }

        output.WriteLine($"{queryFields.Count} Query fields, {calls} calls, {answered} answered with data.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        // The walk must reach data, or it proves nothing: the group member's own-office calls answer.
        Assert.True(answered >= queryFields.Count, $"only {answered} of {calls} calls answered with data");
    }

    /// <summary>Every node in the store, split by the policy's own derivation into other offices' and the county's own.</summary>
    private async Task<(Dictionary<NodeLabel, List<string>> Foreign, Dictionary<NodeLabel, List<string>> Own)> PartitionNodesAsync()
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var jurisdictions = factory.Services.GetRequiredService<NodeJurisdictions>();
        var filter = new VisibilityFilter(County("oracle"));
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        await foreach (var node in store.ScanNodesAsync())
        {
            labels[node.Id] = node.Label;
        }

        var foreign = Enum.GetValues<NodeLabel>().ToDictionary(l => l, _ => new List<string>());
        var own = Enum.GetValues<NodeLabel>().ToDictionary(l => l, _ => new List<string>());
        foreach (var (id, codes) in await jurisdictions.OfAsync(store, labels.Keys.ToList(), CancellationToken.None))
        {
            if (labels[id] == NodeLabel.Jurisdiction)
            {
                // Reference geography, visible to all (NodeJurisdictions).
                continue;
            }

            (codes.Any(filter.IsVisible) ? own : foreign)[labels[id]].Add(id);
        }

        foreach (var list in foreign.Values.Concat(own.Values))
        {
            list.Sort(StringComparer.Ordinal);
        }

        return (foreign, own);
    }

    /// <summary>
    /// Argument sets for one field: for each ID argument (or input field of type ID), once with other offices' nodes and
    /// once with the county's own, the required arguments always filled; a field without ID arguments runs as is.
    /// </summary>
    private static IEnumerable<(string Label, string Arguments)> Variants(
        SchemaModel schema, JsonElement field, Dictionary<NodeLabel, List<string>> foreign, Dictionary<NodeLabel, List<string>> own)
    {
        var args = field.GetProperty("args").EnumerateArray().ToList();
        var idTargets = new List<(string Arg, string? InputField)>();
        foreach (var arg in args)
        {
            var named = SchemaModel.Named(arg.GetProperty("type"));
            if (named == "ID")
            {
                idTargets.Add((arg.GetProperty("name").GetString()!, null));
            }
            else if (schema.Types.TryGetValue(named, out var type) && type.GetProperty("kind").GetString() == "INPUT_OBJECT")
            {
                foreach (var inputField in type.GetProperty("inputFields").EnumerateArray().Where(f => SchemaModel.Named(f.GetProperty("type")) == "ID"))
                {
                    idTargets.Add((arg.GetProperty("name").GetString()!, inputField.GetProperty("name").GetString()));
                }
            }
        }

        var sides = new[] { ("foreign", foreign), ("own", own) };
        if (idTargets.Count == 0)
        {
            // Free text (search): a common surname, and names and identifiers of other offices' scenario nodes.
            var texts = args.Any(a => a.GetProperty("name").GetString() == "text")
                ? new[] { "王", "刘峻熙", "431402197502270017", "91431400203093921Q", "XC431402", "工程" }
                : ["王"];
            foreach (var text in texts)
            {
                yield return ($"text {text}", Arguments(schema, args, null, null, own, text));
            }

            yield break;
        }

        // Two-ended fields (paths) take every required ID at once; others one ID argument at a time.
        foreach (var (side, pool) in sides)
        {
            foreach (var target in idTargets)
            {
                yield return ($"{side} {target.Arg}{(target.InputField is null ? "" : "." + target.InputField)}", Arguments(schema, args, target, pool, pool));
            }
        }

        // Mixed ends: from the county's own node to another office's.
        if (args.Count(a => SchemaModel.IsRequired(a.GetProperty("type")) && SchemaModel.Named(a.GetProperty("type")) == "ID") >= 2)
        {
            yield return ("own to foreign", Arguments(schema, args, idTargets[0], own, foreign));
        }
    }

    private static string Arguments(
        SchemaModel schema,
        List<JsonElement> args,
        (string Arg, string? InputField)? target,
        Dictionary<NodeLabel, List<string>>? targetPool,
        Dictionary<NodeLabel, List<string>> otherPool,
        string text = "王")
    {
        var parts = new List<string>();
        var requiredIndex = 0;
        foreach (var arg in args)
        {
            var name = arg.GetProperty("name").GetString()!;
            var type = arg.GetProperty("type");
            var isTarget = target is { } t && t.Arg == name;
            if (isTarget && target!.Value.InputField is { } inputField)
            {
                var fieldType = schema.Types[SchemaModel.Named(type)].GetProperty("inputFields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == inputField).GetProperty("type");
                parts.Add($"{name}: {{ {inputField}: {IdValue(fieldType, inputField, targetPool!, 0)} }}");
            }
            else if (isTarget)
            {
                parts.Add($"{name}: {IdValue(type, name, targetPool!, requiredIndex++)}");
            }
            else if (SchemaModel.IsRequired(type))
            {
                var named = SchemaModel.Named(type);
                parts.Add(named == "ID"
                    ? $"{name}: {IdValue(type, name, otherPool, requiredIndex++)}"
                    : $"{name}: {Value(schema, type, name, text)}");
            }
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>A node id for an argument, of the kind its name suggests (person, unit, fund, round…), people otherwise.</summary>
    private static string IdValue(JsonElement type, string name, Dictionary<NodeLabel, List<string>> pool, int index)
    {
        var lower = name.ToLowerInvariant();
        var label = Enum.GetValues<NodeLabel>().FirstOrDefault(l => lower.StartsWith(l.ToString().ToLowerInvariant(), StringComparison.Ordinal) && pool[l].Count > 0, NodeLabel.Person);
        label = lower switch
        {
            "round" or "rounds" => NodeLabel.InspectionRound,
            "group" or "groups" => NodeLabel.InspectionGroup,
            _ => label,
        };
        string Encode(int i) => GlobalId.Encode(label, pool[label][Math.Min(i, pool[label].Count - 1)]);
        return SchemaModel.IsList(type)
            ? $"[\"{Encode(index)}\", \"{Encode(index + 1)}\"]"
            : $"\"{Encode(index)}\"";
    }

    private static string Value(SchemaModel schema, JsonElement type, string name, string text)
    {
        var named = SchemaModel.Named(type);
        var single = named switch
        {
            "String" => name == "text" ? JsonSerializer.Serialize(text) : "\"研判\"",
            "Int" => "5",
            "Float" => "1.0",
            "Boolean" => "true",
            "Date" => "\"2024-01-01\"",
            "DateTime" => "\"2024-01-01T00:00:00+08:00\"",
            _ when schema.Types.TryGetValue(named, out var t) && t.GetProperty("kind").GetString() == "ENUM" => t.GetProperty("enumValues")[0].GetProperty("name").GetString()!,
            _ => "{}",
        };
        return SchemaModel.IsList(type) ? "[" + single + "]" : single;
    }

    /// <summary>Every field without required arguments, to <paramref name="depth"/> levels; abstract types through each possible type.</summary>
    private static string Selection(SchemaModel schema, JsonElement typeRef, int depth)
    {
        var named = SchemaModel.Named(typeRef);
        var type = schema.Types[named];
        var kind = type.GetProperty("kind").GetString();
        if (kind is "SCALAR" or "ENUM")
        {
            return "";
        }

        var builder = new StringBuilder(" { __typename");
        if (kind is "INTERFACE" or "UNION")
        {
            if (type.TryGetProperty("fields", out var shared) && shared.ValueKind == JsonValueKind.Array && shared.EnumerateArray().Any(f => f.GetProperty("name").GetString() == "id"))
            {
                builder.Append(" id");
            }

            if (depth > 0)
            {
                foreach (var possible in type.GetProperty("possibleTypes").EnumerateArray())
                {
                    var concrete = possible.GetProperty("name").GetString()!;
                    // Aliased by type: sibling fragments may hold same-named fields of different types (Unit.kind, Fund.kind).
                    builder.Append(" ... on ").Append(concrete).Append(Fields(schema, schema.Types[concrete], depth - 1, concrete + "_"));
                }
            }

            return builder.Append(" }").ToString();
        }

        return Fields(schema, type, depth);
    }

    private static string Fields(SchemaModel schema, JsonElement type, int depth, string alias = "")
    {
        var builder = new StringBuilder(" { __typename");
        foreach (var field in type.GetProperty("fields").EnumerateArray())
        {
            if (field.GetProperty("args").EnumerateArray().Any(a => SchemaModel.IsRequired(a.GetProperty("type"))))
            {
                continue;
            }

            var fieldType = field.GetProperty("type");
            var namedKind = schema.Types[SchemaModel.Named(fieldType)].GetProperty("kind").GetString();
            var name = field.GetProperty("name").GetString();
            var key = alias.Length == 0 ? name : $"{alias}{name}: {name}";
            if (namedKind is "SCALAR" or "ENUM")
            {
                builder.Append(' ').Append(key);
            }
            else if (depth > 0)
            {
                builder.Append(' ').Append(key).Append(Selection(schema, fieldType, depth - 1));
            }
        }

        return builder.Append(" }").ToString();
    }

    /// <summary>Fails on any string naming a forbidden node: a global id decoding to one, or a store id inside a text.</summary>
    private static void Scan(JsonElement element, string path, HashSet<string> forbidden, string what, List<string> failures)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Scan(property.Value, path + "." + property.Name, forbidden, what, failures);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Scan(item, $"{path}[{i++}]", forbidden, what, failures);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (GlobalId.TryDecode(text, out _, out var storeId) && forbidden.Contains(storeId))
                {
                    failures.Add($"{what}: {path} is {storeId}, a node of another jurisdiction");
                }

                foreach (Match word in IdLike().Matches(text))
                {
                    if (forbidden.Contains(word.Value))
                    {
                        failures.Add($"{what}: {path} names {word.Value}, a node of another jurisdiction");
                    }
                }

                break;
        }
    }

    /// <summary>The introspected types by name, and helpers over introspection type references.</summary>
    private sealed class SchemaModel
    {
        public SchemaModel(JsonElement schema)
        {
            QueryType = schema.GetProperty("queryType").GetProperty("name").GetString()!;
            Types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t, StringComparer.Ordinal);
        }

        public string QueryType { get; }

        public Dictionary<string, JsonElement> Types { get; }

        public static string Named(JsonElement typeRef) =>
            typeRef.GetProperty("kind").GetString() is "NON_NULL" or "LIST" ? Named(typeRef.GetProperty("ofType")) : typeRef.GetProperty("name").GetString()!;

        public static bool IsRequired(JsonElement typeRef) => typeRef.GetProperty("kind").GetString() == "NON_NULL";

        public static bool IsList(JsonElement typeRef) => typeRef.GetProperty("kind").GetString() switch
        {
            "NON_NULL" => IsList(typeRef.GetProperty("ofType")),
            "LIST" => true,
            _ => false,
        };
    }
}
