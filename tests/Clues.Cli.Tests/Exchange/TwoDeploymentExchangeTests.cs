using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Clues.Cli.Tests.Commands;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Exchange;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Exchange.Selection;
using Clues.Sharing.Matching.Decisions;

namespace Clues.Cli.Tests.Exchange;

/// <summary>
/// Two deployments on this machine, the city office (江临市 431400) and a district office (江北区 431402), each with its
/// own data directory and keys, exchange packages both ways through separate `clues` processes.
/// </summary>
public sealed class TwoDeploymentExchangeTests
{
    private const string CountyCadreName = "欧阳明远";

    [Fact]
    public async Task City_and_county_deployments_exchange_packages_both_ways_linking_entities_without_duplicates()
    {
        using var temp = new TempDirectory();
        var city = new Deployment(temp.Path, "city", "431400");
        var county = new Deployment(temp.Path, "county", "431402");
        await Task.WhenAll(city.SetUpAsync(), county.SetUpAsync());
        var (namesakeOf, cityKeeps) = await DivergeCountyAsync(county);
        var countyKeeps = await DivergeCityAsync(city);

        // County → city.
        var up = Path.Combine(temp.Path, "up.zip");
        var exported = await county.ExportAsync(city, up);
        Assert.Equal("CountyToCity", exported.GetProperty("direction").GetString());
        Assert.Equal(1, exported.GetProperty("stubs").GetInt32());
        var payload = PayloadOf(up);
        Assert.DoesNotContain("reporter", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("举报人张某某", payload, StringComparison.Ordinal);

        var cityBefore = await city.StatsAsync();
        var tampered = Path.Combine(temp.Path, "up-tampered.zip");
        var bytes = await File.ReadAllBytesAsync(up);
        bytes[bytes.Length / 3] ^= 0x01;
        await File.WriteAllBytesAsync(tampered, bytes);
        var refused = await city.ImportAsync(county, tampered);
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("REFUSED", refused.StdErr.Trim().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Equal(cityBefore, await city.StatsAsync());
        Assert.False(File.Exists(Path.Combine(city.Data, ExchangeLedger.FileName)));

        var persons = await city.CountAsync("Person");
        var clues = await city.CountAsync("Clue");
        var imported = await city.ImportAsync(county, up, "--json");
        Deployment.Ok(imported, "exchange import");
        var first = JsonDocument.Parse(imported.StdOut).RootElement;
        Assert.Equal("Imported", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("linked").GetInt32() >= 2, imported.StdOut);
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(1, first.GetProperty("review").GetInt32());
        Assert.Equal(persons + 3, await city.CountAsync("Person"));
        Assert.Equal(clues + exported.GetProperty("clues").GetInt32(), await city.CountAsync("Clue"));

        var cityAfter = await city.StatsAsync();
        var again = await city.ImportAsync(county, up);
        Deployment.Ok(again, "exchange import (again)");
        Assert.Contains("ALREADY IMPORTED", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(cityAfter, await city.StatsAsync());

        // City → county.
        var down = Path.Combine(temp.Path, "down.zip");
        var sent = await city.ExportAsync(county, down);
        Assert.Equal("CityToCounty", sent.GetProperty("direction").GetString());
        Assert.DoesNotContain("xch-", PayloadOf(down), StringComparison.Ordinal);
        var countyPersons = await county.CountAsync("Person");
        var countyClues = await county.CountAsync("Clue");
        var taken = await county.ImportAsync(city, down, "--json");
        Deployment.Ok(taken, "exchange import (county)");
        var second = JsonDocument.Parse(taken.StdOut).RootElement;
        Assert.Equal(1, second.GetProperty("created").GetInt32());
        Assert.Equal(0, second.GetProperty("review").GetInt32());
        Assert.True(second.GetProperty("linked").GetInt32() >= 2, taken.StdOut);
        Assert.Equal(countyPersons + 1, await county.CountAsync("Person"));
        Assert.Equal(countyClues + sent.GetProperty("clues").GetInt32(), await county.CountAsync("Clue"));
        var countyAfter = await county.StatsAsync();
        Deployment.Ok(await county.ImportAsync(city, down), "exchange import (county, again)");
        Assert.Equal(countyAfter, await county.StatsAsync());

        // A package for another office is refused by the county.
        var elsewhere = Path.Combine(temp.Path, "elsewhere.zip");
        Deployment.Ok(await CliProcess.RunAsync("exchange", "export", "--data", city.Data, "--office", "431400", "--to", "431421", "--key", city.PrivateKey, "--out", elsewhere), "exchange export (青山县)");
        var misaddressed = await county.ImportAsync(city, elsewhere);
        Assert.Equal(1, misaddressed.ExitCode);
        Assert.Equal(countyAfter, await county.StatsAsync());

        // The county sends again: what the city took in is re-sent by nobody, and nothing is duplicated.
        var upAgain = Path.Combine(temp.Path, "up-2.zip");
        await county.ExportAsync(city, upAgain);
        Assert.DoesNotContain("xch-", PayloadOf(upAgain), StringComparison.Ordinal);
        var repeat = await city.ImportAsync(county, upAgain, "--json");
        Deployment.Ok(repeat, "exchange import (second package)");
        var third = JsonDocument.Parse(repeat.StdOut).RootElement;
        Assert.Equal(0, third.GetProperty("nodesWritten").GetInt32());
        Assert.Equal(0, third.GetProperty("relationshipsWritten").GetInt32());
        Assert.Equal(cityAfter, await city.StatsAsync());

        await CheckCityAsync(city, namesakeOf, cityKeeps);
        await CheckCountyAsync(county, countyKeeps);
    }

    private static async Task CheckCityAsync(Deployment city, string namesakeOf, PoliticalStatus cityKeeps)
    {
        await city.ReadAsync<bool>(async store =>
        {
            // 刘峻熙 is linked, not copied, and the city's fact about him is kept.
            Assert.Null(await store.GetNodeAsync("xch-431402-per-s4-shared"));
            Assert.Equal(cityKeeps, (await Deployment.PersonAsync(store, "per-s4-shared")).PoliticalStatus);
            var concerns = await store.GetRelationshipsAsync("xch-431402-clue-s4-county", new TraversalFilter(new HashSet<RelType> { RelType.Concerns }));
            Assert.Contains(concerns, c => c.EndId == "per-s4-shared");

            var created = (await store.GetNodeAsync("xch-431402-per-b-new"))!;
            Assert.Equal("431402", created.Properties[ExchangeSelector.OriginProperty]!.GetValue<string>());
            Assert.Equal(CountyCadreName, created.Name);
            var stub = NodeMapper.FromRecord<Clue>((await store.GetNodeAsync("xch-431402-clue-b-prov"))!);
            Assert.Equal(ExchangeSelector.StubSummary, stub.Summary);
            Assert.Empty(stub.Evidence);
            Assert.False(NodeMapper.FromRecord<Clue>((await store.GetNodeAsync("xch-431402-clue-b-new"))!).HasSealedReporter);
            return true;
        });

        await using (var ledger = await ExchangeLedger.OpenAsync(city.Data, CancellationToken.None))
        {
            var conflicts = await ledger.ConflictsAsync(CancellationToken.None);
            Assert.Contains(conflicts, c => c.SenderOffice == "431402" && c.Conflict.LocalId == "per-s4-shared" && c.Conflict.Field == "politicalStatus");
            var provenance = await ledger.ProvenanceOfAsync("per-s4-shared", CancellationToken.None);
            Assert.Contains(provenance, p => p.SenderOffice == "431402" && p.Entry.Action == ProvenanceAction.Linked);
            Assert.Contains(await ledger.ProvenanceOfAsync("xch-431402-per-b-new", CancellationToken.None), p => p.Entry.Action == ProvenanceAction.Created);
        }

        await using var review = await MatchDecisionStore.OpenAsync(Path.Combine(city.Data, ExchangeImporter.ReviewFileName), CancellationToken.None);
        Assert.Contains(await review.ListQueueAsync(CancellationToken.None), i => i.LeftId == "xch-431402-per-b-namesake" && i.RightId == namesakeOf);
    }

    private static async Task CheckCountyAsync(Deployment county, PoliticalStatus countyKeeps)
    {
        await county.ReadAsync<bool>(async store =>
        {
            Assert.Null(await store.GetNodeAsync("xch-431400-per-0000360"));
            Assert.Equal(countyKeeps, (await Deployment.PersonAsync(store, "per-0000360")).PoliticalStatus);
            Assert.Equal("431400", (await store.GetNodeAsync("xch-431400-per-a-new"))!.Properties[ExchangeSelector.OriginProperty]!.GetValue<string>());
            return true;
        });
        await using var ledger = await ExchangeLedger.OpenAsync(county.Data, CancellationToken.None);
        Assert.Contains(await ledger.ConflictsAsync(CancellationToken.None), c => c.SenderOffice == "431400" && c.Conflict.LocalId == "per-0000360" && c.Conflict.Field == "politicalStatus");
    }

    // The district knows things the city does not: a new city-managed cadre, a namesake of a city cadre known only by
    // name, a province-managed cadre, and another political status for 刘峻熙.
    private static async Task<(string NamesakeOf, PoliticalStatus CityKeeps)> DivergeCountyAsync(Deployment county)
    {
        var namesakeOf = "per-s1-cadre";
        var original = PoliticalStatus.PartyMember;
        await county.EditAsync(async store =>
        {
            var round = (await store.GetRelationshipsAsync("clue-s4-county", new TraversalFilter(new HashSet<RelType> { RelType.FoundIn }))).Single().EndId;
            var shared = await Deployment.PersonAsync(store, "per-s4-shared");
            original = shared.PoliticalStatus;
            var famous = await Deployment.PersonAsync(store, namesakeOf);
            var b = new GraphBatchBuilder();
            b.Remember(round, NodeLabel.InspectionRound);
            b.Add(shared with { PoliticalStatus = Deployment.Other(original) });
            b.Add(new Person("per-b-new", CountyCadreName, Gender.Male, new DateOnly(1980, 1, 1), NationalIdNumber.FromBody("43140219800101013"), PoliticalStatus.PartyMember, ManagementLevel.City));
            b.Add(new Person("per-b-namesake", famous.Name, famous.Gender, null, null, PoliticalStatus.PartyMember, ManagementLevel.City));
            b.Add(new Person("per-b-prov", "司马长庚", Gender.Male, new DateOnly(1965, 3, 3), NationalIdNumber.FromBody("43140219650303015"), PoliticalStatus.PartyMember, ManagementLevel.Province));
            AddClue(b, "clue-b-new", round, "per-b-new", "反映欧阳明远违规收受礼金。", sealedReporter: true);
            AddClue(b, "clue-b-namesake", round, "per-b-namesake", "反映该同志违规公款吃喝。");
            AddClue(b, "clue-b-prov", round, "per-b-prov", "反映司马长庚干预工程项目，举报人张某某提供了录音。");
            return b.Build();
        });
        return (namesakeOf, original);
    }

    // The city knows a county-managed cadre the district has never heard of, and another political status for one it knows.
    private static async Task<PoliticalStatus> DivergeCityAsync(Deployment city)
    {
        var original = PoliticalStatus.PartyMember;
        await city.EditAsync(async store =>
        {
            var clue = (await store.GetRelationshipsAsync("per-0000360", new TraversalFilter(new HashSet<RelType> { RelType.Concerns }))).First().StartId;
            var round = (await store.GetRelationshipsAsync(clue, new TraversalFilter(new HashSet<RelType> { RelType.FoundIn }))).Single().EndId;
            var known = await Deployment.PersonAsync(store, "per-0000360");
            Assert.Equal(ManagementLevel.County, known.ManagementLevel);
            original = known.PoliticalStatus;
            var b = new GraphBatchBuilder();
            b.Remember(round, NodeLabel.InspectionRound);
            b.Add(known with { PoliticalStatus = Deployment.Other(original) });
            b.Add(new Person("per-a-new", "欧阳晓岚", Gender.Female, new DateOnly(1990, 2, 2), NationalIdNumber.FromBody("43140219900202022"), PoliticalStatus.PartyMember, ManagementLevel.County));
            AddClue(b, "clue-a-new", round, "per-a-new", "提级巡察发现欧阳晓岚违规发放津补贴。");
            return b.Build();
        });
        return original;
    }

    private static void AddClue(GraphBatchBuilder b, string id, string round, string subject, string summary, bool sealedReporter = false)
    {
        b.Add(new Clue(id, "XC-" + id, ClueSource.Letter, new DateOnly(2026, 3, 1), summary, [ProblemType.IntegrityDiscipline], ClueStatus.UnderReview, ["举报信原件1份"], sealedReporter));
        b.Link(RelType.FoundIn, id, round);
        b.Link(RelType.Concerns, id, subject, properties: new { role = SubjectRole.Primary });
    }

    private static string PayloadOf(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry("exchange.json")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
