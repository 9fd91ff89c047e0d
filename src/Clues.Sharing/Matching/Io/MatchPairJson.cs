using System.Text.Json;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Io;

/// <summary>The output line for one pair: <c>{"left","right","score","decision":"MATCH|REVIEW|NO_MATCH","reasons":[...]}</c>.</summary>
public static class MatchPairJson
{
    /// <summary>The decision as written in files and on the command line.</summary>
    public static string DecisionText(MatchDecision decision) => decision switch
    {
        MatchDecision.Match => "MATCH",
        MatchDecision.Review => "REVIEW",
        _ => "NO_MATCH",
    };

    /// <summary>Reads MATCH, REVIEW or NO_MATCH (any case, '-' for '_'); null for anything else.</summary>
    public static MatchDecision? ParseDecision(string? text) =>
        text?.Trim().ToUpperInvariant().Replace('-', '_') switch
        {
            "MATCH" => MatchDecision.Match,
            "REVIEW" => MatchDecision.Review,
            "NO_MATCH" or "NOMATCH" => MatchDecision.NoMatch,
            _ => null,
        };

    /// <summary>One line of JSON, no trailing newline.</summary>
    public static string ToLine(MatchPair pair)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, MatchJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("left", pair.LeftId);
            writer.WriteString("right", pair.RightId);
            writer.WriteNumber("score", pair.Score);
            writer.WriteString("decision", DecisionText(pair.Decision));
            writer.WriteStartArray("reasons");
            foreach (var reason in pair.Reasons)
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
