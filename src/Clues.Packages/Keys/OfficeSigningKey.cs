using System.Security.Cryptography;

namespace Clues.Packages.Keys;

/// <summary>An office's private signing key (PKCS#8 PEM, <c>office.key</c>), used to sign package manifests.</summary>
public sealed class OfficeSigningKey : IDisposable
{
    private readonly ECDsa key;

    private OfficeSigningKey(ECDsa key)
    {
        this.key = key;
        KeyId = OfficeKeyPem.Fingerprint(key);
    }

    /// <summary>Lower-case hex SHA-256 of the public key's SubjectPublicKeyInfo DER.</summary>
    public string KeyId { get; }

    /// <summary>Creates a fresh ECDSA P-256 key pair in memory.</summary>
    public static OfficeSigningKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads a PKCS#8 PEM private key file; refuses public keys and keys that are not ECDSA P-256.</summary>
    /// <exception cref="OfficeKeyException">The file is missing, unreadable or holds the wrong kind of key.</exception>
    public static async Task<OfficeSigningKey> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var pem = await OfficeKeyPem.ReadAsync(path, "Create the office's key pair with `clues keys init --out DIR`.", cancellationToken);
        return FromPem(pem, Path.GetFullPath(path));
    }

    /// <summary>Parses a PKCS#8 PEM private key; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="OfficeKeyException">The text holds no private key or a key that is not ECDSA P-256.</exception>
    public static OfficeSigningKey FromPem(string pem, string source)
    {
        var (label, der) = OfficeKeyPem.Decode(pem, source);
        if (label == "PUBLIC KEY")
        {
            throw new OfficeKeyException($"{source} holds a public key; signing needs the office's private key (office.key).");
        }

        if (label != "PRIVATE KEY")
        {
            throw new OfficeKeyException($"{source} holds a PEM block '{label}', not 'PRIVATE KEY' (PKCS#8). Use the office.key written by `clues keys init`.");
        }

        return new OfficeSigningKey(OfficeKeyPem.ImportPrivate(der, source));
    }

    /// <summary>The matching public key.</summary>
    public OfficePublicKey PublicKey()
    {
        var publicOnly = ECDsa.Create();
        publicOnly.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return OfficePublicKey.FromKey(publicOnly);
    }

    /// <summary>The private key as PKCS#8 PEM text, as written to <c>office.key</c>.</summary>
    public string ExportPem() => PemEncoding.WriteString("PRIVATE KEY", key.ExportPkcs8PrivateKey());

    /// <summary>Signs SHA-256 of <paramref name="data"/>; the signature is DER (RFC 3279), as <c>openssl dgst -sha256 -verify</c> reads it.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <inheritdoc />
    public void Dispose() => key.Dispose();
}
