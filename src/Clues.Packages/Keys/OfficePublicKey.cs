using System.Security.Cryptography;

namespace Clues.Packages.Keys;

/// <summary>An office's public key (SPKI PEM, <c>office.pub</c>), used to check package signatures.</summary>
public sealed class OfficePublicKey : IDisposable
{
    private readonly ECDsa key;

    private OfficePublicKey(ECDsa key)
    {
        this.key = key;
        KeyId = OfficeKeyPem.Fingerprint(key);
    }

    /// <summary>Lower-case hex SHA-256 of the key's SubjectPublicKeyInfo DER; the key id written into every manifest.</summary>
    public string KeyId { get; }

    /// <summary>Reads an SPKI PEM public key file; refuses private keys and keys that are not ECDSA P-256.</summary>
    /// <exception cref="OfficeKeyException">The file is missing, unreadable or holds the wrong kind of key.</exception>
    public static async Task<OfficePublicKey> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var pem = await OfficeKeyPem.ReadAsync(path, "Ask the issuing office for its office.pub (written by `clues keys init`).", cancellationToken);
        return FromPem(pem, Path.GetFullPath(path));
    }

    /// <summary>Parses an SPKI PEM public key; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="OfficeKeyException">The text holds no public key, a private key, or a key that is not ECDSA P-256.</exception>
    public static OfficePublicKey FromPem(string pem, string source)
    {
        var (label, der) = OfficeKeyPem.Decode(pem, source);
        if (label.Contains("PRIVATE", StringComparison.Ordinal))
        {
            throw new OfficeKeyException($"{source} holds a private key. Pass the office's public key (office.pub) instead, and keep office.key with the issuing office.");
        }

        if (label != "PUBLIC KEY")
        {
            throw new OfficeKeyException($"{source} holds a PEM block '{label}', not 'PUBLIC KEY'. Pass the office.pub written by `clues keys init`.");
        }

        return new OfficePublicKey(OfficeKeyPem.ImportPublic(der, source));
    }

    internal static OfficePublicKey FromKey(ECDsa publicOnly) => new(publicOnly);

    /// <summary>The key as SPKI PEM text, as written to <c>office.pub</c>.</summary>
    public string ExportPem() => PemEncoding.WriteString("PUBLIC KEY", key.ExportSubjectPublicKeyInfo());

    /// <summary>Checks a DER (RFC 3279) ECDSA signature over SHA-256 of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> derSignature)
    {
        try
        {
            return key.VerifyData(data, derSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            // A malformed DER blob is simply not a valid signature.
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => key.Dispose();
}
