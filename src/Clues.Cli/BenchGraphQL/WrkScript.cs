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
        var script = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json, application/json\"")
            .Append("wrk.body = ").AppendLine(LongString(body))
            .AppendLine();
        return AppendDoneHook(script).ToString();
    }

    /// <summary>
    /// A script that sends <paramref name="bodies"/> in turn (each wrk thread walks the list in order, so
    /// the mix holds per thread), with extra <paramref name="headers"/> such as <c>Authorization</c> on every request.
    /// </summary>
    public static string Create(IReadOnlyList<string> bodies, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(headers);
        if (bodies.Count == 0)
        {
            throw new ArgumentException("At least one request body is needed.", nameof(bodies));
        }

        var script = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json, application/json\"");
        foreach (var (name, value) in headers)
        {
            // The spaces matter: "[[" right after "headers" would open a Lua long string instead of an index.
            script.Append("wrk.headers[ ").Append(LongString(name)).Append(" ] = ").AppendLine(LongString(value));
        }

        script.AppendLine("local bodies = {");
        foreach (var body in bodies)
        {
            script.Append("  ").Append(LongString(body)).AppendLine(",");
        }

        script.AppendLine("}")
            .AppendLine("local turn = 0")
            .AppendLine("request = function()")
            .AppendLine("  turn = turn % #bodies + 1")
            .AppendLine("  return wrk.format(nil, nil, nil, bodies[turn])")
            .AppendLine("end")
            .AppendLine();
        return AppendDoneHook(script).ToString();
    }

    /// <summary>A Lua long string holding <paramref name="text"/> verbatim; the level of '=' is raised until it cannot close early.</summary>
    private static string LongString(string text)
    {
        var level = 1;
        while (text.Contains("]" + new string('=', level) + "]", StringComparison.Ordinal))
        {
            level++;
        }

        var equals = new string('=', level);
        return "[" + equals + "[" + text + "]" + equals + "]";
    }

    private static StringBuilder AppendDoneHook(StringBuilder script) => script
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
