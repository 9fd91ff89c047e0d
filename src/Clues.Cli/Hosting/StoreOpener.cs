using Clues.Graph.Embedded;

namespace Clues.Cli.Hosting;

/// <summary>Opens the embedded store for a verb, reporting the index rebuild on standard error.</summary>
internal static class StoreOpener
{
    public static Task<EmbeddedGraphStore> OpenAsync(DirectoryInfo data, PhaseProgress progress, CancellationToken cancellationToken)
    {
        data.Create();
        return EmbeddedGraphStore.OpenAsync(
            new EmbeddedGraphStoreOptions(data.FullName),
            new InlineProgress<StoreOpenProgress>(p => progress.Report(p.Phase, p.Done, p.Total)),
            cancellationToken);
    }
}
