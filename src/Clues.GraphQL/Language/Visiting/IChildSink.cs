namespace Clues.GraphQL.Language;

/// <summary>
/// Receives the children of a node from <see cref="SyntaxChildren.ForEach{TSink}"/>. Implemented by
/// structs so the generic call is specialised and the per-child call is direct, not a delegate.
/// </summary>
internal interface IChildSink
{
    /// <summary>Handles one child.</summary>
    /// <param name="child">The child node.</param>
    /// <returns><see langword="false"/> to stop enumerating the remaining children.</returns>
    bool OnChild(SyntaxNode child);
}
