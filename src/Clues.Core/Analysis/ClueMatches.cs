using Clues.Core.Model;

namespace Clues.Core.Analysis;

/// <summary>
/// The clues matching one filter in one catalog snapshot, read lazily in ascending id order: a count and a page taken
/// from the same instance agree, and the filter's relationship criteria were read from the store once for both.
/// </summary>
public sealed class ClueMatches
{
    private readonly ClueCatalogSnapshot _catalog;
    private readonly Func<Clue, bool> _matches;

    internal ClueMatches(ClueCatalogSnapshot catalog, Func<Clue, bool> matches)
    {
        _catalog = catalog;
        _matches = matches;
    }

    /// <summary>The matching clues whose ids sort after <paramref name="afterId"/> (all when null), in ascending id order.</summary>
    public IEnumerable<Clue> After(string? afterId) =>
        _catalog.From(afterId is null ? 0 : _catalog.IndexAfter(afterId)).Where(_matches);
}
