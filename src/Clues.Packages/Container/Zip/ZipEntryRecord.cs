namespace Clues.Packages.Container.Zip;

/// <summary>One entry as the central directory and its local header describe it, after the layout checks; <c>End</c> is where its data (and data descriptor) stop.</summary>
internal sealed record ZipEntryRecord(
    string Name,
    int Method,
    uint Crc32,
    long CompressedSize,
    long DeclaredSize,
    long HeaderOffset,
    long DataOffset,
    long End);
