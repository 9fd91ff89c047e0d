using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// The Lua script wrk runs: every request is the same JSON POST, and the <c>done</c> hook prints the summary as
/// one line of JSON after <see cref="Marker"/>, so nothing depends on wrk's human-readable layout.
/// </summary>
internal static class WrkScript
{
    public const string Marker = "CLUES_WRK_JSON ";

    /// <summary>The request body both servers get: query and, when set, operationName.</summary>
    public static string RequestBody(BenchQuery query)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query.Text);
            if (query.OperationName is not null)
            {
                writer.WriteString("operationName", query.OperationName);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Create(string body)
    {
        // A Lua long string takes the body verbatim; the level of '=' is raised until it cannot close early.
        var level = 1;
        while (body.Contains("]" + new string('=', level) + "]", StringComparison.Ordinal))
        {
            level++;
        }

        var equals = new string('=', level);
        var script = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json, application/json\"")
            .Append("wrk.body = [").Append(equals).Append('[').Append(body).Append(']').Append(equals).AppendLine("]")
            .AppendLine()
            .AppendLine("done = function(summary, latency, requests)")
            .AppendLine("  local e = summary.errors")
            .Append("  io.write(string.format(\"").Append(Marker)
            .Append("{\\\"requests\\\":%d,\\\"durationUs\\\":%d,\\\"bytes\\\":%d,")
            .Append("\\\"p50Us\\\":%.1f,\\\"p90Us\\\":%.1f,\\\"p99Us\\\":%.1f,\\\"meanUs\\\":%.1f,\\\"maxUs\\\":%.1f,")
            .Append("\\\"connectErrors\\\":%d,\\\"readErrors\\\":%d,\\\"writeErrors\\\":%d,\\\"statusErrors\\\":%d,\\\"timeouts\\\":%d}\\n\",")
            .AppendLine()
            .AppendLine("    summary.requests, summary.duration, summary.bytes,")
            .AppendLine("    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max,")
            .AppendLine("    e.connect, e.read, e.write, e.status, e.timeout))")
            .AppendLine("end");
        return script.ToString();
    }

    /// <summary>wrk's arguments for one run, in a fixed order so the report can print them.</summary>
    public static IReadOnlyList<string> Arguments(WrkSettings settings, TimeSpan duration, string scriptPath, Uri endpoint) =>
    [
        "-t" + settings.Threads.ToString(CultureInfo.InvariantCulture),
        "-c" + settings.Connections.ToString(CultureInfo.InvariantCulture),
        "-d" + Seconds(duration),
        "--timeout", Seconds(settings.Timeout),
        "--latency",
        "-s", scriptPath,
        endpoint.ToString(),
    ];

    private static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";
}
