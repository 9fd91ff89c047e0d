namespace Clues.Packages.Container;

/// <summary>One payload file for the writer: its name in the zip and where its bytes come from.</summary>
public sealed class PackageFile
{
    private readonly Func<CancellationToken, ValueTask<Stream>> open;

    private PackageFile(string name, Func<CancellationToken, ValueTask<Stream>> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        this.open = open;
    }

    /// <summary>The path inside the zip, forward slashes, e.g. <c>letters/移交函.pdf</c>.</summary>
    public string Name { get; }

    /// <summary>A file whose bytes are in memory.</summary>
    public static PackageFile FromBytes(string name, ReadOnlyMemory<byte> bytes) =>
        new(name, _ => ValueTask.FromResult<Stream>(new MemoryStream(bytes.ToArray(), writable: false)));

    /// <summary>A file read from a stream the writer opens once and disposes.</summary>
    public static PackageFile FromStream(string name, Func<CancellationToken, ValueTask<Stream>> open) => new(name, open);

    /// <summary>A file copied from disk.</summary>
    public static PackageFile FromPath(string name, string path) =>
        new(name, _ => ValueTask.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)));

    internal ValueTask<Stream> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);
}
