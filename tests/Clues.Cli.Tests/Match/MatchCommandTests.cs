using System.Text.Json;
using Clues.Cli.Tests.Commands;
using Clues.Core.Identifiers;

namespace Clues.Cli.Tests.Match;

public sealed class MatchCommandTests
{
    private static readonly string ZhangWeiId = NationalIdNumber.FromBody("43142119750302001").Value;
    private static readonly string OtherZhangWeiId = NationalIdNumber.FromBody("43142119750302003").Value;
    private static readonly string WangLingId = NationalIdNumber.FromBody("43140219880917002").Value;
    private static readonly string Code = CreditCode.FromBody("91431400MA4L12345").Value;

    private static string[] LeftLines =>
    [
        $$"""{"id":"L1","kind":"Person","name":"张伟","idNumber":"{{ZhangWeiId}}","unit":"江临市财政局"}""",
        $$"""{"id":"L2","kind":"Person","name":"王玲","idNumber":"{{WangLingId}}","gender":"F"}""",
        $$"""{"id":"L3","kind":"Company","name":"江临市祥丰市政工程有限公司","creditCode":"{{Code}}"}""",
        """{"id":"L4","kind":"Person","name":"赵敏","birthDate":"1990-02-02"}""",
    ];

    private static string[] RightLines =>
    [
        $$"""{"id":"R1","kind":"Person","name":"张伟","idNumber":"{{OtherZhangWeiId}}"}""",
        """{"id":"R2","kind":"Person","name":"王琳","birthDate":"1988-09-17","gender":"F"}""",
        $$"""{"id":"R3","kind":"Company","name":"江临市祥丰市政工程有限责任公司","creditCode":"{{Code}}"}""",
        """{"id":"R4","kind":"Person","name":"张纬","birthDate":"1975-03-02","unit":"江临市财政局"}""",
    ];

    [Fact]
    public async Task Match_prints_one_json_line_per_match_or_review_pair_with_reasons()
    {
        using var folder = new TempDirectory();
        var (left, right) = await WriteInputsAsync(folder);

        var result = await CliProcess.RunAsync("match", "--left", left, "--right", right, "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = Lines(result.StdOut);
        Assert.Equal(["L1>R4:REVIEW", "L2>R2:MATCH", "L3>R3:MATCH"], lines.Select(l => $"{l.GetProperty("left").GetString()}>{l.GetProperty("right").GetString()}:{l.GetProperty("decision").GetString()}"));
        var variant = lines[1];
        Assert.InRange(variant.GetProperty("score").GetDouble(), 0.8, 1.0);
        Assert.Contains(variant.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("name variant 玲/琳", StringComparison.Ordinal));
        Assert.InRange(lines[0].GetProperty("score").GetDouble(), 0.2, 0.8);
        Assert.Contains(lines[2].GetProperty("reasons").EnumerateArray(), r => r.GetString() == "credit code equal");
        Assert.Contains("2 MATCH, 1 REVIEW", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_ID_number_is_warned_about_by_file_line_and_record_and_the_record_is_still_matched()
    {
        using var folder = new TempDirectory();
        var (left, _) = await WriteInputsAsync(folder);
        var typo = ZhangWeiId[..17] + (ZhangWeiId[17] == '1' ? '2' : '1');
        var right = Path.Combine(folder.Path, "typo.jsonl");
        await File.WriteAllLinesAsync(right, [$$"""{"id":"R9","kind":"Person","name":"张伟","idNumber":"{{typo}}","unit":"江临市财政局"}"""]);

        var result = await CliProcess.RunAsync("match", "--left", left, "--right", right, "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains($"WARNING {right} line 1: record 'R9', \"idNumber\"", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("checksum", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(Lines(result.StdOut), l => l.GetProperty("left").GetString() == "L1" && l.GetProperty("right").GetString() == "R9");
    }

    [Fact]
    public async Task A_malformed_line_stops_the_run_naming_the_file_and_line()
    {
        using var folder = new TempDirectory();
        var (left, _) = await WriteInputsAsync(folder);
        var bad = Path.Combine(folder.Path, "bad.jsonl");
        await File.WriteAllLinesAsync(bad, ["""{"id":"R1","name":"张伟"}""", "", """{"id":"R2","birthDate":"1975/03/02"}"""]);

        var result = await CliProcess.RunAsync("match", "--left", left, "--right", bad, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Contains($"{bad} line 3: \"birthDate\" is '1975/03/02'; write it as YYYY-MM-DD", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_without_both_files_says_what_is_missing()
    {
        var result = await CliProcess.RunAsync("match", "--left", "a.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs both --left FILE.jsonl and --right FILE.jsonl", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_decisions_recorded_in_the_review_queue_are_kept_by_later_runs()
    {
        using var folder = new TempDirectory();
        var (left, right) = await WriteInputsAsync(folder);
        var decisions = Path.Combine(folder.Path, "decisions.db");

        var first = await CliProcess.RunAsync("match", "--left", left, "--right", right, "--json", "--decisions", decisions);
        Assert.True(first.ExitCode == 0, first.StdErr);
        var queue = await CliProcess.RunAsync("match", "review", "list", "--decisions", decisions, "--json");
        Assert.Equal(["L1>R4"], Lines(queue.StdOut).Select(l => $"{l.GetProperty("left").GetString()}>{l.GetProperty("right").GetString()}"));

        var confirm = await CliProcess.RunAsync("match", "review", "decide", "--decisions", decisions, "--left", "L1", "--right", "R4", "--decision", "MATCH", "--by", "li.na", "--why", "same person, name mistyped");
        Assert.True(confirm.ExitCode == 0, confirm.StdErr);
        var reject = await CliProcess.RunAsync("match", "review", "decide", "--decisions", decisions, "--left", "L3", "--right", "R3", "--decision", "NO_MATCH", "--by", "li.na", "--why", "code reissued to another firm");
        Assert.True(reject.ExitCode == 0, reject.StdErr);

        var second = await CliProcess.RunAsync("match", "--left", left, "--right", right, "--json", "--decisions", decisions);

        var lines = Lines(second.StdOut);
        Assert.Equal(["L1>R4:MATCH", "L2>R2:MATCH"], lines.Select(l => $"{l.GetProperty("left").GetString()}>{l.GetProperty("right").GetString()}:{l.GetProperty("decision").GetString()}").Order(StringComparer.Ordinal));
        var confirmed = lines.Single(l => l.GetProperty("left").GetString() == "L1");
        Assert.StartsWith("human decision MATCH by li.na on ", confirmed.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var emptyQueue = await CliProcess.RunAsync("match", "review", "list", "--decisions", decisions, "--json");
        Assert.Equal("", emptyQueue.StdOut.Trim());
    }

    [Fact]
    public async Task Decide_refuses_review_as_a_verdict()
    {
        using var folder = new TempDirectory();
        var result = await CliProcess.RunAsync("match", "review", "decide", "--decisions", Path.Combine(folder.Path, "d.db"), "--left", "L1", "--right", "R1", "--decision", "REVIEW", "--by", "li.na");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use MATCH or NO_MATCH", result.StdErr, StringComparison.Ordinal);
    }

    private static async Task<(string Left, string Right)> WriteInputsAsync(TempDirectory folder)
    {
        var left = Path.Combine(folder.Path, "a.jsonl");
        var right = Path.Combine(folder.Path, "b.jsonl");
        await File.WriteAllLinesAsync(left, LeftLines);
        await File.WriteAllLinesAsync(right, RightLines);
        return (left, right);
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
}
