using System.Text;

namespace Clues.Packages.Keys;

/// <summary>Writes an office's key pair to a folder: <c>office.key</c> (PKCS#8 PEM, owner-only) and <c>office.pub</c> (SPKI PEM).</summary>
public static class OfficeKeyFiles
{
    /// <summary>File name of the private key inside the key folder.</summary>
    public const string PrivateKeyFileName = "office.key";

    /// <summary>File name of the public key inside the key folder.</summary>
    public const string PublicKeyFileName = "office.pub";

    /// <summary>Creates a new key pair and writes both files; returns the key id (fingerprint).</summary>
    /// <exception cref="OfficeKeyException">A key file already exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task<string> CreateAsync(string directory, bool overwrite, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(directory);
        var privatePath = Path.Combine(folder, PrivateKeyFileName);
        var publicPath = Path.Combine(folder, PublicKeyFileName);
        if (!overwrite)
        {
            foreach (var existing in new[] { privatePath, publicPath }.Where(File.Exists))
            {
                // Replacing a key silently would orphan every package already signed with it.
                throw new OfficeKeyException($"{existing} already exists; refusing to replace the office's key. Pass --force to create a new key pair (packages signed with the old key then need the old office.pub to verify).");
            }
        }

        Directory.CreateDirectory(folder);
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        await WriteAsync(privatePath, key.ExportPem(), ownerOnly: true, cancellationToken);
        await WriteAsync(publicPath, publicKey.ExportPem(), ownerOnly: false, cancellationToken);
        return key.KeyId;
    }

    private static async Task WriteAsync(string path, string pem, bool ownerOnly, CancellationToken cancellationToken)
    {
        // Delete first so the restrictive mode applies at creation: a pre-existing file would keep its old, looser mode.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerOnly
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }

        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(pem + "\n"), cancellationToken);
    }
}
