namespace Clues.GraphQL.Language;

/// <summary>
/// Prints syntax trees as canonical GraphQL text in graphql-js's <c>print</c> layout: two-space
/// indentation, one selection per line, definitions separated by a blank line, descriptions on their own
/// line, field arguments wrapped one per line when the line would exceed 80 characters, and block strings
/// kept as block strings when their value can be written that way.
/// </summary>
/// <remarks>Printing then parsing yields a structurally equivalent tree (see <see cref="SyntaxEquivalence"/>).</remarks>
public static class Printer
{
    /// <summary>Prints <paramref name="node"/>.</summary>
    /// <param name="node">Any syntax node.</param>
    /// <returns>The GraphQL text, without a trailing newline.</returns>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new PrintWriter();
        writer.Node(node);
        return writer.ToString();
    }
}
