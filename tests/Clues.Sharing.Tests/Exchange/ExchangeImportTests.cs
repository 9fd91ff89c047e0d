using System.Text.Json;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Sharing.Exchange;
using Clues.Sharing.Exchange.Payload;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Exchange.Selection;
using Clues.Sharing.Matching.Decisions;
using Clues.Sharing.Matching.Model;
using Clues.Sharing.Tests.Identifiers;

namespace Clues.Sharing.Tests.Exchange;

public sealed class ExchangeImportTests
{
    [Fact]
    public async Task Import_links_known_cadres_keeps_local_facts_records_conflicts_and_queues_doubtful_pairs()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await ExportFromCountyAsync(folder, "up.zip");
        await using var city = await ReceiverAsync(folder);
        var before = await city.GetStatsAsync();

        var result = await ImportAsync(city, folder, "up.zip");

        Assert.Equal(ExchangeImportStatus.Imported, result.Status);
        Assert.Equal((2, 1, 0), (result.Linked, result.Review, result.Created));
        var after = await city.GetStatsAsync();
        Assert.Equal(before.ByLabel.GetValueOrDefault(NodeLabel.Person) + 1, after.ByLabel.GetValueOrDefault(NodeLabel.Person));
        Assert.Equal(before.ByLabel.GetValueOrDefault(NodeLabel.Unit), after.ByLabel.GetValueOrDefault(NodeLabel.Unit));
        Assert.Equal(before.ByLabel.GetValueOrDefault(NodeLabel.Clue) + 3, after.ByLabel.GetValueOrDefault(NodeLabel.Clue));

        // The city's own record of the cadre wins; the county's differing fact is recorded, not written.
        var cadre = NodeMapper.FromRecord<Person>((await city.GetNodeAsync("p-city"))!);
        Assert.Equal(PoliticalStatus.Masses, cadre.PoliticalStatus);
        await using (var ledger = await ExchangeLedger.OpenAsync(folder.City, CancellationToken.None))
        {
            var (office, conflict) = Assert.Single(await ledger.ConflictsAsync(CancellationToken.None));
            Assert.Equal(("431421", "p-city", "politicalStatus", "\"Masses\"", "\"PartyMember\""), (office, conflict.LocalId, conflict.Field, conflict.LocalValue, conflict.IncomingValue));
            var provenance = Assert.Single(await ledger.ProvenanceOfAsync("p-city", CancellationToken.None));
            Assert.Equal(("431421", "p-city", ProvenanceAction.Linked), (provenance.SenderOffice, provenance.Entry.SenderId, provenance.Entry.Action));
            Assert.Contains("national ID equal", provenance.Entry.Reasons);
        }

        // The imported clue points at the city's own node, not at a copy.
        var concerns = await city.GetRelationshipsAsync("xch-431421-c-city", new TraversalFilter(new HashSet<RelType> { RelType.Concerns }));
        Assert.Equal(["p-city", "unit-town"], concerns.Select(c => c.EndId).Order(StringComparer.Ordinal));
        var stub = (await city.GetNodeAsync("xch-431421-c-prov"))!;
        Assert.True(stub.Properties["exchangeStub"]!.GetValue<bool>());
        Assert.Equal("431421", stub.Properties[ExchangeSelector.OriginProperty]!.GetValue<string>());

        // Same ID number, another name: a separate node marked with the county, its number left to the local node, and a review item.
        var twin = (await city.GetNodeAsync("xch-431421-p-prov"))!;
        Assert.Null(twin.Key);
        Assert.Equal("p-prov", twin.Properties["keyHeldBy"]!.GetValue<string>());
        await using var review = await MatchDecisionStore.OpenAsync(Path.Combine(folder.City, ExchangeImporter.ReviewFileName), CancellationToken.None);
        var item = Assert.Single(await review.ListQueueAsync(CancellationToken.None));
        Assert.Equal(("xch-431421-p-prov", "p-prov"), (item.LeftId, item.RightId));
    }

    [Fact]
    public async Task Importing_the_same_package_twice_changes_nothing_even_when_the_replay_record_is_lost()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await ExportFromCountyAsync(folder, "up.zip");
        await using var city = await ReceiverAsync(folder);
        await ImportAsync(city, folder, "up.zip");
        var once = Counts(await city.GetStatsAsync());

        var again = await ImportAsync(city, folder, "up.zip");
        Assert.Equal(ExchangeImportStatus.AlreadyImported, again.Status);
        Assert.Equal(once, Counts(await city.GetStatsAsync()));

        // As after a crash between the graph write and the replay record: the rerun finds everything in place.
        File.Delete(Path.Combine(folder.City, ExchangeImporter.ReplayFileName));
        var rerun = await ImportAsync(city, folder, "up.zip");
        Assert.Equal(ExchangeImportStatus.Imported, rerun.Status);
        Assert.Equal((0, 0), (rerun.NodesWritten, rerun.RelationshipsWritten));
        Assert.Equal(once, Counts(await city.GetStatsAsync()));
    }

    [Fact]
    public async Task A_human_match_decision_links_the_person_in_later_packages()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await ExportFromCountyAsync(folder, "first.zip");
        await using var city = await ReceiverAsync(folder);
        await ImportAsync(city, folder, "first.zip");
        await using (var review = await MatchDecisionStore.OpenAsync(Path.Combine(folder.City, ExchangeImporter.ReviewFileName), CancellationToken.None))
        {
            await review.RecordAsync(new HumanDecision("xch-431421-p-prov", "p-prov", MatchDecision.Match, "周主任", DateTimeOffset.UtcNow, "同一身份证号，姓名系录入错误"), CancellationToken.None);
        }

        await ExportFromCountyAsync(folder, "second.zip");
        await ImportAsync(city, folder, "second.zip");

        await using var ledger = await ExchangeLedger.OpenAsync(folder.City, CancellationToken.None);
        var records = await ledger.ProvenanceOfAsync("p-prov", CancellationToken.None);
        var linked = Assert.Single(records);
        Assert.Equal(ProvenanceAction.Linked, linked.Entry.Action);
        Assert.StartsWith("human decision MATCH by 周主任", linked.Entry.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_forged_misaddressed_and_handover_packages_are_refused_and_change_nothing()
    {
        using var folder = await ExchangeFolder.CreateAsync();
        await ExportFromCountyAsync(folder, "up.zip");
        var bytes = await File.ReadAllBytesAsync(folder.File("up.zip"));
        bytes[bytes.Length / 3] ^= 0x20;
        await File.WriteAllBytesAsync(folder.File("tampered.zip"), bytes);
        using (var countyKey = await OfficeSigningKey.LoadAsync(folder.CountyKey, CancellationToken.None))
        {
            await PackageWriter.WriteFileAsync(
                new PackageContent(PackageKind.Handover, "青山巡移〔2026〕1号", new PackageParty("431421", "青山县委巡察办"), new PackageParty("431400", "江临市委巡察办"), [], DateTimeOffset.UtcNow, [PackageFile.FromBytes("register.csv", "a,b\n"u8.ToArray())]),
                countyKey,
                folder.File("handover.zip"),
                CancellationToken.None);
        }

        await using var city = await ReceiverAsync(folder);
        var before = Counts(await city.GetStatsAsync());

        var tampered = await Assert.ThrowsAsync<ExchangeRefusedException>(() => ImportAsync(city, folder, "tampered.zip"));
        Assert.NotEqual(PackageProblem.None, tampered.Problem);
        var forged = await Assert.ThrowsAsync<ExchangeRefusedException>(() => ImportAsync(city, folder, "up.zip", folder.CityPub));
        Assert.Equal(PackageProblem.WrongKey, forged.Problem);
        var misaddressed = await Assert.ThrowsAsync<ExchangeRefusedException>(() => ImportAsync(city, folder, "up.zip", office: "431499"));
        Assert.Contains("not to this office (431499)", misaddressed.Message, StringComparison.Ordinal);
        var handover = await Assert.ThrowsAsync<ExchangeRefusedException>(() => ImportAsync(city, folder, "handover.zip"));
        Assert.Contains("clues package import", handover.Message, StringComparison.Ordinal);

        Assert.Equal(before, Counts(await city.GetStatsAsync()));
        Assert.False(File.Exists(Path.Combine(folder.City, ExchangeLedger.FileName)));
        Assert.False(File.Exists(Path.Combine(folder.City, ExchangeImporter.ReplayFileName)));
    }

    public static TheoryData<string, string, string, string> InvalidIdentifiers => new()
    {
        { "nationalId", "wrong check digit", BadIdentifiers.WrongCheckDigit(ExchangeWorld.CityCadreId), "fails its checksum" },
        { "nationalId", "impossible birth date", BadIdentifiers.ImpossibleBirthDate, "not a real date" },
        { "nationalId", "no such region", BadIdentifiers.NoSuchRegion, "not the division code of any province" },
        { "nationalId", "no such province", BadIdentifiers.NoSuchProvince, "not the division code of any province" },
        { "creditCode", "wrong check character", BadIdentifiers.WrongCheckCharacter(BadIdentifiers.GoodCreditCode), "fails its checksum" },
    };

    [Theory]
    [MemberData(nameof(InvalidIdentifiers))]
    public async Task A_signed_package_with_one_invalid_identifier_is_refused_whole_naming_the_file_node_and_field(string field, string flaw, string value, string problem)
    {
        using var folder = await ExchangeFolder.CreateAsync();
        var person = NodeMapper.ToRecord(ExchangeWorld.CityCadre).Properties;
        var company = NodeMapper.ToRecord(new Company("co-1", "江临市祥丰市政工程有限公司", CreditCode.Parse(BadIdentifiers.GoodCreditCode), "柯振邦", 500m, new DateOnly(2015, 6, 1))).Properties;
        var (bad, badId) = field == "creditCode" ? (company, "co-1") : (person, "p-1");
        bad[field] = value;
        var clue = NodeMapper.ToRecord(ExchangeWorld.NewClue("c-1", "反映某某违规。")).Properties;
        var document = new ExchangeDocument(
            ExchangeDocument.CurrentFormat,
            new ExchangeParty("431421", "青山县委巡察办"),
            new ExchangeParty("431400", "江临市委巡察办"),
            ExchangeDirection.CountyToCity,
            "test",
            null,
            [new ExchangeNode("p-1", NodeLabel.Person, person), new ExchangeNode("co-1", NodeLabel.Company, company), new ExchangeNode("c-1", NodeLabel.Clue, clue)],
            [new ExchangeRelationship(RelType.Concerns, "c-1", "p-1", null, null, []), new ExchangeRelationship(RelType.Concerns, "c-1", "co-1", null, null, [])],
            []);
        using (var key = await OfficeSigningKey.LoadAsync(folder.CountyKey, CancellationToken.None))
        {
            var content = new PackageContent(PackageKind.Exchange, "青山巡交〔2026〕9号", new PackageParty("431421", "青山县委巡察办"), new PackageParty("431400", "江临市委巡察办"), [], DateTimeOffset.UtcNow,
                [PackageFile.FromBytes(ExchangeDocument.FileName, JsonSerializer.SerializeToUtf8Bytes(document, ExchangeJson.Options))]);
            await PackageWriter.WriteFileAsync(content, key, folder.File("bad.zip"), CancellationToken.None);
        }

        await using var city = await ReceiverAsync(folder);
        var before = Counts(await city.GetStatsAsync());
        var refused = await Assert.ThrowsAsync<ExchangeRefusedException>(() => ImportAsync(city, folder, "bad.zip"));

        Assert.StartsWith(folder.File("bad.zip") + " (青山巡交〔2026〕9号), exchange.json: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"'{badId}' cannot be read, field \"{field}\"", refused.Message, StringComparison.Ordinal);
        Assert.Contains(value, refused.Message, StringComparison.Ordinal);
        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", refused.Message, StringComparison.Ordinal);
        Assert.True(before == Counts(await city.GetStatsAsync()), $"{flaw}: the graph changed");
        Assert.False(File.Exists(Path.Combine(folder.City, ExchangeImporter.ReplayFileName)), $"{flaw}: the package was recorded as seen");
    }

    private static string Counts(GraphStats stats) =>
        string.Join(", ", stats.ByLabel.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}").Concat(stats.ByType.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));

    private static async Task ExportFromCountyAsync(ExchangeFolder folder, string name)
    {
        var exists = Directory.Exists(folder.County);
        await using var county = exists
            ? await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(folder.County))
            : await ExchangeWorld.SenderAsync(folder.County);
        await new ExchangeExporter(county, folder.County).ExportAsync(new ExchangeExportOptions("431421", "431400", folder.CountyKey, folder.File(name)), CancellationToken.None);
    }

    // The city knows the city cadre as a non-member (a fact that differs) and the province cadre's ID under another name.
    private static Task<EmbeddedGraphStore> ReceiverAsync(ExchangeFolder folder)
    {
        var b = ExchangeWorld.Geography();
        b.Add(ExchangeWorld.CityCadre with { PoliticalStatus = PoliticalStatus.Masses });
        b.Add(ExchangeWorld.ProvinceCadre with { Name = "欧阳红梅" });
        return ExchangeWorld.OpenWithAsync(folder.City, b.Build());
    }

    private static async Task<ExchangeImportResult> ImportAsync(EmbeddedGraphStore city, ExchangeFolder folder, string name, string? publicKey = null, string? office = null)
    {
        using var key = await OfficePublicKey.LoadAsync(publicKey ?? folder.CountyPub, CancellationToken.None);
        return await new ExchangeImporter(city, folder.City).ImportAsync(folder.File(name), key, office, CancellationToken.None);
    }
}
