using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Clues.GraphQL.Http;

/// <summary>
/// Picks the response media type from an <c>Accept</c> header, honouring q-values, wildcards and the charset
/// parameter (only UTF-8 is produced).
/// </summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private const int ExactMatch = 3;

    /// <summary>
    /// Chooses the response media type, or null when the client accepts neither (answer 406). A missing or
    /// unparsable header means <c>application/json</c>, as the GraphQL-over-HTTP spec asks for legacy clients.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var graphQL = Rate(ranges, "application", "graphql-response+json");
        var json = Rate(ranges, "application", "json");
        if (graphQL.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        // Higher quality wins. On a tie the type the client named more specifically wins; wildcards alone
        // ("*/*", "application/*") get application/json, as the spec recommends during the watershed period;
        // when both were named explicitly the newer, more precise graphql-response+json is preferred.
        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        return graphQL.Specificity > json.Specificity || (graphQL.Specificity == json.Specificity && graphQL.Specificity == ExactMatch)
            ? ResponseMediaType.GraphQLResponseJson
            : ResponseMediaType.Json;
    }

    /// <summary>True when the client lists <c>text/html</c> with a non-zero quality (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        foreach (var range in ranges)
        {
            if (range.Type.Equals("text", StringComparison.OrdinalIgnoreCase)
                && range.SubType.Equals("html", StringComparison.OrdinalIgnoreCase)
                && (range.Quality ?? 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The quality the client gives a type: that of the most specific matching range (RFC 9110 §12.5.1), or 0
    /// when no range matches. Specificity: 3 exact, 2 type/*, 1 */*.
    /// </summary>
    private static (double Quality, int Specificity) Rate(IList<MediaTypeHeaderValue> ranges, string type, string subType)
    {
        var best = (Quality: 0.0, Specificity: 0);
        foreach (var range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = 1;
            }
            else if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (range.MatchesAllSubTypes)
            {
                specificity = 2;
            }
            else if (range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase))
            {
                specificity = ExactMatch;
            }
            else
            {
                continue;
            }

            // A range that asks for another charset does not match what we produce.
            var charset = range.Charset;
            if (charset.HasValue && !IsUtf8(charset.Value))
            {
                continue;
            }

            if (specificity > best.Specificity)
            {
                best = (range.Quality ?? 1, specificity);
            }
        }

        return best;
    }

    public static bool IsUtf8(string? charset) =>
        charset is not null
        && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
}
