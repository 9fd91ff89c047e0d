using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Clues.Core.Identifiers;

namespace Clues.Api.AccessRequests;

/// <summary>
/// Opaque handles for hidden connections: the caller may file an access request with one without ever learning which
/// nodes it names. The content (requesting office, owner, node ids, expiry) is compressed and sealed with AES-GCM, so
/// it is both unreadable and tamper-proof; a signature alone (HMAC) would leave the ids readable in the handle. The
/// key is derived (HKDF) from the token signing key, so no new secret has to be provisioned, yet a handle can never
/// be mistaken for a token.
/// </summary>
internal sealed class HiddenConnectionHandles : IDisposable
{
    /// <summary>Every handle starts with this, so a handle is never mistaken for a node's global id.</summary>
    public const string Prefix = "hc1.";

    /// <summary>How long a handle is accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MaxHandleLength = 64 * 1024;
    private static readonly byte[] AssociatedData = "clues hidden connection v1"u8.ToArray();

    private readonly AesGcm _aes;
    private readonly TimeProvider _time;

    public HiddenConnectionHandles(byte[] signingKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, info: "clues hidden-connection handle key"u8.ToArray());
        _aes = new AesGcm(key, TagSize);
        _time = time;
    }

    /// <summary>Whether the text looks like a handle (it may still be forged or expired).</summary>
    public static bool IsHandle(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Seals a handle for <paramref name="requesterOffice"/> naming <paramref name="nodeIds"/> of <paramref name="owner"/>.</summary>
    public string Issue(DivisionCode requesterOffice, DivisionCode owner, IEnumerable<string> nodeIds)
    {
        var expires = _time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var text = string.Join('\n', [requesterOffice.Value, owner.Value, expires.ToString(System.Globalization.CultureInfo.InvariantCulture), .. nodeIds]);
        byte[] plain;
        using (var buffer = new MemoryStream())
        {
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                deflate.Write(Encoding.UTF8.GetBytes(text));
            }

            plain = buffer.ToArray();
        }

        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData);
        return Prefix + Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>Opens a handle; false (with the reason for the caller) when it is malformed, forged or expired.</summary>
    public bool TryOpen(string text, out HandleContent? content, out string? problem)
    {
        content = null;
        problem = null;
        var body = IsHandle(text) ? text[Prefix.Length..] : "";
        if (body.Length is 0 or > MaxHandleLength || !Base64Url.IsValid(body))
        {
            problem = "The handle is not one this service issued. Use the handle of a hidden connection exactly as returned.";
            return false;
        }

        var sealedBytes = Base64Url.DecodeFromChars(body);
        if (sealedBytes.Length <= NonceSize + TagSize)
        {
            problem = "The handle is not one this service issued. Use the handle of a hidden connection exactly as returned.";
            return false;
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            _aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, AssociatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            problem = "The handle is not one this service issued, or it was altered. Use the handle of a hidden connection exactly as returned.";
            return false;
        }

        string plainText;
        using (var inflate = new DeflateStream(new MemoryStream(plain), CompressionMode.Decompress))
        using (var reader = new StreamReader(inflate, Encoding.UTF8))
        {
            plainText = reader.ReadToEnd();
        }

        var parts = plainText.Split('\n');
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        if (expires < _time.GetUtcNow())
        {
            problem = $"The handle expired on {expires:yyyy-MM-dd HH:mm} UTC (handles last {Lifetime.TotalDays} days). Run the query again for a fresh one.";
            return false;
        }

        content = new HandleContent(DivisionCode.Parse(parts[0]), DivisionCode.Parse(parts[1]), parts[3..], expires);
        return true;
    }

    public void Dispose() => _aes.Dispose();
}
