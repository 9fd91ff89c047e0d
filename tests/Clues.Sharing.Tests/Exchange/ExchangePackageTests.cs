using System.Text;
using System.Text.Json;
using Clues.Core.Graph;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Sharing.Exchange;
using Clues.Sharing.Exchange.Payload;
using Clues.Sharing.Exchange.Selection;

namespace Clues.Sharing.Tests.Exchange;

public sealed class ExchangePackageTests
{
    [Fact]
    public async Task County_sends_the_city_clues_about_city_managed_cadres_and_only_stubs_for_province_managed_ones()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await using (var county = await ExchangeWorld.SenderAsync(folder.County))
        {
            var result = await new ExchangeExporter(county, folder.County).ExportAsync(new ExchangeExportOptions("431421", "431400", folder.CountyKey, folder.File("out.zip")), CancellationToken.None);
            Assert.Equal(ExchangeDirection.CountyToCity, result.Direction);
            Assert.Equal("青山巡交〔" + DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year + "〕1号", result.Number);
        }

        var (document, bytes) = await ReadAsync(folder.File("out.zip"), folder.CountyPub);
        var clues = document.Nodes.Where(n => n.Label == NodeLabel.Clue).ToDictionary(n => n.SenderId);
        Assert.Equal(["c-city", "c-old", "c-prov"], clues.Keys.Order(StringComparer.Ordinal));
        Assert.True(clues["c-prov"].Stub);
        Assert.Equal(ExchangeSelector.StubSummary, clues["c-prov"].Properties["summary"]!.GetValue<string>());
        Assert.Empty(clues["c-prov"].Properties["evidence"]!.AsArray());
        Assert.False(clues["c-city"].Stub);
        Assert.Equal(["p-city", "p-prov", "unit-town"], document.Nodes.Where(n => n.Label is NodeLabel.Person or NodeLabel.Unit).Select(n => n.SenderId).Order(StringComparer.Ordinal));
        Assert.Equal("431421", document.Nodes.Single(n => n.SenderId == "unit-town").DivisionCode);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("reporter", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("举报人提供的录音", text, StringComparison.Ordinal);
        var list = Assert.Single(document.ProblemLists);
        Assert.Equal(4, list.Clues);
        Assert.Equal(3, list.Shared);
    }

    [Fact]
    public async Task Since_leaves_out_clues_received_before_the_day()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await using (var county = await ExchangeWorld.SenderAsync(folder.County))
        {
            await new ExchangeExporter(county, folder.County).ExportAsync(new ExchangeExportOptions("431421", "431400", folder.CountyKey, folder.File("out.zip"), new DateOnly(2020, 1, 1)), CancellationToken.None);
        }

        var (document, _) = await ReadAsync(folder.File("out.zip"), folder.CountyPub);
        Assert.Equal(["c-city", "c-prov"], document.Nodes.Where(n => n.Label == NodeLabel.Clue).Select(n => n.SenderId).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2020, 1, 1), document.Since);
    }

    [Fact]
    public async Task City_sends_a_county_only_elevated_round_clues_about_its_county_managed_cadres_and_never_province_ones()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await using (var city = await ExchangeWorld.CityAsync(folder.City))
        {
            var result = await new ExchangeExporter(city, folder.City).ExportAsync(new ExchangeExportOptions("431400", "431421", folder.CityKey, folder.File("down.zip")), CancellationToken.None);
            Assert.Equal(ExchangeDirection.CityToCounty, result.Direction);
        }

        var (document, _) = await ReadAsync(folder.File("down.zip"), folder.CityPub);
        Assert.Equal("c-elev", Assert.Single(document.Nodes, n => n.Label == NodeLabel.Clue).SenderId);
        Assert.Equal("p-county", Assert.Single(document.Nodes, n => n.Label == NodeLabel.Person).SenderId);
        Assert.Equal("round-elevated", Assert.Single(document.ProblemLists).RoundId);
    }

    [Fact]
    public async Task Export_between_offices_that_are_not_a_city_and_its_own_county_is_refused_naming_both()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await using var county = await ExchangeWorld.SenderAsync(folder.County);
        var error = await Assert.ThrowsAsync<ExchangeException>(() =>
            new ExchangeExporter(county, folder.County).ExportAsync(new ExchangeExportOptions("431421", "430000", folder.CountyKey, folder.File("x.zip")), CancellationToken.None));
        Assert.Contains("湖南省 (430000)", error.Message, StringComparison.Ordinal);
        Assert.Contains("青山县 (431421)", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("x.zip")));

        // A city above its province is no county-city pair: provinces take reports through the handover route.
        var upward = await Assert.ThrowsAsync<ExchangeException>(() =>
            new ExchangeExporter(county, folder.County).ExportAsync(new ExchangeExportOptions("431400", "430000", folder.CountyKey, folder.File("x.zip")), CancellationToken.None));
        Assert.Contains("湖南省 (430000)", upward.Message, StringComparison.Ordinal);
    }

    private static async Task<(ExchangeDocument Document, byte[] Bytes)> ReadAsync(string zip, string publicKey)
    {
        using var key = await OfficePublicKey.LoadAsync(publicKey, CancellationToken.None);
        using var verdict = await new PackageVerifier().VerifyFileAsync(zip, key, CancellationToken.None);
        Assert.True(verdict.IsValid, verdict.Message);
        Assert.Equal(PackageKind.Exchange, verdict.Package!.Manifest.Kind);
        var bytes = await verdict.Package.ReadAllBytesAsync(ExchangeDocument.FileName, CancellationToken.None);
        return (JsonSerializer.Deserialize<ExchangeDocument>(bytes, ExchangeJson.Options)!, bytes);
    }
}
