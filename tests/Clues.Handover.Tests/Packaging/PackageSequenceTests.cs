using Clues.Handover.Packaging;

namespace Clues.Handover.Tests.Packaging;

public sealed class PackageSequenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clues-sequence-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Numbers_run_from_one_per_year_and_survive_a_restart()
    {
        Assert.Equal(1, await PackageSequence.NextAsync(_folder, 2026, CancellationToken.None));
        Assert.Equal(2, await PackageSequence.NextAsync(_folder, 2026, CancellationToken.None));
        Assert.Equal(1, await PackageSequence.NextAsync(_folder, 2027, CancellationToken.None));
        Assert.Equal(3, await PackageSequence.NextAsync(_folder, 2026, CancellationToken.None));
        Assert.Equal("3", await File.ReadAllTextAsync(Path.Combine(_folder, "packages", "sequence-2026")));
    }

    [Fact]
    public async Task Concurrent_exports_never_take_the_same_number()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => PackageSequence.NextAsync(_folder, 2026, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 24), numbers.Order());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
