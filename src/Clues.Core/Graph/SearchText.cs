using System.Text;

namespace Clues.Core.Graph;

/// <summary>
/// How search text and the text searched are compared: Unicode NFKC, then invariant lower case, so full-width Latin,
/// compatibility forms and case differences match. Every text search (node names in a store, clue summaries in the API)
/// uses this one form, so a query finds the same things wherever it is looked up.
/// </summary>
public static class SearchText
{
    /// <summary>The comparable form of <paramref name="text"/>.</summary>
    /// <param name="text">Any text, including malformed UTF-16.</param>
    /// <returns>NFKC, lower-cased; a text that cannot be normalised (a lone surrogate) is only lower-cased.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string composed;
        try
        {
            composed = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; still make the rest of the text searchable.
            composed = text;
        }

        return composed.ToLowerInvariant();
    }
}
