namespace Clues.GraphQL.Language;

/// <summary>
/// The kind of a <see cref="SyntaxNode"/>. Visitors switch on this instead of testing types so that
/// dispatch is a jump table rather than a chain of type checks.
/// </summary>
/// <remarks>The numeric values are dense and start at zero so they can index per-kind handler arrays.</remarks>
public enum SyntaxKind
{
    /// <summary>A <see cref="Language.Name"/>.</summary>
    Name,
    /// <summary>A <see cref="Language.Document"/>.</summary>
    Document,
    /// <summary>An <see cref="Language.OperationDefinition"/>.</summary>
    OperationDefinition,
    /// <summary>A <see cref="Language.VariableDefinition"/>.</summary>
    VariableDefinition,
    /// <summary>A <see cref="Language.SelectionSet"/>.</summary>
    SelectionSet,
    /// <summary>A <see cref="Language.Field"/>.</summary>
    Field,
    /// <summary>An <see cref="Language.Argument"/>.</summary>
    Argument,
    /// <summary>A <see cref="Language.FragmentSpread"/>.</summary>
    FragmentSpread,
    /// <summary>An <see cref="Language.InlineFragment"/>.</summary>
    InlineFragment,
    /// <summary>A <see cref="Language.FragmentDefinition"/>.</summary>
    FragmentDefinition,
    /// <summary>A <see cref="Language.Variable"/>.</summary>
    Variable,
    /// <summary>An <see cref="Language.IntValue"/>.</summary>
    IntValue,
    /// <summary>A <see cref="Language.FloatValue"/>.</summary>
    FloatValue,
    /// <summary>A <see cref="Language.StringValue"/>.</summary>
    StringValue,
    /// <summary>A <see cref="Language.BooleanValue"/>.</summary>
    BooleanValue,
    /// <summary>A <see cref="Language.NullValue"/>.</summary>
    NullValue,
    /// <summary>An <see cref="Language.EnumValue"/>.</summary>
    EnumValue,
    /// <summary>A <see cref="Language.ListValue"/>.</summary>
    ListValue,
    /// <summary>An <see cref="Language.ObjectValue"/>.</summary>
    ObjectValue,
    /// <summary>An <see cref="Language.ObjectField"/>.</summary>
    ObjectField,
    /// <summary>A <see cref="Language.Directive"/>.</summary>
    Directive,
    /// <summary>A <see cref="Language.NamedType"/>.</summary>
    NamedType,
    /// <summary>A <see cref="Language.ListType"/>.</summary>
    ListType,
    /// <summary>A <see cref="Language.NonNullType"/>.</summary>
    NonNullType,
    /// <summary>A <see cref="Language.SchemaDefinition"/>.</summary>
    SchemaDefinition,
    /// <summary>An <see cref="Language.OperationTypeDefinition"/>.</summary>
    OperationTypeDefinition,
    /// <summary>A <see cref="Language.ScalarTypeDefinition"/>.</summary>
    ScalarTypeDefinition,
    /// <summary>An <see cref="Language.ObjectTypeDefinition"/>.</summary>
    ObjectTypeDefinition,
    /// <summary>A <see cref="Language.FieldDefinition"/>.</summary>
    FieldDefinition,
    /// <summary>An <see cref="Language.InputValueDefinition"/>.</summary>
    InputValueDefinition,
    /// <summary>An <see cref="Language.InterfaceTypeDefinition"/>.</summary>
    InterfaceTypeDefinition,
    /// <summary>A <see cref="Language.UnionTypeDefinition"/>.</summary>
    UnionTypeDefinition,
    /// <summary>An <see cref="Language.EnumTypeDefinition"/>.</summary>
    EnumTypeDefinition,
    /// <summary>An <see cref="Language.EnumValueDefinition"/>.</summary>
    EnumValueDefinition,
    /// <summary>An <see cref="Language.InputObjectTypeDefinition"/>.</summary>
    InputObjectTypeDefinition,
    /// <summary>A <see cref="Language.DirectiveDefinition"/>.</summary>
    DirectiveDefinition,
    /// <summary>A <see cref="Language.SchemaExtension"/>.</summary>
    SchemaExtension,
    /// <summary>A <see cref="Language.ScalarTypeExtension"/>.</summary>
    ScalarTypeExtension,
    /// <summary>An <see cref="Language.ObjectTypeExtension"/>.</summary>
    ObjectTypeExtension,
    /// <summary>An <see cref="Language.InterfaceTypeExtension"/>.</summary>
    InterfaceTypeExtension,
    /// <summary>A <see cref="Language.UnionTypeExtension"/>.</summary>
    UnionTypeExtension,
    /// <summary>An <see cref="Language.EnumTypeExtension"/>.</summary>
    EnumTypeExtension,
    /// <summary>An <see cref="Language.InputObjectTypeExtension"/>.</summary>
    InputObjectTypeExtension,
}
