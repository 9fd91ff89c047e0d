using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Io;
using Clues.Sharing.Matching.Model;
using Clues.Sharing.Tests.Identifiers;

namespace Clues.Sharing.Tests.Matching;

public sealed class MatchRecordReaderTests
{
    [Fact]
    public async Task Reads_every_field_and_skips_blank_lines()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id":"p1","kind":"Person","name":"张伟","idNumber":"431421197503020011","birthDate":"1975-03-02","gender":"M","unit":"江临市财政局"}""",
            "",
            """{"id":"c1","kind":"company","name":"祥丰公司","creditCode":"91431400MA4L123456"}""",
            """{"id":"x1","creditCode":"91431400MA4L123456"}""",
        ]);

        var records = await MatchRecordReader.ReadAsync(path, CancellationToken.None);

        Assert.Equal(3, records.Count);
        Assert.Equal(new MatchRecord("p1", EntityKind.Person, "张伟", "431421197503020011", new DateOnly(1975, 3, 2), Gender.Male, null, "江临市财政局"), records[0]);
        Assert.Equal(EntityKind.Company, records[1].Kind);
        Assert.Equal(EntityKind.Company, records[2].Kind);
    }

    [Theory]
    [InlineData("""{"id":"p1","name":"张伟" """, "line 2: not valid JSON")]
    [InlineData("""{"name":"张伟"}""", "line 2: the record has no \"id\"")]
    [InlineData("""{"id":"p2","birthDate":"02/03/1975"}""", "line 2: \"birthDate\" is '02/03/1975'; write it as YYYY-MM-DD")]
    [InlineData("""{"id":"p2","gender":"X"}""", "line 2: \"gender\" is 'X'; use M or F.")]
    [InlineData("""{"id":"p2","kind":"Robot"}""", "line 2: \"kind\" is 'Robot'; use Person or Company.")]
    [InlineData("""{"id":"p1"}""", "line 2: id 'p1' is already used on line 1")]
    [InlineData("""[1,2]""", "line 2: expected a JSON object")]
    [InlineData("""{"id":"p2","name":["张伟"]}""", "line 2: \"name\" is a JSON Array; it must be a string.")]
    public async Task A_malformed_line_names_the_file_and_line(string secondLine, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.jsonl");
        await File.WriteAllLinesAsync(path, ["""{"id":"p1","name":"王芳"}""", secondLine]);

        var error = await Assert.ThrowsAsync<MatchInputException>(() => MatchRecordReader.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith(path + " line 2: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task Records_with_invalid_id_numbers_or_credit_codes_are_each_reported_by_file_line_and_field_and_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("roll.jsonl");
        var good = NationalIdNumber.FromBody("43142119750302001").Value;
        await File.WriteAllLinesAsync(path,
        [
            $$"""{"id":"ok","name":"张伟","idNumber":"{{good}}"}""",
            $$"""{"id":"check","name":"张伟","idNumber":"{{BadIdentifiers.WrongCheckDigit(good)}}"}""",
            $$"""{"id":"date","name":"李娜","idNumber":"{{BadIdentifiers.ImpossibleBirthDate}}"}""",
            $$"""{"id":"region","name":"王芳","idNumber":"{{BadIdentifiers.NoSuchRegion}}"}""",
            """{"id":"old","name":"刘强","idNumber":"431421750302001"}""",
            """{"id":"none","name":"陈静"}""",
            $$"""{"id":"co-ok","kind":"Company","name":"祥丰公司","creditCode":"{{BadIdentifiers.GoodCreditCode}}"}""",
            $$"""{"id":"co-bad","kind":"Company","name":"祥丰公司","creditCode":"{{BadIdentifiers.WrongCheckCharacter(BadIdentifiers.GoodCreditCode)}}"}""",
        ]);
        var warnings = new List<string>();

        var records = await MatchRecordReader.ReadAsync(path, warnings.Add, CancellationToken.None);

        Assert.Equal(8, records.Count);
        Assert.Collection(
            warnings,
            w => Assert.StartsWith($"{path} line 2: record 'check', \"idNumber\": National ID number '{BadIdentifiers.WrongCheckDigit(good)}' fails its checksum", w, StringComparison.Ordinal),
            w => Assert.StartsWith($"{path} line 3: record 'date', \"idNumber\": National ID number '{BadIdentifiers.ImpossibleBirthDate}' encodes birth date '19750230'", w, StringComparison.Ordinal),
            w => Assert.StartsWith($"{path} line 4: record 'region', \"idNumber\": National ID number '{BadIdentifiers.NoSuchRegion}' starts with '000000'", w, StringComparison.Ordinal),
            w => Assert.StartsWith($"{path} line 8: record 'co-bad', \"creditCode\": Unified social credit code", w, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.EndsWith("only counts as a possible typo of another.", w, StringComparison.Ordinal));
    }
}
