using System.Security.Cryptography;

namespace Clues.Packages.Keys;

/// <summary>Reads office key files and checks they hold the kind of key the caller expects, on the curve packages use.</summary>
internal static class OfficeKeyPem
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    public static async Task<string> ReadAsync(string path, string fix, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new OfficeKeyException($"No key file at {full}. {fix}");
        }

        var info = new FileInfo(full);
        if (info.Length > 64 * 1024)
        {
            throw new OfficeKeyException($"{full} is {info.Length} bytes, far too large for a PEM key file. {fix}");
        }

        try
        {
            return await File.ReadAllTextAsync(full, cancellationToken);
        }
        catch (IOException e)
        {
            throw new OfficeKeyException($"Cannot read {full}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OfficeKeyException($"Cannot read {full}: {e.Message} Check the file's permissions.", e);
        }
    }

    public static (string Label, byte[] Der) Decode(string pem, string source)
    {
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            throw new OfficeKeyException($"{source} is not a PEM file (no '-----BEGIN ...-----' block). Office keys are written by `clues keys init`.");
        }

        var label = pem[fields.Label].ToString();
        var der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64Chars(pem[fields.Base64Data], der, out var written) || written != der.Length)
        {
            throw new OfficeKeyException($"{source}: the PEM block '{label}' is not valid base64. Restore the file from the office's copy.");
        }

        return (label, der);
    }

    public static ECDsa ImportPublic(byte[] der, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(der, out _);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new OfficeKeyException($"{source} holds a public key that is not an elliptic-curve key. Office keys are ECDSA P-256 keys written by `clues keys init`.", e);
        }

        return RequireP256(key, source);
    }

    public static ECDsa ImportPrivate(byte[] der, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new OfficeKeyException($"{source} holds a private key that is not an elliptic-curve PKCS#8 key. Office keys are ECDSA P-256 keys written by `clues keys init`.", e);
        }

        return RequireP256(key, source);
    }

    public static string Fingerprint(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    private static ECDsa RequireP256(ECDsa key, string source)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        if (curve.Oid?.Value != P256Oid && curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            key.Dispose();
            throw new OfficeKeyException($"{source} is an elliptic-curve key on {curve.Oid?.FriendlyName ?? curve.Oid?.Value ?? "an explicit curve"}, not P-256. Create office keys with `clues keys init`.");
        }

        return key;
    }
}
