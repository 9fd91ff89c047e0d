using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// Reads wrk's standard output: the JSON line of our <c>done</c> hook when present, else wrk's own
/// <c>--latency</c> text (a run whose script failed to load still prints that), so a run is never misread silently.
/// </summary>
internal static partial class WrkOutputParser
{
    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in output.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith(WrkScript.Marker, StringComparison.Ordinal))
            {
                return ParseHook(trimmed[WrkScript.Marker.Length..]);
            }
        }

        return ParseText(output);
    }

    private static WrkResult ParseHook(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            long Long(string name) => (long)root.GetProperty(name).GetDouble();
            double Double(string name) => root.GetProperty(name).GetDouble();
            return new WrkResult(
                Long("requests"),
                Long("durationUs"),
                Long("bytes"),
                Double("p50Us"),
                Double("p90Us"),
                Double("p99Us"),
                Double("meanUs"),
                Double("maxUs"),
                Long("connectErrors"),
                Long("readErrors"),
                Long("writeErrors"),
                Long("statusErrors"),
                Long("timeouts"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"wrk's summary line is not the expected JSON ({e.Message}): {json}", e);
        }
    }

    /// <summary>wrk's human summary: "N requests in 10.00s, X MB read", the latency distribution and "Requests/sec:".</summary>
    private static WrkResult ParseText(string output)
    {
        var total = TotalLine().Match(output);
        if (!total.Success)
        {
            throw new FormatException($"wrk printed neither our summary line nor its own totals: {Shorten(output)}");
        }

        var requests = long.Parse(total.Groups["requests"].Value, CultureInfo.InvariantCulture);
        var durationUs = ToMicroseconds(total.Groups["duration"].Value, total.Groups["unit"].Value);
        var bytes = (long)Math.Round(ToBytes(total.Groups["bytes"].Value, total.Groups["bytesUnit"].Value));
        double Percentile(string p)
        {
            var match = Regex.Match(output, @"^\s*" + Regex.Escape(p) + @"%\s+(?<value>[\d.]+)(?<unit>us|ms|s|m|h)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
            return match.Success ? ToMicroseconds(match.Groups["value"].Value, match.Groups["unit"].Value) : double.NaN;
        }

        var p99 = Percentile("99");
        if (double.IsNaN(p99))
        {
            throw new FormatException($"wrk's output has no 99% latency line; run it with --latency: {Shorten(output)}");
        }

        var latency = LatencyLine().Match(output);
        var mean = latency.Success ? ToMicroseconds(latency.Groups["avg"].Value, latency.Groups["avgUnit"].Value) : double.NaN;
        var max = latency.Success ? ToMicroseconds(latency.Groups["max"].Value, latency.Groups["maxUnit"].Value) : double.NaN;

        var errors = SocketErrors().Match(output);
        long Count(string name) => errors.Success ? long.Parse(errors.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var status = StatusErrors().Match(output);
        return new WrkResult(
            requests,
            (long)durationUs,
            bytes,
            Percentile("50"),
            Percentile("90"),
            p99,
            mean,
            max,
            Count("connect"),
            Count("read"),
            Count("write"),
            status.Success ? long.Parse(status.Groups["count"].Value, CultureInfo.InvariantCulture) : 0,
            Count("timeout"));
    }

    private static double ToMicroseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number,
            "ms" => number * 1_000,
            "s" => number * 1_000_000,
            "m" => number * 60_000_000,
            "h" => number * 3_600_000_000,
            _ => throw new FormatException($"unknown time unit '{unit}' in wrk's output"),
        };
    }

    private static double ToBytes(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "B" => number,
            "KB" => number * 1024,
            "MB" => number * 1024 * 1024,
            "GB" => number * 1024 * 1024 * 1024,
            _ => throw new FormatException($"unknown size unit '{unit}' in wrk's output"),
        };
    }

    private static string Shorten(string output) => output.Length <= 400 ? output : output[..400] + "…";

    [GeneratedRegex(@"(?<requests>\d+) requests in (?<duration>[\d.]+)(?<unit>us|ms|s|m|h), (?<bytes>[\d.]+)(?<bytesUnit>B|KB|MB|GB) read", RegexOptions.None, 1000)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s*Latency\s+(?<avg>[\d.]+)(?<avgUnit>us|ms|s|m|h)\s+[\d.]+(?:us|ms|s|m|h)\s+(?<max>[\d.]+)(?<maxUnit>us|ms|s|m|h)", RegexOptions.Multiline, 1000)]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"Socket errors: connect (?<connect>\d+), read (?<read>\d+), write (?<write>\d+), timeout (?<timeout>\d+)", RegexOptions.None, 1000)]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (?<count>\d+)", RegexOptions.None, 1000)]
    private static partial Regex StatusErrors();
}
