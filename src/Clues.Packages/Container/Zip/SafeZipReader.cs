using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Clues.Packages.Container.Zip;

/// <summary>
/// A zip reader for untrusted input. It parses the central directory itself so that it can insist the entries tile
/// the file exactly (no overlaps, no hidden bytes: the tricks of overlapping-entry zip bombs and smuggled data), and
/// inflates each entry through a bounded stream, counting the bytes that actually come out rather than trusting headers.
/// </summary>
internal sealed class SafeZipReader
{
    private const uint LocalHeaderSignature = 0x0403_4B50;
    private const uint CentralHeaderSignature = 0x0201_4B50;
    private const uint EndRecordSignature = 0x0605_4B50;
    private const uint DescriptorSignature = 0x0807_4B50;
    private const int EndRecordSize = 22;
    private const int CentralHeaderSize = 46;
    private const int LocalHeaderSize = 30;
    private const int UnixHost = 3;
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;
    private const int UnixDirectory = 0x4000;
    private const int DosDirectoryAttribute = 0x10;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream stream;
    private readonly PackageLimits limits;
    private readonly SemaphoreSlim gate = new(1, 1);

    private SafeZipReader(Stream stream, PackageLimits limits, IReadOnlyList<ZipEntryRecord> entries)
    {
        this.stream = stream;
        this.limits = limits;
        Entries = entries;
    }

    /// <summary>The entries in central-directory order.</summary>
    public IReadOnlyList<ZipEntryRecord> Entries { get; }

    /// <summary>Bytes inflated so far by reads that count toward the total limit.</summary>
    public long TotalInflated { get; private set; }

    public static async Task<SafeZipReader> OpenAsync(Stream stream, PackageLimits limits, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length == 0)
        {
            throw Refuse(PackageProblem.Empty, null, "The file is empty (0 bytes); it is not a package. Ask the sender to send it again.");
        }

        var tailLength = (int)Math.Min(length, EndRecordSize + ushort.MaxValue);
        var tail = await ReadAtAsync(stream, length - tailLength, tailLength, cancellationToken);
        var end = -1;
        for (var i = tailLength - EndRecordSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndRecordSignature)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            var head = await ReadAtAsync(stream, 0, (int)Math.Min(4, length), cancellationToken);
            if (head.Length == 4 && BinaryPrimitives.ReadUInt32LittleEndian(head) == LocalHeaderSignature)
            {
                throw Refuse(PackageProblem.Truncated, null, $"The file starts like a zip but its end record is missing: it was cut short ({length} bytes). Ask the sender to send it again.");
            }

            throw Refuse(PackageProblem.NotAZip, null, "The file is not a zip (no zip end record); a package is a .zip written by `clues package export`.");
        }

        var record = tail.AsSpan(end);
        var endOffset = length - tailLength + end;
        var disk = BinaryPrimitives.ReadUInt16LittleEndian(record[4..]);
        var directoryDisk = BinaryPrimitives.ReadUInt16LittleEndian(record[6..]);
        var entriesOnDisk = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
        var entryCount = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[20..]);
        if (endOffset + EndRecordSize + commentLength != length)
        {
            throw Refuse(PackageProblem.Damaged, null, $"The zip's end record does not end the file ({length - endOffset - EndRecordSize - commentLength} stray bytes); the file was changed or cut.");
        }

        if (commentLength != 0)
        {
            throw Refuse(PackageProblem.Rewritten, null, $"The zip carries a {commentLength}-byte comment, which the package writer never adds: the zip was repacked or edited.");
        }

        if (entryCount == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue)
        {
            throw Refuse(PackageProblem.Unsupported, null, "The zip uses ZIP64, which packages never do; it was not written by `clues package export`.");
        }

        if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entryCount)
        {
            throw Refuse(PackageProblem.Unsupported, null, "The zip claims to span several disks; packages are single files.");
        }

        if (entryCount > limits.MaxEntries)
        {
            throw Refuse(PackageProblem.TooManyEntries, null, $"The zip holds {entryCount} entries, more than the limit of {limits.MaxEntries}.");
        }

        if (directoryOffset + (long)directorySize != endOffset)
        {
            throw Refuse(PackageProblem.Damaged, null, "The zip's central directory does not sit right before its end record; the file was changed or cut.");
        }

        if (directorySize > (long)entryCount * (CentralHeaderSize + (3 * ushort.MaxValue)))
        {
            throw Refuse(PackageProblem.Damaged, null, $"The zip's central directory is {directorySize} bytes, more than {entryCount} entries can fill; the file was changed.");
        }

        var directory = await ReadAtAsync(stream, directoryOffset, (int)directorySize, cancellationToken);
        var parsed = ParseDirectory(directory, entryCount, limits);
        var entries = new List<ZipEntryRecord>(parsed.Count);
        foreach (var (entry, nameBytes, flags) in parsed)
        {
            entries.Add(await ReadLocalHeaderAsync(stream, entry, nameBytes, flags, directoryOffset, cancellationToken));
        }

        CheckTiling(entries, directoryOffset);
        return new SafeZipReader(stream, limits, entries);
    }

    /// <summary>
    /// Inflates one entry into <paramref name="sink"/>, refusing it the moment it passes its declared size, the limits or
    /// the compression ratio, and checking its CRC at the end.
    /// </summary>
    public async Task ReadAsync(ZipEntryRecord entry, long maxBytes, bool countTowardTotal, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            stream.Seek(entry.DataOffset, SeekOrigin.Begin);
            var raw = new BoundedReadStream(stream, entry.CompressedSize);
            await using var source = entry.Method == 8 ? new DeflateStream(raw, CompressionMode.Decompress, leaveOpen: true) : (Stream)raw;
            var crc = new Crc32();
            var buffer = new byte[81920];
            long inflated = 0;
            while (true)
            {
                int read;
                try
                {
                    read = await source.ReadAsync(buffer, cancellationToken);
                }
                catch (InvalidDataException e)
                {
                    throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its compressed data is corrupt ({e.Message}); the package was changed or damaged in transit.");
                }

                if (read == 0)
                {
                    break;
                }

                inflated += read;
                CheckGrowth(entry, inflated, maxBytes, countTowardTotal);
                crc.Append(buffer.AsSpan(0, read));
                await sink(buffer.AsMemory(0, read), cancellationToken);
            }

            if (inflated != entry.DeclaredSize)
            {
                throw Refuse(PackageProblem.HeaderSizeMismatch, entry.Name, $"{entry.Name}: holds {inflated} bytes but its zip header declares {entry.DeclaredSize}; the package was changed.");
            }

            if (crc.Value != entry.Crc32)
            {
                throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its CRC-32 does not match its zip header; the package was changed or damaged in transit.");
            }

            if (countTowardTotal)
            {
                TotalInflated += inflated;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void CheckGrowth(ZipEntryRecord entry, long inflated, long maxBytes, bool countTowardTotal)
    {
        if (inflated > entry.DeclaredSize)
        {
            throw Refuse(PackageProblem.HeaderSizeMismatch, entry.Name, $"{entry.Name}: inflates past the {entry.DeclaredSize} bytes its zip header declares (a lying header, as zip bombs use); reading stopped.");
        }

        if (inflated > maxBytes)
        {
            throw Refuse(PackageProblem.TooLarge, entry.Name, $"{entry.Name}: inflates past the limit of {maxBytes} bytes; reading stopped.");
        }

        if (countTowardTotal && TotalInflated + inflated > limits.MaxTotalBytes)
        {
            throw Refuse(PackageProblem.TooLarge, entry.Name, $"{entry.Name}: the package inflates past the total limit of {limits.MaxTotalBytes} bytes; reading stopped.");
        }

        if (inflated > limits.RatioFreeBytes && inflated > Math.Max(entry.CompressedSize, 1) * limits.MaxCompressionRatio)
        {
            throw Refuse(PackageProblem.CompressionRatio, entry.Name, $"{entry.Name}: {entry.CompressedSize} compressed bytes inflate to more than {inflated} (over {limits.MaxCompressionRatio}:1), the mark of a zip bomb; reading stopped.");
        }
    }

    private static List<(ZipEntryRecord Entry, byte[] NameBytes, ushort Flags)> ParseDirectory(byte[] directory, int entryCount, PackageLimits limits)
    {
        var result = new List<(ZipEntryRecord, byte[], ushort)>(entryCount);
        var position = 0;
        for (var i = 0; i < entryCount; i++)
        {
            if (directory.Length - position < CentralHeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(position)) != CentralHeaderSignature)
            {
                throw Refuse(PackageProblem.Damaged, null, $"The zip's central directory is damaged at entry {i + 1} of {entryCount}.");
            }

            var header = directory.AsSpan(position);
            var madeBy = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
            var needed = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
            var time = BinaryPrimitives.ReadUInt16LittleEndian(header[12..]);
            var date = BinaryPrimitives.ReadUInt16LittleEndian(header[14..]);
            var internalAttributes = BinaryPrimitives.ReadUInt16LittleEndian(header[36..]);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var startDisk = BinaryPrimitives.ReadUInt16LittleEndian(header[34..]);
            var external = BinaryPrimitives.ReadUInt32LittleEndian(header[38..]);
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            var recordLength = CentralHeaderSize + nameLength + extraLength + commentLength;
            if (directory.Length - position < recordLength)
            {
                throw Refuse(PackageProblem.Damaged, null, $"The zip's central directory is damaged at entry {i + 1} of {entryCount}.");
            }

            var nameBytes = header.Slice(CentralHeaderSize, nameLength).ToArray();
            var name = DecodeName(nameBytes, flags, i, entryCount);
            position += recordLength;

            if ((flags & 1) != 0)
            {
                throw Refuse(PackageProblem.Unsupported, name, $"{name}: the entry is encrypted; packages are never encrypted inside the zip.");
            }

            if (method is not (0 or 8))
            {
                throw Refuse(PackageProblem.Unsupported, name, $"{name}: compression method {method} is not used by packages (only stored and deflate).");
            }

            if (compressed == uint.MaxValue || declared == uint.MaxValue || offset == uint.MaxValue || startDisk != 0)
            {
                throw Refuse(PackageProblem.Unsupported, name, $"{name}: the entry uses ZIP64 or several disks, which packages never do.");
            }

            var unixType = (int)(external >> 16) & UnixTypeMask;
            if ((madeBy >> 8) == UnixHost && unixType == UnixSymlink)
            {
                throw Refuse(PackageProblem.UnsafeName, name, $"{name}: the entry is a symbolic link, which could point outside the extraction folder.");
            }

            if (name.EndsWith('/') || ((madeBy >> 8) == UnixHost && unixType == UnixDirectory) || (external & DosDirectoryAttribute) != 0)
            {
                throw Refuse(PackageProblem.UnsafeName, name, $"{name}: the entry is a folder; packages hold files only.");
            }

            if (declared > limits.MaxEntryBytes)
            {
                throw Refuse(PackageProblem.TooLarge, name, $"{name}: its header declares {declared} bytes, over the limit of {limits.MaxEntryBytes}.");
            }

            var odd = madeBy is not (Canonical.VersionMadeBy or (UnixHost << 8) | Canonical.VersionMadeBy) ? "version made by"
                : needed != Canonical.VersionNeeded ? "version needed"
                : (flags & ~Canonical.DataDescriptorFlag) != Canonical.Flags ? "flags"
                : time != Canonical.DosTime || date != Canonical.DosDate ? "timestamp"
                : extraLength != 0 ? "extra field"
                : commentLength != 0 ? "comment"
                : internalAttributes != 0 || external != Canonical.ExternalAttributes ? "attributes"
                : null;
            if (odd is not null)
            {
                throw Refuse(PackageProblem.Rewritten, name, $"{name}: its {odd} in the zip's central directory differs from what the package writer produces: the zip was repacked or edited.");
            }

            result.Add((new ZipEntryRecord(name, method, crc, compressed, declared, offset, 0, 0), nameBytes, flags));
        }

        if (position != directory.Length)
        {
            throw Refuse(PackageProblem.Damaged, null, "The zip's central directory holds bytes beyond its entries; the file was changed.");
        }

        return result;
    }

    private static string DecodeName(byte[] nameBytes, ushort flags, int index, int count)
    {
        const int Utf8Flag = 1 << 11;
        if ((flags & Utf8Flag) == 0 && nameBytes.Any(b => b >= 0x80))
        {
            throw Refuse(PackageProblem.UnsafeName, null, $"Entry {index + 1} of {count} has a name in a legacy code page (not UTF-8); packages name files in UTF-8.");
        }

        try
        {
            return StrictUtf8.GetString(nameBytes);
        }
        catch (DecoderFallbackException)
        {
            throw Refuse(PackageProblem.UnsafeName, null, $"Entry {index + 1} of {count} has a name that is not valid UTF-8.");
        }
    }

    private static async Task<ZipEntryRecord> ReadLocalHeaderAsync(Stream stream, ZipEntryRecord entry, byte[] nameBytes, ushort flags, long directoryOffset, CancellationToken cancellationToken)
    {
        if (entry.HeaderOffset + LocalHeaderSize > directoryOffset)
        {
            throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its local header lies outside the entry area; the file was changed.");
        }

        var header = await ReadAtAsync(stream, entry.HeaderOffset, LocalHeaderSize, cancellationToken);
        var localNeeded = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(4));
        var localTime = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(10));
        var localCrc = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14));
        var localCompressed = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18));
        var localDeclared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22));
        var localFlags = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
        var localMethod = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalHeaderSignature || localMethod != entry.Method || localFlags != flags)
        {
            throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its local header does not match the central directory; the file was changed.");
        }

        var streamed = (flags & Canonical.DataDescriptorFlag) != 0;
        var sizesAgree = streamed
            ? localCrc == 0 && localCompressed == 0 && localDeclared == 0
            : localCrc == entry.Crc32 && localCompressed == entry.CompressedSize && localDeclared == entry.DeclaredSize;
        if (localNeeded != Canonical.VersionNeeded || localTime != Canonical.DosTime + ((uint)Canonical.DosDate << 16) || extraLength != 0 || !sizesAgree)
        {
            throw Refuse(PackageProblem.Rewritten, entry.Name, $"{entry.Name}: its local header differs from its central directory record or from what the package writer produces: the zip was repacked or edited.");
        }

        var dataOffset = entry.HeaderOffset + LocalHeaderSize + nameLength + extraLength;
        if (dataOffset + entry.CompressedSize > directoryOffset)
        {
            throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its data runs into the central directory; the file was changed or cut.");
        }

        var localName = await ReadAtAsync(stream, entry.HeaderOffset + LocalHeaderSize, nameLength, cancellationToken);
        if (!localName.AsSpan().SequenceEqual(nameBytes))
        {
            // Two different names for one entry let one tool extract a file another tool never checked.
            throw Refuse(PackageProblem.UnsafeName, entry.Name, $"{entry.Name}: its local header names it differently; the file was changed.");
        }

        long descriptor = 0;
        if (streamed)
        {
            // Written by a streaming writer: sizes follow the data; they must be exactly the central directory's.
            var afterData = dataOffset + entry.CompressedSize;
            var bytes = await ReadAtAsync(stream, afterData, (int)Math.Min(16, directoryOffset - afterData), cancellationToken);
            var at = bytes.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(bytes) == DescriptorSignature ? 4 : 0;
            if (bytes.Length < at + 12
                || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != entry.Crc32
                || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4)) != entry.CompressedSize
                || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 8)) != entry.DeclaredSize)
            {
                throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: its data descriptor does not match the central directory; the file was changed.");
            }

            descriptor = at + 12;
        }

        return entry with { DataOffset = dataOffset, End = dataOffset + entry.CompressedSize + descriptor };
    }

    private static void CheckTiling(List<ZipEntryRecord> entries, long directoryOffset)
    {
        long expected = 0;
        foreach (var entry in entries.OrderBy(e => e.HeaderOffset))
        {
            if (entry.HeaderOffset < expected)
            {
                throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: the entry overlaps the one before it (overlapping entries are a zip-bomb trick); the file was changed.");
            }

            if (entry.HeaderOffset > expected)
            {
                throw Refuse(PackageProblem.Damaged, entry.Name, $"{entry.Name}: {entry.HeaderOffset - expected} bytes before the entry belong to no entry (hidden data); the file was changed.");
            }

            expected = entry.End;
        }

        if (expected != directoryOffset)
        {
            throw Refuse(PackageProblem.Damaged, null, $"{directoryOffset - expected} bytes before the zip's central directory belong to no entry (hidden data); the file was changed.");
        }
    }

    private static async Task<byte[]> ReadAtAsync(Stream stream, long offset, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        stream.Seek(offset, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    private static PackageRefusedException Refuse(PackageProblem problem, string? entry, string message) => new(problem, entry, message);
}
