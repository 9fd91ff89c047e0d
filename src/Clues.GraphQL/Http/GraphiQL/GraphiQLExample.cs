namespace Clues.GraphQL.Http.GraphiQL;

/// <summary>
/// A saved operation GraphiQL opens as a tab of its own, so a first-time user starts from working queries rather
/// than an empty editor. The engine knows nothing about what the examples mean; the application supplies them.
/// </summary>
/// <param name="Title">What the example is for; shown as a comment on the tab's first line.</param>
/// <param name="Query">The GraphQL document (usually one named operation).</param>
/// <param name="Variables">The variables as JSON text, or null for none.</param>
public sealed record GraphiQLExample(string Title, string Query, string? Variables = null)
{
    /// <summary>The text put in the tab's editor: the title as a comment, then the document.</summary>
    /// <returns>The editor text.</returns>
    public string EditorText() =>
        Query.StartsWith('#') ? Query : "# " + Title.ReplaceLineEndings(" ") + "\n" + Query;
}
