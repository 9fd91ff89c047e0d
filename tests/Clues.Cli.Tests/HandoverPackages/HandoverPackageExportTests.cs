using System.Text.RegularExpressions;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Cli.Tests.HandoverPackages;

public sealed class HandoverPackageExportTests(DemoHandoverFixture demo) : IClassFixture<DemoHandoverFixture>
{
    private static readonly Principal Officer = DemoHandover.Actor(DemoHandover.City, Role.HandoverOfficer, "officer.zhao");

    private static readonly Principal Custodian = DemoHandover.Actor(DemoHandover.City, Role.OfficeStaff, "custodian.chen");

    [Fact]
    public async Task Exported_package_verifies_with_the_office_public_key_and_lists_every_file()
    {
        var items = demo.Take(3);
        var path = demo.Output("verifies.zip");

        var result = await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, null, null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        Assert.Equal(result.Number, package.Manifest.Number);
        Assert.Matches(new Regex(@"^江临巡移〔20\d\d〕\d+号$"), result.Number);
        Assert.Equal(["clues.json", "context.graphml", "context.json", "letter.pdf", "register.csv"], package.Manifest.Files.Select(f => f.Name));
        Assert.Equal("431400", package.Manifest.Issuer.Code);
        Assert.Equal($"DISCIPLINE_COMMISSION/{items[0].Recipient.Jurisdiction.Value}", package.Manifest.Recipient.Code);
        Assert.Contains(package.Manifest.Approvals, a => a.By.Contains("leader.wang@431400", StringComparison.Ordinal) && a.Role.StartsWith("已批准", StringComparison.Ordinal));
        Assert.Contains(package.Manifest.Approvals, a => a.By.Contains("staff.li@431400", StringComparison.Ordinal) && a.Role.StartsWith("已报备", StringComparison.Ordinal));
        Assert.Equal(3, package.Clues.Count);
        Assert.Equal(new FileInfo(path).Length, result.Bytes);
        var exports = await demo.Audit.QueryAsync(new AuditQuery { UserId = Officer.UserId, Action = "ExportClue", Limit = 1000 }, DemoHandover.Actor(DemoHandover.City, Role.Auditor));
        var recorded = exports.Where(e => e.Entry.RequestId == result.PackageId.ToString("D")).ToList();
        Assert.Equal(items.Select(i => i.ClueId).Order(), recorded.Select(e => e.Entry.TargetId!).Order());
        Assert.All(recorded, e => Assert.Contains(result.Number, e.Entry.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_release_no_reporter_identity_is_anywhere_in_the_package()
    {
        var items = demo.Take(3, where: i => demo.Reporters.ContainsKey(i.ClueId));
        var path = demo.Output("sealed.zip");

        var result = await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, null, null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        Assert.Equal(0, result.ReporterIdentities);
        Assert.All(package.Clues, c => Assert.False(c!.AsObject().ContainsKey("reporter")));
        foreach (var (name, _) in package.Files)
        {
            foreach (var item in items)
            {
                Assert.DoesNotContain(demo.Reporters[item.ClueId].Name, package.Text(name), StringComparison.Ordinal);
                Assert.DoesNotContain(demo.Reporters[item.ClueId].Contact!, package.Text(name), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task With_a_custodian_release_the_commission_gets_each_sealed_reporter_and_every_reveal_is_audited()
    {
        var items = demo.Take(3, where: i => demo.Reporters.ContainsKey(i.ClueId));
        var path = demo.Output("released.zip");

        var result = await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, new ReporterRelease(Custodian, "纪委监委初核需联系举报人"), null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        Assert.Equal(3, result.ReporterIdentities);
        foreach (var entry in package.Clues.Select(c => c!.AsObject()))
        {
            var clueId = entry["clue"]!["id"]!.GetValue<string>();
            Assert.Equal(demo.Reporters[clueId].Name, entry["reporter"]!["name"]!.GetValue<string>());
        }

        var auditor = DemoHandover.Actor(DemoHandover.City, Role.Auditor);
        var reveals = await demo.Audit.QueryAsync(new AuditQuery { UserId = Custodian.UserId, Action = "ReadReporterIdentity" }, auditor);
        Assert.Equal(items.Select(i => i.ClueId).Order(), reveals.Select(r => r.Entry.TargetId!).Order());
        Assert.All(reveals, r => Assert.Contains("随移交包发送至", r.Entry.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Releasing_identities_to_a_body_not_entitled_to_them_is_refused_before_anything_is_written()
    {
        var route = new[] { HandoverRoute.OrganizationDepartment, HandoverRoute.PoliticalLegal, HandoverRoute.OtherRelevantUnit, HandoverRoute.InspectedUnitProposal, HandoverRoute.ForwardByLocality }
            .FirstOrDefault(r => demo.Available(r) > 0);
        Assert.True(demo.Available(route) > 0, "The demo store has no approved city item for a body other than the commission; the test needs one.");
        var items = demo.Take(1, route);
        var path = demo.Output("not-entitled.zip");

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, new ReporterRelease(Custodian, "误操作"), null, CancellationToken.None));

        Assert.Contains("纪委监委", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Equal(HandoverState.Approved, (await demo.Workflow.GetAsync(Officer, items[0].Id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task Context_carries_the_subjects_neighbourhood_but_no_other_clue_about_them()
    {
        // An item whose subject has another clue in the store, so leaving it out is something the export must do.
        var item = demo.Take(1, where: i => demo.OtherClues.ContainsKey(i.Id))[0];
        var other = demo.OtherClues[item.Id];
        var path = demo.Output("context.zip");

        var result = await demo.Exporter().ExportAsync(Officer, [item.Id], demo.Key, path, null, null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        var nodes = package.Context["nodes"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal([item.ClueId], nodes.Where(n => n["label"]!.GetValue<string>() == "Clue").Select(n => n["id"]!.GetValue<string>()));
        Assert.DoesNotContain(other, package.Text(HandoverPackageFiles.ContextJson), StringComparison.Ordinal);
        Assert.DoesNotContain(other, package.Text(HandoverPackageFiles.ContextGraphMl), StringComparison.Ordinal);
        var subject = package.Clues[0]!["subjects"]![0]!["id"]!.GetValue<string>();
        Assert.Contains(nodes, n => n["id"]!.GetValue<string>() == subject);
        Assert.True(result.ContextNodes > 2, $"Only {result.ContextNodes} context nodes: the subject's ties are missing.");
        Assert.Contains(package.Context["edges"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "Concerns" && e["source"]!.GetValue<string>() == item.ClueId);
    }

    [Fact]
    public async Task The_letter_renders_as_a_Chinese_page_with_its_title_and_the_package_number()
    {
        var items = demo.Take(2);
        var path = demo.Output("letter.zip");
        var result = await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, null, null, CancellationToken.None);
        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        var pdf = demo.Output("letter.pdf");
        await File.WriteAllBytesAsync(pdf, package.Files[HandoverPackageFiles.Letter]);

        await Poppler.RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, demo.Output("letter-page"));
        var text = await Poppler.RunAsync("pdftotext", "-layout", pdf, "-");

        var page = Directory.GetFiles(Path.GetDirectoryName(pdf)!, "letter-page*.png").Single();
        var ink = PngPixels.DarkShare(page);
        Assert.True(ink > 0.003, $"The first page of the letter is blank ({ink:P2} dark pixels).");
        Assert.True(ink < 0.5, $"The first page of the letter is mostly black ({ink:P2} dark pixels).");
        Assert.Contains("关于移交问题线索的函", text, StringComparison.Ordinal);
        Assert.Contains(result.Number, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(result.Recipient, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_csv_parses_with_one_row_per_clue_in_package_order()
    {
        var items = demo.Take(4);
        var path = demo.Output("register.zip");

        await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, null, null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        var rows = Csv.Parse(package.Text(HandoverPackageFiles.Register).TrimStart('\uFEFF'));
        Assert.Equal(["序号", "线索编号", "反映对象", "问题类别", "移交规则", "反馈时限"], rows[0]);
        Assert.Equal(items.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(6, r.Count));
        Assert.Equal(package.Clues.Select(c => c!["code"]!.GetValue<string>()), rows.Skip(1).Select(r => r[1]));
        Assert.Equal(["1", "2", "3", "4"], rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Items_are_handed_over_after_export_and_a_second_export_of_them_is_refused()
    {
        var items = demo.Take(2);
        var ids = items.Select(i => i.Id).ToList();
        var result = await demo.Exporter().ExportAsync(Officer, ids, demo.Key, demo.Output("first.zip"), null, null, CancellationToken.None);

        foreach (var id in ids)
        {
            var item = await demo.Workflow.GetAsync(Officer, id, CancellationToken.None);
            Assert.Equal(HandoverState.HandedOver, item.State);
            Assert.NotNull(item.Deadline);
            Assert.Contains(await demo.Workflow.HistoryAsync(Officer, id, CancellationToken.None), h => h.To == HandoverState.HandedOver && h.Reason!.Contains(result.Number, StringComparison.Ordinal));
        }

        var second = demo.Output("second.zip");
        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => demo.Exporter().ExportAsync(Officer, ids, demo.Key, second, null, null, CancellationToken.None));
        Assert.Equal(RefusalKind.State, refused.Kind);
        Assert.Contains("HANDED_OVER", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(second));
    }

    [Fact]
    public async Task An_officer_of_another_office_or_without_the_role_is_refused_and_nothing_is_written()
    {
        var items = demo.Take(1);
        var path = demo.Output("wrong-actor.zip");
        var county = DemoHandover.Actor("431421", Role.HandoverOfficer);
        var staff = DemoHandover.Actor(DemoHandover.City, Role.OfficeStaff);

        // A county cannot even see the city's items, so it is told the item does not exist for it.
        var wrongOffice = await Assert.ThrowsAsync<HandoverItemNotFoundException>(() => demo.Exporter("431421").ExportAsync(county, [items[0].Id], demo.Key, path, null, null, CancellationToken.None));
        var wrongRole = await Assert.ThrowsAsync<HandoverRefusedException>(() => demo.Exporter().ExportAsync(staff, [items[0].Id], demo.Key, path, null, null, CancellationToken.None));
        var wrongIssuer = await Assert.ThrowsAsync<HandoverRefusedException>(() => demo.Exporter("431421").ExportAsync(Officer, [items[0].Id], demo.Key, path, null, null, CancellationToken.None));

        Assert.Contains(items[0].Id, wrongOffice.Message, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.Role, wrongRole.Kind);
        Assert.Equal(RefusalKind.Jurisdiction, wrongIssuer.Kind);
        Assert.False(File.Exists(path));
        Assert.Equal(HandoverState.Approved, (await demo.Workflow.GetAsync(Officer, items[0].Id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task A_province_cadre_clue_travels_as_a_stub_without_content_or_context()
    {
        var stub = demo.Take(1, HandoverRoute.HigherInspectionOffice, where: i => i.ClueId == demo.StubClueId)[0];
        Assert.True(stub.StubOnly, "The province cadre's clue was not routed as a stub.");
        var path = demo.Output("stub.zip");

        var result = await demo.Exporter().ExportAsync(Officer, [stub.Id], demo.Key, path, null, null, CancellationToken.None);

        var package = await OpenedPackage.OpenAsync(path, demo.Key);
        var entry = Assert.Single(package.Clues)!.AsObject();
        Assert.True(entry["stubOnly"]!.GetValue<bool>());
        Assert.False(entry.ContainsKey("clue"));
        Assert.DoesNotContain("插手工程项目", package.Text(HandoverPackageFiles.Clues), StringComparison.Ordinal);
        Assert.Equal(0, result.ContextNodes);
        Assert.Equal(1, result.Stubs);
        Assert.Empty(package.Context["nodes"]!.AsArray());
        Assert.Equal("1", package.Manifest.Metadata["stubs"]);
    }

    [Fact]
    public async Task Items_for_two_recipients_are_refused_since_one_package_goes_to_one_recipient()
    {
        var items = demo.TakeForTwoRecipients();
        var path = demo.Output("two-recipients.zip");

        var refused = await Assert.ThrowsAsync<HandoverRefusedException>(() => demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, path, null, null, CancellationToken.None));

        Assert.Contains("one package carries the items of one recipient", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        foreach (var item in items)
        {
            Assert.Equal(HandoverState.Approved, (await demo.Workflow.GetAsync(Officer, item.Id, CancellationToken.None)).State);
        }
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        var items = demo.Take(1);
        var path = demo.Output("exists.zip");
        await File.WriteAllTextAsync(path, "an earlier package");

        await Assert.ThrowsAsync<IOException>(() => demo.Exporter().ExportAsync(Officer, [items[0].Id], demo.Key, path, null, null, CancellationToken.None));

        Assert.Equal("an earlier package", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Progress_is_reported_through_every_phase_up_to_the_last_item_handed_over()
    {
        var items = demo.Take(3);
        var reports = new List<HandoverPackageProgress>();
        var progress = new SynchronousProgress(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });

        await demo.Exporter().ExportAsync(Officer, items.Select(i => i.Id).ToList(), demo.Key, demo.Output("progress.zip"), null, progress, CancellationToken.None);

        Assert.Equal(["read", "context", "approvals", "documents", "write", "handover"], reports.Select(r => r.Phase).Distinct());
        Assert.Equal(new HandoverPackageProgress("handover", 3, 3), reports[^1]);
    }
}
