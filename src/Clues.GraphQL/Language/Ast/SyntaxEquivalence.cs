namespace Clues.GraphQL.Language;

/// <summary>Structural comparison of syntax trees that ignores source locations.</summary>
public static class SyntaxEquivalence
{
    /// <summary>
    /// Whether two trees have the same shape and the same names, literal texts, flags and enums;
    /// <see cref="SyntaxNode.Loc"/> is ignored.
    /// </summary>
    /// <param name="left">The first tree, or <see langword="null"/>.</param>
    /// <param name="right">The second tree, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are null or structurally equal.</returns>
    public static bool AreEquivalent(SyntaxNode? left, SyntaxNode? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Kind != right.Kind || !SameScalars(left, right))
        {
            return false;
        }

        var leftChildren = left.ChildNodes();
        var rightChildren = right.ChildNodes();
        if (leftChildren.Count != rightChildren.Count)
        {
            return false;
        }

        for (var i = 0; i < leftChildren.Count; i++)
        {
            if (!AreEquivalent(leftChildren[i], rightChildren[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The non-node members of each kind; child nodes are compared by the recursion above. Optional
    // children are compared by position, so a missing alias next to a present one is told apart by the
    // child count only when other members agree - hence the explicit presence checks here.
    private static bool SameScalars(SyntaxNode left, SyntaxNode right) => (left, right) switch
    {
        (Name a, Name b) => a.Value == b.Value,
        (IntValue a, IntValue b) => a.Value == b.Value,
        (FloatValue a, FloatValue b) => a.Value == b.Value,
        (StringValue a, StringValue b) => a.Value == b.Value && a.Block == b.Block,
        (BooleanValue a, BooleanValue b) => a.Value == b.Value,
        (EnumValue a, EnumValue b) => a.Value == b.Value,
        (OperationDefinition a, OperationDefinition b) => a.Operation == b.Operation && (a.Name is null) == (b.Name is null),
        (OperationTypeDefinition a, OperationTypeDefinition b) => a.Operation == b.Operation,
        (Field a, Field b) => (a.Alias is null) == (b.Alias is null) && (a.SelectionSet is null) == (b.SelectionSet is null),
        (InlineFragment a, InlineFragment b) => (a.TypeCondition is null) == (b.TypeCondition is null),
        (VariableDefinition a, VariableDefinition b) => (a.DefaultValue is null) == (b.DefaultValue is null),
        (InputValueDefinition a, InputValueDefinition b) => (a.DefaultValue is null) == (b.DefaultValue is null) && SameDescription(a, b),
        (DirectiveDefinition a, DirectiveDefinition b) => a.Repeatable == b.Repeatable && a.Locations.SequenceEqual(b.Locations) && SameDescription(a, b),
        (IHasDescription a, IHasDescription b) => SameDescription(a, b),
        _ => true,
    };

    private static bool SameDescription(IHasDescription a, IHasDescription b) => (a.Description is null) == (b.Description is null);
}
