using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Io;
using Clues.Sharing.Matching.Model;

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
}
