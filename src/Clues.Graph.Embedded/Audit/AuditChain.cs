using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clues.Core.Audit;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// The hash chain's arithmetic, shared by appending and verifying so both compute byte-identical input.
/// Each field is length-prefixed so that moving text between fields changes the hash.
/// </summary>
internal static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The stored form of an instant: UTC, round-trip format, fixed width so text order is time order.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Hash(string previousHash, long sequence, AuditEntry entry)
    {
        var text = new StringBuilder(256)
            .Append(previousHash).Append('\n')
            .Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Field(text, entry.UserId);
        Field(text, FormatTime(entry.At));
        Field(text, entry.Action);
        Field(text, entry.TargetId);
        Field(text, entry.Reason);
        Field(text, entry.RequestId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Field(StringBuilder text, string? value)
    {
        // Null and empty must hash differently: "-" cannot be confused with a length prefix.
        if (value is null)
        {
            text.Append("-\n");
        }
        else
        {
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }
    }
}
