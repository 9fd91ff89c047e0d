namespace Clues.GraphQL.Language;

/// <summary>
/// A Roslyn-style walker: <see cref="Visit"/> dispatches on <see cref="SyntaxNode.Kind"/> to a virtual
/// <c>VisitXxx</c> method per node type, each of which by default visits the node's children. Override
/// the methods of interest and call the base method (or <see cref="DefaultVisit"/>) to keep descending.
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>Dispatches <paramref name="node"/> to its <c>VisitXxx</c> method; does nothing for <see langword="null"/>.</summary>
    /// <param name="node">The node, or <see langword="null"/>.</param>
    public virtual void Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return;
        }

        switch (node.Kind)
        {
            case SyntaxKind.Name:
                VisitName((Name)node);
                break;
            case SyntaxKind.Document:
                VisitDocument((Document)node);
                break;
            case SyntaxKind.OperationDefinition:
                VisitOperationDefinition((OperationDefinition)node);
                break;
            case SyntaxKind.VariableDefinition:
                VisitVariableDefinition((VariableDefinition)node);
                break;
            case SyntaxKind.SelectionSet:
                VisitSelectionSet((SelectionSet)node);
                break;
            case SyntaxKind.Field:
                VisitField((Field)node);
                break;
            case SyntaxKind.Argument:
                VisitArgument((Argument)node);
                break;
            case SyntaxKind.FragmentSpread:
                VisitFragmentSpread((FragmentSpread)node);
                break;
            case SyntaxKind.InlineFragment:
                VisitInlineFragment((InlineFragment)node);
                break;
            case SyntaxKind.FragmentDefinition:
                VisitFragmentDefinition((FragmentDefinition)node);
                break;
            case SyntaxKind.Variable:
                VisitVariable((Variable)node);
                break;
            case SyntaxKind.IntValue:
                VisitIntValue((IntValue)node);
                break;
            case SyntaxKind.FloatValue:
                VisitFloatValue((FloatValue)node);
                break;
            case SyntaxKind.StringValue:
                VisitStringValue((StringValue)node);
                break;
            case SyntaxKind.BooleanValue:
                VisitBooleanValue((BooleanValue)node);
                break;
            case SyntaxKind.NullValue:
                VisitNullValue((NullValue)node);
                break;
            case SyntaxKind.EnumValue:
                VisitEnumValue((EnumValue)node);
                break;
            case SyntaxKind.ListValue:
                VisitListValue((ListValue)node);
                break;
            case SyntaxKind.ObjectValue:
                VisitObjectValue((ObjectValue)node);
                break;
            case SyntaxKind.ObjectField:
                VisitObjectField((ObjectField)node);
                break;
            case SyntaxKind.Directive:
                VisitDirective((Directive)node);
                break;
            case SyntaxKind.NamedType:
                VisitNamedType((NamedType)node);
                break;
            case SyntaxKind.ListType:
                VisitListType((ListType)node);
                break;
            case SyntaxKind.NonNullType:
                VisitNonNullType((NonNullType)node);
                break;
            case SyntaxKind.SchemaDefinition:
                VisitSchemaDefinition((SchemaDefinition)node);
                break;
            case SyntaxKind.OperationTypeDefinition:
                VisitOperationTypeDefinition((OperationTypeDefinition)node);
                break;
            case SyntaxKind.ScalarTypeDefinition:
                VisitScalarTypeDefinition((ScalarTypeDefinition)node);
                break;
            case SyntaxKind.ObjectTypeDefinition:
                VisitObjectTypeDefinition((ObjectTypeDefinition)node);
                break;
            case SyntaxKind.FieldDefinition:
                VisitFieldDefinition((FieldDefinition)node);
                break;
            case SyntaxKind.InputValueDefinition:
                VisitInputValueDefinition((InputValueDefinition)node);
                break;
            case SyntaxKind.InterfaceTypeDefinition:
                VisitInterfaceTypeDefinition((InterfaceTypeDefinition)node);
                break;
            case SyntaxKind.UnionTypeDefinition:
                VisitUnionTypeDefinition((UnionTypeDefinition)node);
                break;
            case SyntaxKind.EnumTypeDefinition:
                VisitEnumTypeDefinition((EnumTypeDefinition)node);
                break;
            case SyntaxKind.EnumValueDefinition:
                VisitEnumValueDefinition((EnumValueDefinition)node);
                break;
            case SyntaxKind.InputObjectTypeDefinition:
                VisitInputObjectTypeDefinition((InputObjectTypeDefinition)node);
                break;
            case SyntaxKind.DirectiveDefinition:
                VisitDirectiveDefinition((DirectiveDefinition)node);
                break;
            case SyntaxKind.SchemaExtension:
                VisitSchemaExtension((SchemaExtension)node);
                break;
            case SyntaxKind.ScalarTypeExtension:
                VisitScalarTypeExtension((ScalarTypeExtension)node);
                break;
            case SyntaxKind.ObjectTypeExtension:
                VisitObjectTypeExtension((ObjectTypeExtension)node);
                break;
            case SyntaxKind.InterfaceTypeExtension:
                VisitInterfaceTypeExtension((InterfaceTypeExtension)node);
                break;
            case SyntaxKind.UnionTypeExtension:
                VisitUnionTypeExtension((UnionTypeExtension)node);
                break;
            case SyntaxKind.EnumTypeExtension:
                VisitEnumTypeExtension((EnumTypeExtension)node);
                break;
            case SyntaxKind.InputObjectTypeExtension:
                VisitInputObjectTypeExtension((InputObjectTypeExtension)node);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind.");
        }
    }

    /// <summary>Visits each child of <paramref name="node"/> in graphql-js order.</summary>
    /// <param name="node">The node whose children to visit.</param>
    public virtual void DefaultVisit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sink = new ChildVisit(this);
        SyntaxChildren.ForEach(node, ref sink);
    }

    /// <summary>Visits a <see cref="Name"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitName(Name node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="Document"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitDocument(Document node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="OperationDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitOperationDefinition(OperationDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="VariableDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitVariableDefinition(VariableDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SelectionSet"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitSelectionSet(SelectionSet node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="Field"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitField(Field node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="Argument"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitArgument(Argument node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FragmentSpread"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitFragmentSpread(FragmentSpread node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InlineFragment"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInlineFragment(InlineFragment node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FragmentDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitFragmentDefinition(FragmentDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="Variable"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitVariable(Variable node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="IntValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitIntValue(IntValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FloatValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitFloatValue(FloatValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="StringValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitStringValue(StringValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BooleanValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitBooleanValue(BooleanValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="NullValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitNullValue(NullValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EnumValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitEnumValue(EnumValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ListValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitListValue(ListValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ObjectValue"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitObjectValue(ObjectValue node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ObjectField"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitObjectField(ObjectField node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="Directive"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitDirective(Directive node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="NamedType"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitNamedType(NamedType node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ListType"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitListType(ListType node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="NonNullType"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitNonNullType(NonNullType node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SchemaDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitSchemaDefinition(SchemaDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="OperationTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitOperationTypeDefinition(OperationTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ScalarTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitScalarTypeDefinition(ScalarTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ObjectTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitObjectTypeDefinition(ObjectTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FieldDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitFieldDefinition(FieldDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InputValueDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInputValueDefinition(InputValueDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InterfaceTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInterfaceTypeDefinition(InterfaceTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UnionTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitUnionTypeDefinition(UnionTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EnumTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitEnumTypeDefinition(EnumTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EnumValueDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitEnumValueDefinition(EnumValueDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InputObjectTypeDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInputObjectTypeDefinition(InputObjectTypeDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DirectiveDefinition"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitDirectiveDefinition(DirectiveDefinition node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SchemaExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitSchemaExtension(SchemaExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ScalarTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitScalarTypeExtension(ScalarTypeExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ObjectTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitObjectTypeExtension(ObjectTypeExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InterfaceTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInterfaceTypeExtension(InterfaceTypeExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UnionTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitUnionTypeExtension(UnionTypeExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EnumTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitEnumTypeExtension(EnumTypeExtension node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InputObjectTypeExtension"/>; by default visits its children.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitInputObjectTypeExtension(InputObjectTypeExtension node) => DefaultVisit(node);

    private readonly struct ChildVisit(SyntaxWalker walker) : IChildSink
    {
        public bool OnChild(SyntaxNode child)
        {
            walker.Visit(child);
            return true;
        }
    }
}
