using Clues.Core.Model.Taxonomy;
using Clues.Seed.Generation;
using Xunit.Abstractions;

namespace Clues.Seed.Tests;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Probe()
    {
        var world = new SeedWorld(new SeedOptions(SeedPreset.City));
        var random = world.RandomFor(99);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20000; i++) world.Names.FullName(random, Gender.Male);
        output.WriteLine($"names {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var i = 0; i < 20000; i++) world.NationalIds.Create(i % 6, new DateOnly(1980, 1, 1).AddDays(i % 5000), Gender.Male);
        output.WriteLine($"ids {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var i = 0; i < 20000; i++) world.AddPerson(random, "张三", Gender.Male, new DateOnly(1980, 1, 1).AddDays(i % 5000), 1, ManagementLevel.None, PoliticalStatus.Masses, TieContext.Family);
        output.WriteLine($"persons {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var rep = 0; rep < 4; rep++)
        {
            for (var i = 0; i < 20000; i++) world.Sink.Add(new Clues.Core.Model.Position("pos-" + i, "科员", CadreRank.Staff, false, new DateOnly(2020, 1, 1), null));
            output.WriteLine($"positions {sw.ElapsedMilliseconds} gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} heap={GC.GetTotalMemory(false) / 1_000_000}MB"); sw.Restart();
            for (var i = 0; i < 20000; i++) Clues.Core.Model.NodeMapper.ToRecord(new Clues.Core.Model.Position("pos-" + i, "科员", CadreRank.Staff, false, new DateOnly(2020, 1, 1), null));
            output.WriteLine($"positions unretained {sw.ElapsedMilliseconds}"); sw.Restart();
            world.Sink.Flush();
        }
        for (var i = 0; i < 20000; i++) world.Sink.Add(new Clues.Core.Model.Person("per-x" + i, "张三", Gender.Male, new DateOnly(1980, 1, 1), null, PoliticalStatus.Masses, ManagementLevel.None));
        output.WriteLine($"persons no id {sw.ElapsedMilliseconds}"); sw.Restart();
    }
}
