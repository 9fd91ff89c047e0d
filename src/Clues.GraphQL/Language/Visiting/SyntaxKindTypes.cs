namespace Clues.GraphQL.Language;

/// <summary>Maps node CLR types to the kinds they cover; used only when handlers are registered.</summary>
internal static class SyntaxKindTypes
{
    private static readonly Type[] TypeByKind =
    [
        typeof(Name), typeof(Document), typeof(OperationDefinition), typeof(VariableDefinition), typeof(SelectionSet),
        typeof(Field), typeof(Argument), typeof(FragmentSpread), typeof(InlineFragment), typeof(FragmentDefinition),
        typeof(Variable), typeof(IntValue), typeof(FloatValue), typeof(StringValue), typeof(BooleanValue),
        typeof(NullValue), typeof(EnumValue), typeof(ListValue), typeof(ObjectValue), typeof(ObjectField),
        typeof(Directive), typeof(NamedType), typeof(ListType), typeof(NonNullType), typeof(SchemaDefinition),
        typeof(OperationTypeDefinition), typeof(ScalarTypeDefinition), typeof(ObjectTypeDefinition), typeof(FieldDefinition),
        typeof(InputValueDefinition), typeof(InterfaceTypeDefinition), typeof(UnionTypeDefinition), typeof(EnumTypeDefinition),
        typeof(EnumValueDefinition), typeof(InputObjectTypeDefinition), typeof(DirectiveDefinition), typeof(SchemaExtension),
        typeof(ScalarTypeExtension), typeof(ObjectTypeExtension), typeof(InterfaceTypeExtension), typeof(UnionTypeExtension),
        typeof(EnumTypeExtension), typeof(InputObjectTypeExtension),
    ];

    /// <summary>The CLR type of nodes of <paramref name="kind"/>.</summary>
    public static Type TypeOf(SyntaxKind kind) => TypeByKind[(int)kind];

    /// <summary>Every kind whose node type is <paramref name="type"/> or derives from it.</summary>
    public static List<SyntaxKind> KindsOf(Type type)
    {
        var kinds = new List<SyntaxKind>();
        for (var i = 0; i < TypeByKind.Length; i++)
        {
            if (type.IsAssignableFrom(TypeByKind[i]))
            {
                kinds.Add((SyntaxKind)i);
            }
        }

        return kinds;
    }
}
