using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;

namespace Clues.Api.Resolvers;

/// <summary>
/// What a resolver's caller asked for, so costly parts of an answer are computed only when selected (the clue list's
/// total walks every matching clue; a page does not).
/// </summary>
internal static class SelectionProbe
{
    /// <summary>
    /// Whether <paramref name="field"/> may be selected directly under the field being resolved. A fragment there
    /// counts as yes: answering too much is safe, leaving a selected field unanswered is not.
    /// </summary>
    public static bool MaySelect(ResolveContext context, string field) =>
        context.FieldNodes.Any(node => node.SelectionSet is null || node.SelectionSet.Selections.Any(selection => selection switch
        {
            Field f => f.Name.Value == field,
            _ => true,
        }));
}
