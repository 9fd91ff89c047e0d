namespace Clues.Graph.Embedded.Tests;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempStoreDirectory : IDisposable
{
    public TempStoreDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clues-embedded-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "graph.db");

    public EmbeddedGraphStoreOptions Options => new(Path);

    public Task<EmbeddedGraphStore> OpenAsync() => EmbeddedGraphStore.OpenAsync(Options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be releasing files; the OS cleans temp eventually.
        }
    }
}
