using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Analysis;

public sealed class ClueCatalogTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static Clue Clue(string id, string summary, ClueStatus status = ClueStatus.Registered) =>
        new(id, "码-" + id, ClueSource.Letter, Day, summary, [ProblemType.PoliticalDiscipline], status, [], false);

    private static Person Person(string id) =>
        new(id, "人员" + id, Gender.Female, null, null, PoliticalStatus.PartyMember, ManagementLevel.County);

    private static GraphBatchBuilder Start() =>
        new GraphBatchBuilder()
            .Add(Person("p1"))
            .Add(Clue("c-2", "反映工程款被截留"))
            .Add(Clue("c-4", "反映低保优亲厚友"))
            .Link(RelType.Concerns, "c-2", "p1", properties: new { role = "PRIMARY" });

    private static string Shape(Clue clue) => $"{clue.Id} {clue.Status} {clue.Summary}";

    [Fact]
    public async Task A_registered_clue_appears_without_reading_every_clue_again()
    {
        await using var scratch = await ScratchStore.WithAsync(Start());
        var catalog = new ClueCatalog(scratch.Store);
        Assert.Equal(["c-2", "c-4"], (await catalog.CurrentAsync()).Clues.Select(c => c.Id));

        await scratch.Store.WriteAsync(new GraphBatchBuilder().Add(Clue("c-3", "反映违规发放补贴")).Build());
        await scratch.Store.WriteAsync(new GraphBatchBuilder().Add(Clue("c-1", "反映公车私用")).Build());
        var after = await catalog.CurrentAsync();

        Assert.Equal(["c-1", "c-2", "c-3", "c-4"], after.Clues.Select(c => c.Id));
        Assert.Equal(1, catalog.FullReads);
        Assert.Equal(["c-3"], after.FindBySummary("违规发放", 10));
    }

    [Fact]
    public async Task A_changed_and_a_deleted_clue_show_their_state_now()
    {
        await using var scratch = await ScratchStore.WithAsync(Start());
        var catalog = new ClueCatalog(scratch.Store);
        await catalog.CurrentAsync();

        await scratch.Store.WriteAsync(new GraphBatchBuilder().Add(Clue("c-2", "反映工程款被挪用", ClueStatus.Closed)).Build());
        await scratch.Store.WriteAsync(new GraphBatch { DeleteNodes = ["c-4"] });
        var after = await catalog.CurrentAsync();

        var only = Assert.Single(after.Clues);
        Assert.Equal(ClueStatus.Closed, only.Status);
        Assert.Equal(["c-2"], after.FindBySummary("挪用", 10));
        Assert.Empty(after.FindBySummary("截留", 10));
        Assert.Null(after.Find("c-4"));
        Assert.Equal(1, catalog.FullReads);
    }

    [Fact]
    public async Task A_write_too_large_for_the_change_feed_is_caught_up_by_a_full_read()
    {
        await using var scratch = await ScratchStore.WithAsync(Start());
        var catalog = new ClueCatalog(scratch.Store);
        await catalog.CurrentAsync();

        var bulk = new GraphBatchBuilder();
        for (var i = 0; i < 3000; i++)
        {
            bulk.Add(Clue($"bulk-{i:D4}", "批量导入的线索" + i));
        }

        await scratch.Store.WriteAsync(bulk.Build());
        var after = await catalog.CurrentAsync();

        Assert.Equal(3002, after.Clues.Count);
        Assert.Equal(2, catalog.FullReads);
        Assert.Equal(after.Clues.Select(c => c.Id).Order(StringComparer.Ordinal), after.Clues.Select(c => c.Id));
    }

    [Fact]
    public async Task After_random_writes_the_kept_catalog_equals_a_fresh_read()
    {
        await using var scratch = await ScratchStore.WithAsync(Start());
        var kept = new ClueCatalog(scratch.Store);
        var random = new Random(7);
        for (var step = 0; step < 200; step++)
        {
            var id = "r-" + random.Next(40).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            var batch = random.Next(4) switch
            {
                0 => new GraphBatch { DeleteNodes = [id] },
                1 => new GraphBatchBuilder().Add(Person(id)).Build(),
                _ => new GraphBatchBuilder().Add(Clue(id, "第" + step + "次", (ClueStatus)(1 + random.Next(3)))).Build(),
            };
            try
            {
                await scratch.Store.WriteAsync(batch);
            }
            catch (GraphStoreException)
            {
                // A node may not change its label; such a write is refused whole and changes nothing.
            }

            if (random.Next(3) == 0)
            {
                var mine = await kept.CurrentAsync();
                var fresh = await new ClueCatalog(scratch.Store).CurrentAsync();
                Assert.Equal(fresh.Clues.Select(Shape), mine.Clues.Select(Shape));
            }
        }

        Assert.Equal(1, kept.FullReads);
    }

    [Fact]
    public async Task Writes_across_many_chunks_keep_the_catalog_equal_to_a_fresh_read()
    {
        var bulk = new GraphBatchBuilder();
        for (var i = 0; i < 3000; i += 2)
        {
            bulk.Add(Clue($"m-{i:D5}", "批量" + i));
        }

        await using var scratch = await ScratchStore.WithAsync(bulk);
        var kept = new ClueCatalog(scratch.Store);
        await kept.CurrentAsync();
        var random = new Random(11);
        for (var step = 0; step < 1500; step++)
        {
            var id = $"m-{random.Next(3000):D5}";
            var batch = random.Next(5) == 0
                ? new GraphBatch { DeleteNodes = [id] }
                : new GraphBatchBuilder().Add(Clue(id, "更新" + step)).Build();
            await scratch.Store.WriteAsync(batch);
            await kept.CurrentAsync();
        }

        var mine = await kept.CurrentAsync();
        var fresh = await new ClueCatalog(scratch.Store).CurrentAsync();
        Assert.Equal(fresh.Select(Shape), mine.Select(Shape));
        Assert.Equal(fresh.Count, mine.Count);
        Assert.Equal(1, kept.FullReads);
        Assert.All(Enumerable.Range(0, mine.Count), i => Assert.Equal(mine[i].Id, mine.Clues.ElementAt(i).Id));
        Assert.Equal(fresh.FindBySummary("更新14", 1000), mine.FindBySummary("更新14", 1000));
        var middle = mine[mine.Count / 2].Id;
        Assert.Equal(mine.Select(c => c.Id).Where(i => string.CompareOrdinal(i, middle) > 0), mine.From(mine.IndexAfter(middle)).Select(c => c.Id));

        // Probes present and absent, before the first id, between chunks and after the last: the position after each
        // is how many ids sort at or before it.
        var ids = mine.Select(c => c.Id).ToList();
        var probes = Enumerable.Range(-1, 3002).Select(i => i < 0 ? "a" : $"m-{i:D5}").Append("m-").Append("z");
        Assert.All(probes, probe => Assert.Equal(ids.Count(i => string.CompareOrdinal(i, probe) <= 0), mine.IndexAfter(probe)));
        Assert.All(ids, id => Assert.Same(id, mine.Find(id)?.Id));
        Assert.Null(mine.Find("m-99999"));
    }

    [Fact]
    public async Task An_empty_catalog_places_every_id_at_its_start()
    {
        await using var scratch = await ScratchStore.WithAsync(new GraphBatchBuilder().Add(Person("p-1")));
        var empty = await new ClueCatalog(scratch.Store).CurrentAsync();
        Assert.Equal(0, empty.IndexAfter("anything"));
        Assert.Null(empty.Find("anything"));
        Assert.Empty(empty.From(0));
    }
}
