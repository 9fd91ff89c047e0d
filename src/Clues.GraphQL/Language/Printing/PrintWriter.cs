using System.Globalization;
using System.Text;

namespace Clues.GraphQL.Language;

/// <summary>
/// Writes nodes into one buffer. graphql-js builds strings bottom-up and indents nested blocks by
/// replacing every newline; writing top-down with an indentation level and indenting after every
/// newline produces the same text without re-copying nested output at each level.
/// </summary>
internal sealed class PrintWriter
{
    private const int MaxLineLength = 80;

    private readonly StringBuilder _out = new();
    private int _indent;

    public override string ToString() => _out.ToString();

    public void Node(SyntaxNode node)
    {
        switch (node)
        {
            case Name n: Text(n.Value); break;
            case Document n: Join(n.Definitions, "\n\n"); break;
            case OperationDefinition n: OperationDefinition(n); break;
            case VariableDefinition n:
                Node(n.Variable);
                Text(": ");
                Node(n.Type);
                if (n.DefaultValue is not null)
                {
                    Text(" = ");
                    Node(n.DefaultValue);
                }

                Directives(n.Directives);
                break;
            case SelectionSet n: Block(n.Selections); break;
            case Field n: Field(n); break;
            case Argument n: Node(n.Name); Text(": "); Node(n.Value); break;
            case FragmentSpread n: Text("..."); Node(n.Name); Directives(n.Directives); break;
            case InlineFragment n:
                Text("...");
                if (n.TypeCondition is not null)
                {
                    Text(" on ");
                    Node(n.TypeCondition);
                }

                Directives(n.Directives);
                Text(" ");
                Node(n.SelectionSet);
                break;
            case FragmentDefinition n:
                Text("fragment ");
                Node(n.Name);
                Text(" on ");
                Node(n.TypeCondition);
                Directives(n.Directives);
                Text(" ");
                Node(n.SelectionSet);
                break;
            case Variable n: Text("$"); Node(n.Name); break;
            case IntValue n: Text(n.Value); break;
            case FloatValue n: Text(n.Value); break;
            case StringValue n: StringValue(n); break;
            case BooleanValue n: Text(n.Value ? "true" : "false"); break;
            case NullValue: Text("null"); break;
            case EnumValue n: Text(n.Value); break;
            case ListValue n: Text("["); Join(n.Values, ", "); Text("]"); break;
            case ObjectValue n: Text("{"); Join(n.Fields, ", "); Text("}"); break;
            case ObjectField n: Node(n.Name); Text(": "); Node(n.Value); break;
            case Directive n:
                Text("@");
                Node(n.Name);
                if (n.Arguments.Count > 0)
                {
                    Text("(");
                    Join(n.Arguments, ", ");
                    Text(")");
                }

                break;
            case NamedType n: Node(n.Name); break;
            case ListType n: Text("["); Node(n.Type); Text("]"); break;
            case NonNullType n: Node(n.Type); Text("!"); break;
            case SchemaDefinition n:
                Description(n.Description);
                Text("schema");
                Directives(n.Directives);
                BlockAfterSpace(n.OperationTypes);
                break;
            case OperationTypeDefinition n: Text(OperationKeyword(n.Operation)); Text(": "); Node(n.Type); break;
            case ScalarTypeDefinition n:
                Description(n.Description);
                Text("scalar ");
                Node(n.Name);
                Directives(n.Directives);
                break;
            case ObjectTypeDefinition n: Description(n.Description); ObjectLike("type ", n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case InterfaceTypeDefinition n: Description(n.Description); ObjectLike("interface ", n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case FieldDefinition n:
                Description(n.Description);
                Node(n.Name);
                ArgumentDefinitions(n.Arguments);
                Text(": ");
                Node(n.Type);
                Directives(n.Directives);
                break;
            case InputValueDefinition n:
                Description(n.Description);
                Node(n.Name);
                Text(": ");
                Node(n.Type);
                if (n.DefaultValue is not null)
                {
                    Text(" = ");
                    Node(n.DefaultValue);
                }

                Directives(n.Directives);
                break;
            case UnionTypeDefinition n: Description(n.Description); UnionLike("union ", n.Name, n.Directives, n.Types); break;
            case EnumTypeDefinition n: Description(n.Description); NamedBlock("enum ", n.Name, n.Directives, n.Values); break;
            case EnumValueDefinition n: Description(n.Description); Node(n.Name); Directives(n.Directives); break;
            case InputObjectTypeDefinition n: Description(n.Description); NamedBlock("input ", n.Name, n.Directives, n.Fields); break;
            case DirectiveDefinition n: DirectiveDefinition(n); break;
            case SchemaExtension n:
                Text("extend schema");
                Directives(n.Directives);
                BlockAfterSpace(n.OperationTypes);
                break;
            case ScalarTypeExtension n: Text("extend scalar "); Node(n.Name); Directives(n.Directives); break;
            case ObjectTypeExtension n: ObjectLike("extend type ", n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case InterfaceTypeExtension n: ObjectLike("extend interface ", n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case UnionTypeExtension n: UnionLike("extend union ", n.Name, n.Directives, n.Types); break;
            case EnumTypeExtension n: NamedBlock("extend enum ", n.Name, n.Directives, n.Values); break;
            case InputObjectTypeExtension n: NamedBlock("extend input ", n.Name, n.Directives, n.Fields); break;
            default: throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind.");
        }
    }

    private void OperationDefinition(OperationDefinition n)
    {
        // The shorthand form is kept whenever nothing but the selection set would be printed.
        if (n.Operation == OperationType.Query && n.Name is null && n.VariableDefinitions.Count == 0 && n.Directives.Count == 0)
        {
            Node(n.SelectionSet);
            return;
        }

        Text(OperationKeyword(n.Operation));
        if (n.Name is not null || n.VariableDefinitions.Count > 0)
        {
            Text(" ");
            if (n.Name is not null)
            {
                Node(n.Name);
            }

            if (n.VariableDefinitions.Count > 0)
            {
                Text("(");
                Join(n.VariableDefinitions, ", ");
                Text(")");
            }
        }

        Directives(n.Directives);
        Text(" ");
        Node(n.SelectionSet);
    }

    private void Field(Field n)
    {
        var start = _out.Length;
        if (n.Alias is not null)
        {
            Node(n.Alias);
            Text(": ");
        }

        Node(n.Name);
        if (n.Arguments.Count > 0)
        {
            // graphql-js measures the unindented one-line form, so measure the arguments rendered alone.
            var prefixLength = _out.Length - start;
            var rendered = Render(n.Arguments);
            var lineLength = prefixLength + 2 + rendered.Sum(a => a.Length) + (2 * (rendered.Length - 1));
            if (lineLength > MaxLineLength)
            {
                Text("(");
                _indent++;
                foreach (var argument in rendered)
                {
                    NewLine();
                    Text(argument);
                }

                _indent--;
                NewLine();
                Text(")");
            }
            else
            {
                Text("(");
                Text(string.Join(", ", rendered));
                Text(")");
            }
        }

        Directives(n.Directives);
        if (n.SelectionSet is not null)
        {
            Text(" ");
            Node(n.SelectionSet);
        }
    }

    private void DirectiveDefinition(DirectiveDefinition n)
    {
        Description(n.Description);
        Text("directive @");
        Node(n.Name);
        ArgumentDefinitions(n.Arguments);
        if (n.Repeatable)
        {
            Text(" repeatable");
        }

        Text(" on ");
        for (var i = 0; i < n.Locations.Count; i++)
        {
            if (i > 0)
            {
                Text(" | ");
            }

            Text(DirectiveLocationNames.ToName(n.Locations[i]));
        }
    }

    /// <summary>Argument definitions go one per line when any of them spans lines (e.g. has a description).</summary>
    private void ArgumentDefinitions(IReadOnlyList<InputValueDefinition> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var rendered = Render(arguments);
        if (rendered.Any(a => a.Contains('\n', StringComparison.Ordinal)))
        {
            Text("(");
            _indent++;
            foreach (var argument in rendered)
            {
                NewLine();
                Text(argument);
            }

            _indent--;
            NewLine();
            Text(")");
        }
        else
        {
            Text("(");
            Text(string.Join(", ", rendered));
            Text(")");
        }
    }

    private void ObjectLike(string keyword, Name name, IReadOnlyList<NamedType> interfaces, IReadOnlyList<Directive> directives, IReadOnlyList<FieldDefinition> fields)
    {
        Text(keyword);
        Node(name);
        if (interfaces.Count > 0)
        {
            Text(" implements ");
            Join(interfaces, " & ");
        }

        Directives(directives);
        BlockAfterSpace(fields);
    }

    private void UnionLike(string keyword, Name name, IReadOnlyList<Directive> directives, IReadOnlyList<NamedType> types)
    {
        Text(keyword);
        Node(name);
        Directives(directives);
        if (types.Count > 0)
        {
            Text(" = ");
            Join(types, " | ");
        }
    }

    private void NamedBlock<TNode>(string keyword, Name name, IReadOnlyList<Directive> directives, IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        Text(keyword);
        Node(name);
        Directives(directives);
        BlockAfterSpace(items);
    }

    private void Description(StringValue? description)
    {
        if (description is not null)
        {
            StringValue(description);
            NewLine();
        }
    }

    private void StringValue(StringValue n)
    {
        if (n.Block && BlockStrings.IsPrintable(n.Value))
        {
            Text(BlockStrings.Print(n.Value));
        }
        else
        {
            QuotedString(n.Value);
        }
    }

    /// <summary>A JSON-style quoted string: quote, backslash and C0/C1 controls escaped.</summary>
    private void QuotedString(string value)
    {
        _out.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                case < '\u0020':
                case >= '\u007F' and <= '\u009F':
                    _out.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: _out.Append(c); break;
            }
        }

        _out.Append('"');
    }

    private void Directives(IReadOnlyList<Directive> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            Text(" ");
            Node(directives[i]);
        }
    }

    /// <summary>A space and a braced block, or nothing when the block would be empty (graphql-js omits <c>{}</c>).</summary>
    private void BlockAfterSpace<TNode>(IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        if (items.Count > 0)
        {
            Text(" ");
            Block(items);
        }
    }

    private void Block<TNode>(IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        Text("{");
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Node(item);
        }

        _indent--;
        NewLine();
        Text("}");
    }

    private void Join<TNode>(IReadOnlyList<TNode> items, string separator)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Text(separator);
            }

            Node(items[i]);
        }
    }

    private static string[] Render<TNode>(IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        var rendered = new string[items.Count];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = Printer.Print(items[i]);
        }

        return rendered;
    }

    private void NewLine() => _out.Append('\n').Append(' ', 2 * _indent);

    /// <summary>Appends text, indenting after each newline it contains (block strings, nested blocks).</summary>
    private void Text(string text)
    {
        if (_indent == 0 || !text.Contains('\n', StringComparison.Ordinal))
        {
            _out.Append(text);
            return;
        }

        var start = 0;
        int index;
        while ((index = text.IndexOf('\n', start)) >= 0)
        {
            _out.Append(text, start, index - start);
            NewLine();
            start = index + 1;
        }

        _out.Append(text, start, text.Length - start);
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };
}
