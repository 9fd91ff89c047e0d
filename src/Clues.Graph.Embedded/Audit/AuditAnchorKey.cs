using System.Security.Cryptography;
using System.Text;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// The HMAC-SHA256 key that signs the audit log's anchor (<c>audit.head</c>). Kept in the keys folder
/// (<c>audit.key</c>, base64 text), never in the data folder, so someone who can edit <c>audit.db</c> and
/// <c>audit.head</c> but not read the key cannot forge a matching anchor after cutting entries off the log.
/// </summary>
public sealed class AuditAnchorKey : IDisposable
{
    /// <summary>The key file's usual name inside the keys folder.</summary>
    public const string FileName = "audit.key";

    /// <summary>Key length in bytes.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private AuditAnchorKey(byte[] bytes)
    {
        _bytes = bytes;
        // A public fingerprint stored in the anchor, so a rotated key reads as "other key", not as tampering.
        var digest = SHA256.HashData([.. Encoding.ASCII.GetBytes("clues-audit-anchor-key-id:"), .. bytes]);
        KeyId = Convert.ToHexStringLower(digest.AsSpan(0, 8));
    }

    /// <summary>A fingerprint of the key that reveals nothing about it.</summary>
    public string KeyId { get; }

    /// <summary>Reads a key file (base64 of 32 bytes).</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">The file is missing or does not hold a 256-bit key.</exception>
    public static AuditAnchorKey Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The audit anchor key file '{path}' does not exist. Pass the keys folder the service uses (--keys), or create a key with AuditAnchorKey.CreateFile.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The audit anchor key file '{path}' must hold the key as base64 text.", e);
        }

        if (bytes.Length != Length)
        {
            throw new InvalidOperationException($"The audit anchor key file '{path}' must hold a {Length * 8}-bit key; it holds {bytes.Length * 8} bits.");
        }

        return new AuditAnchorKey(bytes);
    }

    /// <summary>Loads the key file, creating it with a new random key (owner-only on Unix) when missing.</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    public static AuditAnchorKey LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return Load(path);
        }

        var bytes = RandomNumberGenerator.GetBytes(Length);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(bytes));
        }

        return new AuditAnchorKey(bytes);
    }

    /// <summary>A key from raw bytes (tests, or a key held in a secret store).</summary>
    /// <param name="bytes">Exactly 32 bytes.</param>
    /// <returns>The key.</returns>
    public static AuditAnchorKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"An audit anchor key has {Length} bytes.", nameof(bytes));
        }

        return new AuditAnchorKey(bytes.ToArray());
    }

    /// <summary>Wipes the key from memory.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(_bytes);

    internal string Sign(string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, Encoding.UTF8.GetBytes(message)));
}
