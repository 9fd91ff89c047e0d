using System.Text.Json;
using Clues.Cli.Tests.Exchange;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Sharing.Exchange.Payload;

namespace Clues.Cli.Tests.Commands;

/// <summary>
/// `clues exchange import` of a correctly signed package whose sending office let a bad ID number through: the whole
/// package is refused, the message names the package, the record and the field, and the receiving graph is unchanged.
/// </summary>
public sealed class ExchangeImportInvalidIdentifierTests
{
    [Fact]
    public async Task A_package_with_a_region_less_id_number_is_refused_by_the_command_naming_package_record_and_field_and_changes_nothing()
    {
        using var temp = new TempDirectory();
        var city = new Deployment(temp.Path, "city", "431400");
        var county = new Deployment(temp.Path, "county", "431421");
        await city.SetUpAsync();
        var keys = await CliProcess.RunAsync("keys", "init", "--out", county.Keys, "--office", county.Office);
        Assert.True(keys.ExitCode == 0, keys.StdErr);

        // Checksum and birth date pass; only the region (000000, no province) is wrong.
        var body = "00000019750302001";
        var weights = new[] { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        var badId = body + "10X98765432"[body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
        var package = Path.Combine(temp.Path, "bad.zip");
        await WritePackageAsync(county, city, badId, package);
        var before = await city.StatsAsync();

        var result = await city.ImportAsync(county, package);

        // Store-opening progress comes first on standard error; the refusal is one line of its own.
        var refusal = result.StdErr.Split('\n').SingleOrDefault(l => l.StartsWith("REFUSED", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.True(refusal is not null, result.StdErr);
        Assert.Contains(package, refusal, StringComparison.Ordinal);
        Assert.Contains("exchange.json: Person 'p-1' cannot be read, field \"nationalId\"", refusal, StringComparison.Ordinal);
        Assert.Contains(badId, refusal, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", refusal, StringComparison.Ordinal);
        Assert.Equal(before, await city.StatsAsync());
    }

    private static async Task WritePackageAsync(Deployment from, Deployment to, string nationalId, string path)
    {
        var person = NodeMapper.ToRecord(new Person("p-1", "柯振邦", Gender.Male, new DateOnly(1975, 3, 2), NationalIdNumber.FromBody("43142119750302001"), PoliticalStatus.PartyMember, ManagementLevel.City)).Properties;
        person["nationalId"] = nationalId;
        var clue = NodeMapper.ToRecord(new Clue("c-1", "QS-2026-001", ClueSource.Letter, new DateOnly(2026, 3, 1), "反映某某违规收受礼金。", [ProblemType.IntegrityDiscipline], ClueStatus.Registered, [], false)).Properties;
        var sender = new ExchangeParty(from.Office, "青山县委巡察办");
        var recipient = new ExchangeParty(to.Office, "江临市委巡察办");
        var document = new ExchangeDocument(
            ExchangeDocument.CurrentFormat,
            sender,
            recipient,
            Sharing.Exchange.ExchangeDirection.CountyToCity,
            "test",
            null,
            [new ExchangeNode("p-1", NodeLabel.Person, person), new ExchangeNode("c-1", NodeLabel.Clue, clue)],
            [new ExchangeRelationship(RelType.Concerns, "c-1", "p-1", null, null, [])],
            []);
        using var key = await OfficeSigningKey.LoadAsync(from.PrivateKey, CancellationToken.None);
        var content = new PackageContent(
            PackageKind.Exchange,
            "青山巡交〔2026〕9号",
            new PackageParty(sender.Code, sender.Name),
            new PackageParty(recipient.Code, recipient.Name),
            [],
            DateTimeOffset.UtcNow,
            [PackageFile.FromBytes(ExchangeDocument.FileName, JsonSerializer.SerializeToUtf8Bytes(document, ExchangeJson.Options))]);
        await PackageWriter.WriteFileAsync(content, key, path, CancellationToken.None);
    }
}
