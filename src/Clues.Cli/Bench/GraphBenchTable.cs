using System.Globalization;
using Spectre.Console;

namespace Clues.Cli.Bench;

/// <summary>The report as tables for a terminal, for when --json is not given.</summary>
internal static class GraphBenchTable
{
    /// <summary>Writes the latency table, the agreement line and each peer's load time, notes or error.</summary>
    public static void Write(GraphBenchReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);

        var graph = report.Graph;
        console.MarkupLine(Markup.Escape(
            $"Graph: {graph.Nodes:N0} nodes ({graph.Persons:N0} persons), {graph.Relationships:N0} relationships; {report.Samples:N0} timed calls per query after {report.Warmup:N0} warm-up calls; seed {report.Seed}; twoHop node limit {report.NodeLimit}."));

        var peers = report.Peers.Keys.ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("Latency, ms (p50 / p99, nearest rank)");
        table.AddColumn("query");
        foreach (var peer in peers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(peer)).RightAligned());
        }

        foreach (var (kind, byPeer) in report.Queries)
        {
            var cells = new List<string> { Markup.Escape(kind) };
            foreach (var peer in peers)
            {
                cells.Add(byPeer.TryGetValue(peer, out var figures) ? Cell(figures) : "[grey]–[/]");
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);

        var agreement = report.Agreement;
        var verdict = agreement.Mismatches == 0 ? "[green]agree[/]" : $"[red]{agreement.Mismatches:N0} mismatches[/]";
        console.MarkupLine($"Agreement: {verdict} over {agreement.Pairs:N0} comparisons ({Markup.Escape(string.Join(", ", agreement.Compared))}).");
        foreach (var example in agreement.Examples)
        {
            var answers = string.Join(", ", example.Answers.Select(a => $"{a.Key}={a.Value?.ToString(CultureInfo.InvariantCulture) ?? "none"}"));
            var input = example.To is null ? example.From : $"{example.From} → {example.To}";
            console.MarkupLine(Markup.Escape($"  {example.Query} {input}: {answers}"));
            foreach (var (peer, hood) in example.Neighbourhoods ?? new Dictionary<string, NeighbourhoodDigest>())
            {
                console.MarkupLine(Markup.Escape(
                    $"    {peer}: taken {hood.Taken} (ids {hood.TakenHash}), edges {hood.Edges}, degrees {hood.DegreeSum}, omitted {hood.OmittedSum}, reachable {hood.TotalReachable}"));
            }
        }

        if (report.Answers is { } found)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Answers ({found.Peer}): 2-hop reachable mean {found.TwoHopMean} (max {found.TwoHopMax}), taken mean {found.TwoHopTakenMean}, edges mean {found.TwoHopEdgesMean}, {found.TwoHopTruncated} truncated; paths found {found.PathsFound} of {report.Samples}, mean length {found.PathLengthMean}; name search mean hits {found.NameSearchHitsMean}.")));
        }

        foreach (var (peer, summary) in report.Peers)
        {
            if (summary.Error is not null)
            {
                console.MarkupLine($"[red]{Markup.Escape(peer)}: {Markup.Escape(summary.Error)}[/]");
                continue;
            }

            var load = summary.LoadMs is { } ms ? $"load {ms:N0} ms" : "load time not measured";
            console.MarkupLine(Markup.Escape($"{peer}: {load}"));
            foreach (var (name, figures) in summary.Extra ?? new Dictionary<string, GraphBenchReport.QueryFigures>())
            {
                console.MarkupLine($"  {Markup.Escape(name)}: {Cell(figures)}");
            }

            foreach (var note in summary.Notes ?? [])
            {
                console.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
            }
        }
    }

    private static string Cell(GraphBenchReport.QueryFigures figures) =>
        figures.Error is not null
            ? "[red]error[/]"
            : Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{figures.P50:F3} / {figures.P99:F3}"));
}
