using System.Text.Json;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>Loads the JSONL conformance corpus (tests/Clues.GraphQL.Tests/Oracle/corpus/*.jsonl) in file and line order.</summary>
internal static class OracleCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> Loaded = new(Load);

    public static IReadOnlyList<CorpusCase> All => Loaded.Value;

    private static IReadOnlyList<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var file in System.IO.Directory.GetFiles(OracleLocation.CorpusDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var exclude = root.TryGetProperty("exclude", out var reason) ? reason.GetString() : null;
                cases.Add(new CorpusCase(root.GetProperty("id").GetString()!, Path.GetFileName(file), line, exclude));
            }
        }

        return cases;
    }
}
