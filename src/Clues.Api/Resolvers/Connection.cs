using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Clues.Api.Resolvers;

/// <summary>
/// A page of a cursor connection over links. Cursors are opaque base64url offsets into the list in its served
/// order; the store orders relationships deterministically, so the same cursor gives the same next page as long
/// as the data does not change.
/// </summary>
internal sealed record Connection(IReadOnlyList<ConnectionEdge> Edges, PageInfoView PageInfo, int TotalCount)
{
    public const int MaxFirst = 100;

    private const string CursorPrefix = "offset:";

    /// <summary>Cuts the page after <paramref name="after"/> holding at most <paramref name="first"/> items.</summary>
    public static Connection Page(IReadOnlyList<Link> all, int first, string? after)
    {
        UserErrors.InRange(first, "first", 1, MaxFirst);
        var start = after is null ? 0 : DecodeCursor(after) + 1;
        if (start > all.Count)
        {
            start = all.Count;
        }

        var edges = new List<ConnectionEdge>(Math.Min(first, all.Count - start));
        for (var i = start; i < all.Count && edges.Count < first; i++)
        {
            edges.Add(new ConnectionEdge(EncodeCursor(i), all[i]));
        }

        var info = new PageInfoView(
            HasNextPage: start + edges.Count < all.Count,
            HasPreviousPage: start > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, info, all.Count);
    }

    private static string EncodeCursor(int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor)
    {
        if (cursor.Length <= 64 && Base64Url.IsValid(cursor))
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }

        throw UserErrors.Create($"\"{cursor}\" is not a cursor of this connection. Pass an endCursor or edge cursor returned by it.");
    }
}
