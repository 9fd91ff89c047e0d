namespace Clues.Graph.Neo4j.Http;

/// <summary>The answer to one statement: column names, rows of decoded values, counters and bookmarks.</summary>
internal sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks)
{
    /// <summary>
    /// The position of a column; a missing column is a bug in the statement, so it throws, except in an
    /// answer with no rows and no fields, where no position will ever be read.
    /// </summary>
    public int Column(string field)
    {
        if (Fields.Count == 0 && Rows.Count == 0)
        {
            return -1;
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The result has no column '{field}' (columns: {string.Join(", ", Fields)}). The statement and the code reading it disagree.");
    }
}
