using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using DirectiveDefinition = Clues.GraphQL.Types.DirectiveDefinition;
using EnumValueDefinition = Clues.GraphQL.Types.EnumValueDefinition;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Clues.GraphQL.Types.InputValueDefinition;
using ListType = Clues.GraphQL.Types.ListType;
using NamedType = Clues.GraphQL.Types.NamedType;

namespace Clues.GraphQL.Validation;

/// <summary>
/// Tracks which schema elements correspond to the current position of a traversal of an executable
/// document: the output type and parent composite type of selections, the field, directive and argument being
/// visited, the input type expected by the value being visited (and of its parent), its default value, and the
/// enum value. Mirrors graphql-js <c>TypeInfo</c> so that rules see the same types.
/// </summary>
/// <remarks>Unknown names push <see langword="null"/> rather than failing, so rules can keep going and report.</remarks>
internal sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    /// <summary>Creates a tracker for documents validated against <paramref name="schema"/>.</summary>
    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, fragment or operation, or <see langword="null"/> when unknown.</summary>
    public GraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set contains the current position, or <see langword="null"/>.</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The input type expected by the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type containing <see cref="InputType"/> (e.g. the list or input object type).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field, or <see langword="null"/>.</summary>
    public FieldDefinition? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>Whether the argument or input field being visited has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The definition of the directive being visited, or <see langword="null"/>.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being visited, or <see langword="null"/>.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The enum value being visited, or <see langword="null"/>.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state for entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
            {
                var named = Type is { } type ? type.GetNamedType() : null;
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            }

            case SyntaxKind.Field:
            {
                var field = (Field)node;
                var parent = ParentType;
                var fieldDef = parent is null ? null : _schema.GetFieldDefinition(parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            }

            case SyntaxKind.Directive:
                Directive = _schema.FindDirective(((Directive)node).Name.Value);
                break;

            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinition)node).Operation));
                break;

            case SyntaxKind.InlineFragment:
            {
                var condition = ((InlineFragment)node).TypeCondition;
                GraphQLType? type = condition is not null ? _schema.TypeFromAst(condition) : Type?.GetNamedType();
                _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }

            case SyntaxKind.FragmentDefinition:
            {
                var type = _schema.TypeFromAst(((FragmentDefinition)node).TypeCondition);
                _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }

            case SyntaxKind.VariableDefinition:
            {
                var type = _schema.TypeFromAst(((VariableDefinition)node).Type);
                _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
                break;
            }

            case SyntaxKind.Argument:
            {
                var name = ((Argument)node).Name.Value;
                InputValueDefinition? argument = null;
                if (Directive is { } directive)
                {
                    argument = directive.GetArgument(name);
                }
                else if (FieldDef is { } fieldDef)
                {
                    argument = fieldDef.GetArgument(name);
                }

                Argument = argument;
                _defaultValueStack.Add(argument is not null && argument.HasDefaultValue);
                _inputTypeStack.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
                break;
            }

            case SyntaxKind.ListValue:
            {
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            }

            case SyntaxKind.ObjectField:
            {
                InputValueDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType objectType)
                {
                    inputField = objectType.GetField(((ObjectField)node).Name.Value);
                }

                _defaultValueStack.Add(inputField is not null && inputField.HasDefaultValue);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            }

            case SyntaxKind.EnumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(((EnumValue)node).Value) : null;
                break;
        }
    }

    /// <summary>Restores the state for leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
