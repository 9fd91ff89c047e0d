namespace Clues.GraphQL.Language;

/// <summary>
/// The single definition of which children each node kind has, and in which order (graphql-js's
/// QueryDocumentKeys order). Every traversal (visitor, walker, equivalence) goes through here so the
/// order cannot drift between them.
/// </summary>
internal static class SyntaxChildren
{
    /// <summary>Calls <paramref name="sink"/> for each direct child of <paramref name="node"/> in order.</summary>
    /// <returns><see langword="false"/> when the sink stopped the enumeration.</returns>
    public static bool ForEach<TSink>(SyntaxNode node, ref TSink sink)
        where TSink : struct, IChildSink
    {
        switch (node.Kind)
        {
            case SyntaxKind.Name:
            case SyntaxKind.IntValue:
            case SyntaxKind.FloatValue:
            case SyntaxKind.StringValue:
            case SyntaxKind.BooleanValue:
            case SyntaxKind.NullValue:
            case SyntaxKind.EnumValue:
                return true;
            case SyntaxKind.Document:
                return All(((Document)node).Definitions, ref sink);
            case SyntaxKind.OperationDefinition:
            {
                var n = (OperationDefinition)node;
                return Opt(n.Name, ref sink) && All(n.VariableDefinitions, ref sink) && All(n.Directives, ref sink)
                    && sink.OnChild(n.SelectionSet);
            }
            case SyntaxKind.VariableDefinition:
            {
                var n = (VariableDefinition)node;
                return sink.OnChild(n.Variable) && sink.OnChild(n.Type) && Opt(n.DefaultValue, ref sink)
                    && All(n.Directives, ref sink);
            }
            case SyntaxKind.SelectionSet:
                return All(((SelectionSet)node).Selections, ref sink);
            case SyntaxKind.Field:
            {
                var n = (Field)node;
                return Opt(n.Alias, ref sink) && sink.OnChild(n.Name) && All(n.Arguments, ref sink)
                    && All(n.Directives, ref sink) && Opt(n.SelectionSet, ref sink);
            }
            case SyntaxKind.Argument:
            {
                var n = (Argument)node;
                return sink.OnChild(n.Name) && sink.OnChild(n.Value);
            }
            case SyntaxKind.FragmentSpread:
            {
                var n = (FragmentSpread)node;
                return sink.OnChild(n.Name) && All(n.Directives, ref sink);
            }
            case SyntaxKind.InlineFragment:
            {
                var n = (InlineFragment)node;
                return Opt(n.TypeCondition, ref sink) && All(n.Directives, ref sink) && sink.OnChild(n.SelectionSet);
            }
            case SyntaxKind.FragmentDefinition:
            {
                var n = (FragmentDefinition)node;
                return sink.OnChild(n.Name) && sink.OnChild(n.TypeCondition) && All(n.Directives, ref sink)
                    && sink.OnChild(n.SelectionSet);
            }
            case SyntaxKind.Variable:
                return sink.OnChild(((Variable)node).Name);
            case SyntaxKind.ListValue:
                return All(((ListValue)node).Values, ref sink);
            case SyntaxKind.ObjectValue:
                return All(((ObjectValue)node).Fields, ref sink);
            case SyntaxKind.ObjectField:
            {
                var n = (ObjectField)node;
                return sink.OnChild(n.Name) && sink.OnChild(n.Value);
            }
            case SyntaxKind.Directive:
            {
                var n = (Directive)node;
                return sink.OnChild(n.Name) && All(n.Arguments, ref sink);
            }
            case SyntaxKind.NamedType:
                return sink.OnChild(((NamedType)node).Name);
            case SyntaxKind.ListType:
                return sink.OnChild(((ListType)node).Type);
            case SyntaxKind.NonNullType:
                return sink.OnChild(((NonNullType)node).Type);
            case SyntaxKind.SchemaDefinition:
            {
                var n = (SchemaDefinition)node;
                return Opt(n.Description, ref sink) && All(n.Directives, ref sink) && All(n.OperationTypes, ref sink);
            }
            case SyntaxKind.OperationTypeDefinition:
                return sink.OnChild(((OperationTypeDefinition)node).Type);
            case SyntaxKind.ScalarTypeDefinition:
            {
                var n = (ScalarTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Directives, ref sink);
            }
            case SyntaxKind.ObjectTypeDefinition:
            {
                var n = (ObjectTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Interfaces, ref sink)
                    && All(n.Directives, ref sink) && All(n.Fields, ref sink);
            }
            case SyntaxKind.FieldDefinition:
            {
                var n = (FieldDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Arguments, ref sink)
                    && sink.OnChild(n.Type) && All(n.Directives, ref sink);
            }
            case SyntaxKind.InputValueDefinition:
            {
                var n = (InputValueDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && sink.OnChild(n.Type)
                    && Opt(n.DefaultValue, ref sink) && All(n.Directives, ref sink);
            }
            case SyntaxKind.InterfaceTypeDefinition:
            {
                var n = (InterfaceTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Interfaces, ref sink)
                    && All(n.Directives, ref sink) && All(n.Fields, ref sink);
            }
            case SyntaxKind.UnionTypeDefinition:
            {
                var n = (UnionTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Directives, ref sink)
                    && All(n.Types, ref sink);
            }
            case SyntaxKind.EnumTypeDefinition:
            {
                var n = (EnumTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Directives, ref sink)
                    && All(n.Values, ref sink);
            }
            case SyntaxKind.EnumValueDefinition:
            {
                var n = (EnumValueDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Directives, ref sink);
            }
            case SyntaxKind.InputObjectTypeDefinition:
            {
                var n = (InputObjectTypeDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Directives, ref sink)
                    && All(n.Fields, ref sink);
            }
            case SyntaxKind.DirectiveDefinition:
            {
                // Locations are an enum, not nodes, so they are not children.
                var n = (DirectiveDefinition)node;
                return Opt(n.Description, ref sink) && sink.OnChild(n.Name) && All(n.Arguments, ref sink);
            }
            case SyntaxKind.SchemaExtension:
            {
                var n = (SchemaExtension)node;
                return All(n.Directives, ref sink) && All(n.OperationTypes, ref sink);
            }
            case SyntaxKind.ScalarTypeExtension:
            {
                var n = (ScalarTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Directives, ref sink);
            }
            case SyntaxKind.ObjectTypeExtension:
            {
                var n = (ObjectTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Interfaces, ref sink) && All(n.Directives, ref sink)
                    && All(n.Fields, ref sink);
            }
            case SyntaxKind.InterfaceTypeExtension:
            {
                var n = (InterfaceTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Interfaces, ref sink) && All(n.Directives, ref sink)
                    && All(n.Fields, ref sink);
            }
            case SyntaxKind.UnionTypeExtension:
            {
                var n = (UnionTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Directives, ref sink) && All(n.Types, ref sink);
            }
            case SyntaxKind.EnumTypeExtension:
            {
                var n = (EnumTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Directives, ref sink) && All(n.Values, ref sink);
            }
            case SyntaxKind.InputObjectTypeExtension:
            {
                var n = (InputObjectTypeExtension)node;
                return sink.OnChild(n.Name) && All(n.Directives, ref sink) && All(n.Fields, ref sink);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind.");
        }
    }

    private static bool Opt<TSink>(SyntaxNode? child, ref TSink sink)
        where TSink : struct, IChildSink
        => child is null || sink.OnChild(child);

    private static bool All<TNode, TSink>(IReadOnlyList<TNode> children, ref TSink sink)
        where TNode : SyntaxNode
        where TSink : struct, IChildSink
    {
        // Indexed loop: IReadOnlyList enumeration would box an enumerator per list.
        for (var i = 0; i < children.Count; i++)
        {
            if (!sink.OnChild(children[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects children into a list (backs <see cref="SyntaxNode.ChildNodes"/>).</summary>
    internal struct Collector(List<SyntaxNode> nodes) : IChildSink
    {
        public List<SyntaxNode> Nodes { get; } = nodes;

        public readonly bool OnChild(SyntaxNode child)
        {
            Nodes.Add(child);
            return true;
        }
    }
}
