using System.Globalization;
using System.Text;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Generates random executable documents from the schema: mostly well-formed and often valid, with deliberate
/// slips (unknown fields, wrong argument types, conflicting aliases, undefined variables, fragment cycles, misplaced
/// directives) so every validation rule sees both sides.
/// </summary>
internal sealed class RandomDocumentGenerator
{
    private static readonly string[] Directives = ["@skip(if: true)", "@include(if: false)", "@trace(label: \"t\")", "@mask", "@mask @mask", "@since(v: 3)", "@since", "@nope", "@sensitive"];

    private readonly Random _random;
    private readonly GraphQLSchema _schema;
    private readonly List<NamedType> _compositeTypes;
    private readonly List<string> _fragmentNames = [];
    private readonly HashSet<string> _variables = [];
    private readonly HashSet<string> _usedVariables = [];
    private readonly HashSet<string> _usedFragments = [];

    public RandomDocumentGenerator(Random random, GraphQLSchema schema)
    {
        _random = random;
        _schema = schema;
        _compositeTypes = [.. schema.Types.Where(t => !t.IsIntrospectionType && t is ComplexType or UnionType)];
    }

    public string Next()
    {
        _fragmentNames.Clear();
        _variables.Clear();
        _usedFragments.Clear();
        var builder = new StringBuilder();
        var fragments = _random.Next(4);
        for (var i = 0; i < fragments; i++)
        {
            _fragmentNames.Add("F" + i.ToString(CultureInfo.InvariantCulture));
        }

        var operations = 1 + (_random.Next(6) == 0 ? _random.Next(3) : 0);
        for (var i = 0; i < operations; i++)
        {
            WriteOperation(builder, operations > 1 || _random.Next(2) == 0 ? "Op" + i.ToString(CultureInfo.InvariantCulture) : null);
        }

        // Fragments are written after the operations so that, mostly, only the spread ones are defined.
        for (var f = 0; f < _fragmentNames.Count; f++)
        {
            var name = _fragmentNames[f];
            if (!_usedFragments.Contains(name) && !Chance(10))
            {
                continue;
            }

            var type = _compositeTypes[_random.Next(_compositeTypes.Count)];
            builder.Append("fragment ").Append(name).Append(" on ").Append(Chance(15) ? "Severity" : type.Name).Append(' ');
            if (Chance(10))
            {
                builder.Append("@since(v: 1) ");
            }

            WriteSelectionSet(builder, type, 0);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private void WriteOperation(StringBuilder builder, string? name)
    {
        var kind = _random.Next(10) switch { 0 => "mutation", 1 => "subscription", _ => "query" };
        var root = kind switch { "mutation" => _schema.Mutation, "subscription" => _schema.Subscription, _ => _schema.Query };
        if (name is null && !Chance(20))
        {
            // Anonymous query shorthand: no variables to use (beyond the occasional undefined one).
            _variables.Clear();
            WriteSelectionSet(builder, root!, 0);
            builder.Append('\n');
            return;
        }

        builder.Append(kind);
        if (name is not null)
        {
            builder.Append(' ').Append(name);
        }

        // The body is generated first so the variables it used can be declared (and, sometimes, one more or one less).
        _variables.Clear();
        _variables.UnionWith(["flag", "id", "f"]);
        _usedVariables.Clear();
        var body = new StringBuilder();
        WriteSelectionSet(body, root!, 0, kind == "subscription" && !Chance(10) ? 1 : 0);
        var declared = _usedVariables.Where(_ => !Chance(3)).ToList();
        if (Chance(5))
        {
            declared.Add("flag");
        }

        if (declared.Count > 0)
        {
            builder.Append('(').AppendJoin(", ", declared.Distinct().Select(v => v switch
            {
                "flag" => "$flag: Boolean" + (Chance(80) ? "!" : string.Empty) + (Chance(20) ? " = true" : string.Empty),
                "id" => "$id: ID!",
                _ => "$f: " + (Chance(95) ? "ClueFilter" : "Clue") + (Chance(20) ? " @sensitive" : string.Empty),
            })).Append(')');
        }

        if (Chance(15))
        {
            builder.Append(' ').Append(Directives[_random.Next(Directives.Length)]);
        }

        builder.Append(' ').Append(body).Append('\n');
    }

    private void WriteSelectionSet(StringBuilder builder, NamedType type, int depth, int exactly = 0)
    {
        builder.Append("{ ");
        var count = exactly > 0 ? exactly : 1 + _random.Next(depth == 0 ? 4 : 3);
        for (var i = 0; i < count; i++)
        {
            WriteSelection(builder, type, depth);
            builder.Append(' ');
        }

        builder.Append('}');
    }

    private void WriteSelection(StringBuilder builder, NamedType type, int depth)
    {
        var roll = _random.Next(100);
        if (roll < 8 && _fragmentNames.Count > 0)
        {
            var spread = _fragmentNames[_random.Next(_fragmentNames.Count)];
            _usedFragments.Add(spread);
            builder.Append("...").Append(spread);
            if (Chance(10))
            {
                builder.Append(' ').Append(Directives[_random.Next(Directives.Length)]);
            }

            return;
        }

        if (roll < 16)
        {
            var target = _compositeTypes[_random.Next(_compositeTypes.Count)];
            builder.Append("... ");
            if (Chance(85))
            {
                builder.Append("on ").Append(target.Name).Append(' ');
            }
            else
            {
                target = type;
            }

            WriteSelectionSet(builder, target, depth + 1);
            return;
        }

        if (roll < 20)
        {
            builder.Append("__typename");
            return;
        }

        var fields = type is ComplexType complex ? complex.Fields : [];
        if (fields.Count == 0 || Chance(4))
        {
            builder.Append(Chance(50) ? "unknownField" : "id");
            return;
        }

        var field = fields[_random.Next(fields.Count)];
        if (Chance(15))
        {
            builder.Append(Chance(50) ? "same" : field.Name + "Alias").Append(": ");
        }

        builder.Append(field.Name);
        if (field.Arguments.Count > 0 || Chance(3))
        {
            var args = field.Arguments.Where(a => (a.IsRequired() && !Chance(3)) || Chance(40)).ToList();
            if (args.Count > 0 || Chance(5))
            {
                builder.Append('(');
                foreach (var argument in args)
                {
                    builder.Append(argument.Name).Append(": ");
                    WriteValue(builder, argument.Type, 0);
                    builder.Append(' ');
                }

                if (Chance(3))
                {
                    builder.Append("bogus: 1");
                }

                builder.Append(')');
            }
        }

        if (Chance(8))
        {
            builder.Append(' ').Append(Directives[_random.Next(Directives.Length)]);
        }

        var named = field.Type.GetNamedType();
        if (named is ComplexType or UnionType)
        {
            if (depth < 6 && !Chance(3))
            {
                builder.Append(' ');
                WriteSelectionSet(builder, named, depth + 1);
            }
        }
        else if (Chance(2))
        {
            builder.Append(" { id }");
        }
    }

    private void WriteValue(StringBuilder builder, GraphQLType type, int depth)
    {
        var fitting = type.GetNamedType().Name switch { "Boolean" => "flag", "ID" => "id", "ClueFilter" => "f", _ => null };
        if (fitting is not null && _variables.Contains(fitting) && Chance(25))
        {
            _usedVariables.Add(fitting);
            builder.Append('$').Append(fitting);
            return;
        }

        if (Chance(2))
        {
            builder.Append(Chance(50) ? "$undefinedVar" : "null");
            return;
        }

        switch (type)
        {
            case NonNullType nonNull:
                WriteValue(builder, nonNull.OfType, depth);
                return;
            case ListType list:
                if (Chance(30) || depth > 3)
                {
                    WriteValue(builder, list.OfType, depth + 1);
                    return;
                }

                builder.Append('[');
                var items = _random.Next(4);
                for (var i = 0; i < items; i++)
                {
                    WriteValue(builder, list.OfType, depth + 1);
                    builder.Append(' ');
                }

                builder.Append(']');
                return;
            case InputObjectType input:
                builder.Append('{');
                foreach (var inputField in input.Fields.Where(_ => Chance(input.IsOneOf ? 40 : 60)))
                {
                    builder.Append(inputField.Name).Append(": ");
                    if (depth > 3)
                    {
                        builder.Append("null");
                    }
                    else
                    {
                        WriteValue(builder, inputField.Type, depth + 1);
                    }

                    builder.Append(' ');
                }

                builder.Append('}');
                return;
            case EnumType enumType:
                builder.Append(Chance(90) ? enumType.Values[_random.Next(enumType.Values.Count)].Name : "\"HIGH\"");
                return;
            case ScalarType scalar:
                builder.Append((scalar.Name, _random.Next(10)) switch
                {
                    (_, 0) when Chance(30) => "\"mismatch\"",
                    (_, 1) when Chance(30) => "1.5",
                    ("Int", _) => _random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
                    ("Float", _) => "3.25e2",
                    ("Boolean", _) => "true",
                    ("ID", _) => Chance(50) ? "42" : "\"id-1\"",
                    ("JSON", _) => "{a: [1, {b: ENUMISH}]}",
                    _ => "\"2024-01-01\"",
                });
                return;
            default:
                builder.Append("null");
                return;
        }
    }
}
