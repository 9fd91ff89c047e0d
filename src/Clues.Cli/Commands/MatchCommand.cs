using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Decisions;
using Clues.Sharing.Matching.Io;
using Clues.Sharing.Matching.Model;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues match</c>: recognises the same persons and companies in two JSONL files and explains each
/// pair; <c>clues match review list|decide</c> works the review queue of a decisions file.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var left = new Option<FileInfo?>("--left") { Description = "JSONL file of one data set: {\"id\",\"kind\":\"Person|Company\",\"name\",\"idNumber\",\"birthDate\":\"YYYY-MM-DD\",\"gender\":\"M|F\",\"creditCode\",\"unit\"} per line." };
        var right = new Option<FileInfo?>("--right") { Description = "JSONL file of the other data set, same format." };
        var json = new Option<bool>("--json") { Description = "One JSON line per MATCH or REVIEW pair: {\"left\",\"right\",\"score\",\"decision\",\"reasons\"}." };
        var decisions = DecisionsOption(required: false);

        var command = new Command(
            "match",
            "Match persons and companies between two JSONL files (national ID, credit code, name, birth date, unit), print MATCH and REVIEW pairs with their reasons. With --decisions, human decisions are applied first and REVIEW pairs are queued.")
        {
            left, right, json, decisions,
        };
        command.Subcommands.Add(CreateReview());
        command.SetAction(async (parse, cancellationToken) =>
        {
            var leftFile = parse.GetValue(left);
            var rightFile = parse.GetValue(right);
            if (leftFile is null || rightFile is null)
            {
                await Console.Error.WriteLineAsync("clues match needs both --left FILE.jsonl and --right FILE.jsonl (or a subcommand: review list|decide).");
                return 2;
            }

            try
            {
                return await RunAsync(leftFile, rightFile, parse.GetValue(json), parse.GetValue(decisions), cancellationToken);
            }
            catch (IOException error)
            {
                await Console.Error.WriteLineAsync(error.Message);
                return 2;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(FileInfo leftFile, FileInfo rightFile, bool json, FileInfo? decisionsFile, CancellationToken cancellationToken)
    {
        IReadOnlyList<MatchRecord> left;
        IReadOnlyList<MatchRecord> right;
        try
        {
            // ToString keeps the path as the user typed it, so errors name the file they know.
            // Invalid ID numbers and credit codes are reported and kept: a mistyped number is what matching is there to find.
            left = await MatchRecordReader.ReadAsync(leftFile.ToString(), Warn, cancellationToken);
            right = await MatchRecordReader.ReadAsync(rightFile.ToString(), Warn, cancellationToken);
        }
        catch (Exception error) when (error is MatchInputException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 2;
        }

        var start = Stopwatch.GetTimestamp();
        var result = new Matcher().Match(left, right, cancellationToken);
        IReadOnlyList<MatchPair> pairs = result.Pairs;
        if (decisionsFile is not null)
        {
            await using var store = await MatchDecisionStore.OpenAsync(decisionsFile.FullName, cancellationToken);
            pairs = HumanDecisionOverlay.Apply(pairs, await store.LoadDecisionsAsync(cancellationToken), left, right);
            await store.ReplaceQueueAsync(pairs, DateTimeOffset.UtcNow, cancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var shown = pairs.Where(p => p.Decision != MatchDecision.NoMatch).ToList();
        var output = Console.Out;
        foreach (var pair in shown)
        {
            await output.WriteLineAsync(json
                ? MatchPairJson.ToLine(pair)
                : $"{MatchPairJson.DecisionText(pair.Decision),-6} {pair.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {pair.LeftId} ↔ {pair.RightId}  {string.Join("; ", pair.Reasons)}");
        }

        await Console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{left.Count:N0} left and {right.Count:N0} right records, {result.CandidatePairs:N0} candidate pairs: {shown.Count(p => p.Decision == MatchDecision.Match):N0} MATCH, {shown.Count(p => p.Decision == MatchDecision.Review):N0} REVIEW in {elapsed.TotalSeconds:0.00} s."));
        return 0;
    }

    // On standard error, so the matches on standard output stay machine-readable.
    private static void Warn(string warning) => Console.Error.WriteLine("WARNING " + warning);

    private static Option<FileInfo?> DecisionsOption(bool required) => new("--decisions")
    {
        Description = "SQLite file of human decisions and the review queue (created when missing).",
        Required = required,
    };

    private static Command CreateReview()
    {
        var decisions = DecisionsOption(required: true);
        var json = new Option<bool>("--json") { Description = "One JSON line per queued pair." };
        var list = new Command("list", "List the REVIEW pairs waiting for a decision, highest score first.") { decisions, json };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await MatchDecisionStore.OpenAsync(parse.GetValue(decisions)!.FullName, cancellationToken);
            foreach (var item in await store.ListQueueAsync(cancellationToken))
            {
                var pair = new MatchPair(item.LeftId, item.RightId, EntityKind.Person, item.Score, MatchDecision.Review, item.Reasons);
                await Console.Out.WriteLineAsync(parse.GetValue(json)
                    ? MatchPairJson.ToLine(pair)
                    : $"{item.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {item.LeftId} ↔ {item.RightId}  {string.Join("; ", item.Reasons)}");
            }

            return 0;
        });

        var decideDecisions = DecisionsOption(required: true);
        var leftId = new Option<string>("--left") { Description = "Record id in the left file.", Required = true };
        var rightId = new Option<string>("--right") { Description = "Record id in the right file.", Required = true };
        var verdict = new Option<string>("--decision") { Description = "MATCH or NO_MATCH.", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides (user id).", Required = true };
        var why = new Option<string>("--why") { Description = "The reason, kept with the decision.", DefaultValueFactory = _ => "" };
        var decide = new Command("decide", "Record a human decision for a pair; later runs apply it before scoring and never undo it.") { decideDecisions, leftId, rightId, verdict, by, why };
        decide.SetAction(async (parse, cancellationToken) =>
        {
            var decision = MatchPairJson.ParseDecision(parse.GetValue(verdict));
            if (decision is not (MatchDecision.Match or MatchDecision.NoMatch))
            {
                await Console.Error.WriteLineAsync($"--decision: '{parse.GetValue(verdict)}' is not a verdict; use MATCH or NO_MATCH.");
                return 2;
            }

            await using var store = await MatchDecisionStore.OpenAsync(parse.GetValue(decideDecisions)!.FullName, cancellationToken);
            await store.RecordAsync(
                new HumanDecision(parse.GetValue(leftId)!, parse.GetValue(rightId)!, decision.Value, parse.GetValue(by)!, DateTimeOffset.UtcNow, parse.GetValue(why) ?? ""),
                cancellationToken);
            await Console.Out.WriteLineAsync($"Recorded {MatchPairJson.DecisionText(decision.Value)} for {parse.GetValue(leftId)} ↔ {parse.GetValue(rightId)}.");
            return 0;
        });

        return new Command("review", "The review queue and human decisions of a decisions file.") { list, decide };
    }
}
