using System.Security.Cryptography;
using System.Text;

namespace Clues.Graph.Embedded.Sealing;

/// <summary>
/// The 256-bit AES key that seals reporter identities. Kept in a key file (base64 text) outside the data that is
/// ever exported; the file should be readable by the service account only.
/// </summary>
public sealed class SealingKey : IDisposable
{
    /// <summary>Key length in bytes (AES-256).</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private SealingKey(byte[] bytes)
    {
        _bytes = bytes;
        // A short public fingerprint, stored with the data, so a wrong key is reported as such instead of as
        // corrupt records.
        var digest = SHA256.HashData([.. Encoding.ASCII.GetBytes("clues-sealing-key-id:"), .. bytes]);
        KeyId = Convert.ToHexStringLower(digest.AsSpan(0, 8));
    }

    /// <summary>A fingerprint of the key that reveals nothing about it.</summary>
    public string KeyId { get; }

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Reads a key file (base64 of 32 bytes).</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">The file is missing or does not hold a 256-bit key.</exception>
    public static SealingKey Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The sealing key file '{path}' does not exist.");
        }

        return FromBase64(File.ReadAllText(path), $"The sealing key file '{path}'");
    }

    /// <summary>Reads a key written as base64 text (the content of a key file, or a secret handed over in a setting).</summary>
    /// <param name="text">Base64 of 32 bytes; surrounding white space is ignored.</param>
    /// <param name="source">Where the text came from, to start the error message (e.g. "The sealing key file 'x'").</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">The text is not base64 or does not hold a 256-bit key.</exception>
    public static SealingKey FromBase64(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{source} must hold the key as base64 text.", e);
        }

        if (bytes.Length != Length)
        {
            throw new InvalidOperationException($"{source} must hold a {Length * 8}-bit key; it holds {bytes.Length * 8} bits.");
        }

        return new SealingKey(bytes);
    }

    /// <summary>Generates a new random key and writes it to <paramref name="path"/> (owner-only on Unix).</summary>
    /// <param name="path">The key file to create; must not exist.</param>
    /// <returns>The new key.</returns>
    public static SealingKey CreateFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = RandomNumberGenerator.GetBytes(Length);
        WriteSecretFile(path, Convert.ToBase64String(bytes));
        return new SealingKey(bytes);
    }

    /// <summary>A key from raw bytes (tests, or a key held in a secret store).</summary>
    /// <param name="bytes">Exactly 32 bytes.</param>
    /// <returns>The key.</returns>
    public static SealingKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A sealing key has {Length} bytes.", nameof(bytes));
        }

        return new SealingKey(bytes.ToArray());
    }

    /// <summary>Writes text to a new file that only its owner can read (on Unix); fails when the file exists.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The secret text.</param>
    public static void WriteSecretFile(string path, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(text);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>Clears the key bytes from memory.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(_bytes);
}
