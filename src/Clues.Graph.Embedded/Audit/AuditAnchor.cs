using System.Globalization;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// The audit log's head as last recorded in <c>audit.head</c>, a small file kept beside <c>audit.db</c> but written
/// apart from it. The chain alone cannot show that entries were cut off its end; the anchor can, because the log
/// must hold at least <see cref="Sequence"/> entries and entry <see cref="Sequence"/> must have hash <see cref="Hash"/>.
/// </summary>
/// <param name="Sequence">How many entries the log held when the anchor was written (0 for an empty log).</param>
/// <param name="Hash">The hash of entry <see cref="Sequence"/> (the genesis hash for 0).</param>
/// <param name="Since">The log's length when anchoring began (0 when it began with the log); a cut made before then is not covered.</param>
/// <param name="WrittenAt">When the anchor was written (UTC).</param>
/// <param name="KeyId">The fingerprint of the <see cref="AuditAnchorKey"/> that signed it, or null when unsigned.</param>
/// <param name="Mac">HMAC-SHA256 over the other fields (lower-case hex), or null when unsigned.</param>
public sealed record AuditAnchor(long Sequence, string Hash, long Since, DateTimeOffset WrittenAt, string? KeyId, string? Mac)
{
    /// <summary>True when the anchor carries a signature.</summary>
    public bool IsSigned => Mac is not null;

    /// <summary>The text the signature covers; fixed layout so the writer and the verifier agree byte for byte.</summary>
    internal string SignedText() => string.Create(CultureInfo.InvariantCulture,
        $"clues-audit-head/v1\n{Sequence}\n{Hash}\n{Since}\n{AuditChain.FormatTime(WrittenAt)}\n{KeyId}");

    /// <summary>Signs a copy of this anchor with <paramref name="key"/>, or strips the signature when null.</summary>
    internal AuditAnchor SignedWith(AuditAnchorKey? key)
    {
        if (key is null)
        {
            return this with { KeyId = null, Mac = null };
        }

        var unsigned = this with { KeyId = key.KeyId, Mac = null };
        return unsigned with { Mac = key.Sign(unsigned.SignedText()) };
    }

    /// <summary>Whether the signature holds under <paramref name="key"/> (false when unsigned or signed by another key).</summary>
    internal bool SignatureHolds(AuditAnchorKey key) =>
        Mac is not null
        && string.Equals(KeyId, key.KeyId, StringComparison.Ordinal)
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Mac),
            System.Text.Encoding.ASCII.GetBytes(key.Sign((this with { Mac = null }).SignedText())));
}
