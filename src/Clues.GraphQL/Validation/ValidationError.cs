using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation;

/// <summary>
/// One problem found during validation: a message, the source locations it refers to and the rule that found it.
/// The public API hands these out as <see cref="Execution.GraphQLError"/>s; the rule name stays internal (logs, tests).
/// </summary>
/// <param name="Message">The human-readable message; texts follow graphql-js 16 so clients see familiar wording.</param>
/// <param name="Locations">The 1-based line/column of each node the error points at, in the order graphql-js reports them; empty when the nodes carry no location.</param>
internal sealed record ValidationError(string Message, IReadOnlyList<SourceLocation> Locations)
{
    /// <summary>
    /// The name of the rule or limit that reported the error (e.g. <c>FieldsOnCorrectType</c> or <c>MaxDepth</c>),
    /// or <see langword="null"/> for the errors that end a run early ("too many errors", "too deeply nested").
    /// </summary>
    public string? Rule { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        if (Locations.Count == 0)
        {
            return Message;
        }

        var parts = new string[Locations.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Locations[i].Line + ":" + Locations[i].Column;
        }

        return Message + " (" + string.Join(", ", parts) + ")";
    }
}
