using System.Text.Json.Nodes;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// Compares one case's result lines from the two engines: phase, presence and deep value of <c>data</c> (key order
/// and number formatting ignored, introspection normalized), error count, and the multiset of error paths and
/// locations. Messages are not compared: their wording is not part of the specification.
/// </summary>
internal static class ResultComparer
{
    public static IReadOnlyList<string> Differences(string oracleLine, string oursLine)
    {
        var oracle = JsonNode.Parse(oracleLine)!.AsObject();
        var ours = JsonNode.Parse(oursLine)!.AsObject();
        var differences = new List<string>();

        var oraclePhase = oracle["phase"]?.GetValue<string>();
        var ourPhase = ours["phase"]?.GetValue<string>();
        if (oraclePhase != ourPhase)
        {
            differences.Add($"phase: graphql-js {oraclePhase}, ours {ourPhase}");
        }

        var oracleHasData = oracle.ContainsKey("data");
        var ourHasData = ours.ContainsKey("data");
        if (oracleHasData != ourHasData)
        {
            differences.Add($"data present: graphql-js {oracleHasData}, ours {ourHasData}");
        }
        else if (oracleHasData)
        {
            var expected = JsonCanonical.ToText(IntrospectionNormalizer.Normalize(oracle["data"]));
            var actual = JsonCanonical.ToText(IntrospectionNormalizer.Normalize(ours["data"]));
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                differences.Add($"data differs at {FirstDifference(expected, actual)}");
            }
        }

        var oracleErrors = ErrorKeys(oracle);
        var ourErrors = ErrorKeys(ours);
        if (oracleErrors.Count != ourErrors.Count)
        {
            differences.Add($"error count: graphql-js {oracleErrors.Count}, ours {ourErrors.Count}");
        }
        else if (!oracleErrors.SequenceEqual(ourErrors, StringComparer.Ordinal))
        {
            differences.Add($"error paths/locations: graphql-js [{string.Join(", ", oracleErrors)}], ours [{string.Join(", ", ourErrors)}]");
        }

        return differences;
    }

    // Order-insensitive: graphql-js and the engine may report independent errors in a different order.
    private static List<string> ErrorKeys(JsonObject result)
        => [.. (result["errors"] as JsonArray ?? [])
            .Select(e => $"path={JsonCanonical.ToText(e?["path"])} at={JsonCanonical.ToText(e?["locations"])}")
            .Order(StringComparer.Ordinal)];

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 80);
        static string Slice(string text, int start) => text.Substring(start, Math.Min(200, text.Length - start));
        return $"offset {i} of the canonical JSON:\n    graphql-js …{Slice(expected, from)}\n    ours       …{Slice(actual, from)}";
    }
}
