using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Clues.Packages.Container;
using Clues.Packages.Container.Zip;

namespace Clues.Packages.Tests.Container;

/// <summary>Takes packages apart and puts them back together wrongly, the way an attacker or a bad disk would.</summary>
internal static class ZipSurgery
{
    public static List<(string Name, byte[] Data)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }

    /// <summary>
    /// Writes a fresh zip from the edited entry list with the same header values the package writer uses, as a careful
    /// attacker would, so that only the content is wrong.
    /// </summary>
    public static byte[] Rebuild(byte[] zip, Func<List<(string Name, byte[] Data)>, List<(string Name, byte[] Data)>> edit)
    {
        var entries = edit(Entries(zip));
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            foreach (var (name, data) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                entry.ExternalAttributes = unchecked((int)0x81A4_0000);
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    public static async Task<ZipEntryRecord> LocateAsync(byte[] zip, string name)
    {
        var reader = await SafeZipReader.OpenAsync(new MemoryStream(zip), PackageLimits.Default, CancellationToken.None);
        return reader.Entries.Single(e => e.Name == name);
    }

    /// <summary>Overwrites the declared uncompressed size of an entry in both its local header and the central directory.</summary>
    public static async Task<byte[]> LieAboutSizeAsync(byte[] zip, string name, uint declared)
    {
        var entry = await LocateAsync(zip, name);
        var copy = zip.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan((int)entry.HeaderOffset + 22), declared);
        for (var i = 0; i + 46 <= copy.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i)) == 0x0201_4B50 && BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i + 42)) == entry.HeaderOffset)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 24), declared);
            }
        }

        return copy;
    }
}
