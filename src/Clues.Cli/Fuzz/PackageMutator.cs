using System.Text;
using System.Text.Json.Nodes;
using Clues.Packages.Keys;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Makes damaged and forged packages from valid samples: byte-level damage (bit flips, truncation, inserted,
/// overwritten and appended bytes, renamed entries), and forgeries built entry by entry (traversal and unsafe names
/// signed with the right key, duplicate, extra and missing entries, changed content, an edited manifest under the old
/// signature, a manifest signed by another key claiming the issuer's key id, a package of another office, a signed
/// zip bomb).
/// </summary>
internal sealed class PackageMutator(OfficeSigningKey issuer, OfficeSigningKey stranger, Random random)
{
    /// <summary>Every mutation, with its weight.</summary>
    public static IReadOnlyList<(string Kind, int Weight)> Kinds { get; } =
    [
        ("bitFlip", 14), ("truncate", 8), ("insertBytes", 6), ("overwriteBytes", 6), ("appendBytes", 4), ("renameEntry", 8),
        ("traversalName", 8), ("duplicateEntry", 5), ("extraEntry", 5), ("missingEntry", 5), ("changedContent", 6),
        ("editedManifest", 6), ("forgedSignature", 5), ("wrongKey", 4), ("zipBomb", 3), ("notAZip", 3),
    ];

    private static readonly string[] UnsafeNames =
    [
        "../evil.txt", "../../etc/cron.d/x", "/etc/passwd", "a/../../b", "C:/Windows/x", "c:evil", "a\\..\\b", "\\\\server\\share",
        "a//b", "./a", "a/./b", "dir/", "con\u0001trol", "nul\u0000x", "..", ".", "Manifest.JSON", "clues.json/", " ../x",
    ];

    private readonly int _totalWeight = Kinds.Sum(k => k.Weight);

    public PackageFuzzInput Next(PackageSample sample)
    {
        var pick = random.Next(_totalWeight);
        foreach (var (kind, weight) in Kinds)
        {
            if (pick < weight)
            {
                return Make(kind, sample);
            }

            pick -= weight;
        }

        return Make(Kinds[0].Kind, sample);
    }

    public PackageFuzzInput Make(string kind, PackageSample sample)
    {
        var zip = sample.Zip;
        var payload = sample.Files.Select(f => new ForgedEntry(f.Key, f.Value)).ToList();
        return kind switch
        {
            "bitFlip" => Damaged(kind, sample, FlipBits(zip)),
            "truncate" => Damaged(kind, sample, zip[..random.Next(zip.Length)]),
            "insertBytes" => Damaged(kind, sample, Insert(zip)),
            "overwriteBytes" => Damaged(kind, sample, Overwrite(zip)),
            "appendBytes" => Damaged(kind, sample, [.. zip, .. RandomBytes(1 + random.Next(200))]),
            "renameEntry" => Damaged(kind, sample, Rename(zip, sample)),
            "traversalName" => Forged(kind, sample, TraversalName(sample, payload)),
            "duplicateEntry" => Forged(kind, sample, Duplicate(sample, payload)),
            "extraEntry" => Forged(kind, sample, PackageForge.Zip([.. PackageForge.Entries(zip).Take(payload.Count), new ForgedEntry("extra.txt", RandomBytes(50)), .. PackageForge.Entries(zip).Skip(payload.Count)])),
            "missingEntry" => Forged(kind, sample, WithoutOne(zip, random.Next(payload.Count))),
            "changedContent" => Forged(kind, sample, ChangedContent(zip, payload.Count)),
            "editedManifest" => Forged(kind, sample, EditedManifest(sample, payload)),
            "forgedSignature" => Forged(kind, sample, PackageForge.Signed(sample.ManifestBytes, payload, stranger, issuer.KeyId)),
            "wrongKey" => Forged(kind, sample, PackageForge.Signed(sample.ManifestBytes, payload, stranger, stranger.KeyId, m => m["keyId"] = stranger.KeyId)),
            "zipBomb" => Forged(kind, sample, Bomb(sample, payload)),
            "notAZip" => Forged(kind, sample, random.Next(3) switch { 0 => [], 1 => RandomBytes(1 + random.Next(5000)), _ => Encoding.UTF8.GetBytes("PK\u0003\u0004 not really a zip") }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such mutation."),
        };
    }

    private static PackageFuzzInput Damaged(string kind, PackageSample sample, byte[] bytes) => new(kind, bytes, MustRefuse: false, sample);

    private static PackageFuzzInput Forged(string kind, PackageSample sample, byte[] bytes) => new(kind, bytes, MustRefuse: true, sample);

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private byte[] FlipBits(byte[] zip)
    {
        var copy = (byte[])zip.Clone();
        for (var i = 1 + random.Next(8); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private byte[] Insert(byte[] zip)
    {
        var at = random.Next(zip.Length + 1);
        return [.. zip.AsSpan(0, at), .. RandomBytes(1 + random.Next(64)), .. zip.AsSpan(at)];
    }

    private byte[] Overwrite(byte[] zip)
    {
        var copy = (byte[])zip.Clone();
        var at = random.Next(copy.Length);
        var length = Math.Min(copy.Length - at, 1 + random.Next(256));
        random.NextBytes(copy.AsSpan(at, length));
        return copy;
    }

    /// <summary>Changes one entry's name in place, in its local and central headers, to another name of the same byte length.</summary>
    private byte[] Rename(byte[] zip, PackageSample sample)
    {
        string[] names = [.. sample.Files.Keys, "manifest.json", "manifest.sig"];
        var name = names[random.Next(names.Length)];
        var from = Encoding.UTF8.GetBytes(name);
        var to = (byte[])from.Clone();
        switch (random.Next(4))
        {
            case 0:
                // ../ at the front.
                if (to.Length >= 3)
                {
                    "../"u8.CopyTo(to);
                }

                break;
            case 1:
                to[0] = (byte)'/';
                break;
            case 2:
                to[to.Length - 1] = (byte)(to[^1] == (byte)'X' ? 'Y' : 'X');
                break;
            default:
                for (var i = 0; i < to.Length; i++)
                {
                    to[i] = to[i] is >= (byte)'a' and <= (byte)'z' ? (byte)(to[i] - 32) : to[i];
                }

                break;
        }

        var copy = (byte[])zip.Clone();
        var span = copy.AsSpan();
        var at = 0;
        while (at < span.Length && span[at..].IndexOf(from) is var found and >= 0)
        {
            to.CopyTo(span[(at + found)..]);
            at += found + from.Length;
        }

        return copy;
    }

    private byte[] TraversalName(PackageSample sample, List<ForgedEntry> payload)
    {
        var evil = new ForgedEntry(UnsafeNames[random.Next(UnsafeNames.Length)], Encoding.UTF8.GetBytes("written outside the inbox"));
        List<ForgedEntry> files = random.Next(2) == 0 ? [.. payload, evil] : [evil, .. payload.Skip(1)];
        return PackageForge.Signed(sample.ManifestBytes, files, issuer, issuer.KeyId);
    }

    private byte[] Duplicate(PackageSample sample, List<ForgedEntry> payload)
    {
        var victim = payload[random.Next(payload.Count)];
        var twin = random.Next(2) == 0 ? victim with { Bytes = RandomBytes(40) } : victim with { Name = victim.Name.ToUpperInvariant(), Bytes = RandomBytes(40) };
        var manifest = PackageForge.Manifest(sample.ManifestBytes, payload);
        var signature = PackageForge.Signature(manifest, issuer, issuer.KeyId);
        return PackageForge.Zip([.. payload, twin, new ForgedEntry("manifest.json", manifest), new ForgedEntry("manifest.sig", signature)]);
    }

    private static byte[] WithoutOne(byte[] zip, int index) => PackageForge.Zip(PackageForge.Entries(zip).Where((_, i) => i != index));

    private byte[] ChangedContent(byte[] zip, int payloadCount)
    {
        var entries = PackageForge.Entries(zip);
        var victim = random.Next(payloadCount);
        var bytes = (byte[])entries[victim].Bytes.Clone();
        if (bytes.Length == 0)
        {
            bytes = [1];
        }
        else
        {
            bytes[random.Next(bytes.Length)] ^= 0x20;
        }

        entries[victim] = entries[victim] with { Bytes = bytes };
        return PackageForge.Zip(entries);
    }

    /// <summary>The manifest edited (recipient, number or a file's hash) and re-zipped with the original signature.</summary>
    private byte[] EditedManifest(PackageSample sample, List<ForgedEntry> payload)
    {
        var entries = PackageForge.Entries(sample.Zip);
        var signature = entries.Single(e => e.Name == "manifest.sig");
        Action<JsonObject> edit = random.Next(3) switch
        {
            0 => m => m["recipient"] = new JsonObject { ["code"] = "431421", ["name"] = "青山县委巡察办" },
            1 => m => m["number"] = "江临巡移〔2026〕999号",
            _ => m => m["createdAt"] = "2026-11-03T10:00:00+08:00",
        };
        var manifest = PackageForge.Manifest(sample.ManifestBytes, payload, edit);
        return PackageForge.Zip([.. payload, new ForgedEntry("manifest.json", manifest), signature]);
    }

    /// <summary>A listed, correctly hashed and signed file that inflates from kilobytes to tens of megabytes.</summary>
    private byte[] Bomb(PackageSample sample, List<ForgedEntry> payload)
    {
        var bomb = new ForgedEntry("attachments/zeros.bin", new byte[(8 + random.Next(24)) * 1024 * 1024]);
        return PackageForge.Signed(sample.ManifestBytes, [.. payload, bomb], issuer, issuer.KeyId);
    }
}
