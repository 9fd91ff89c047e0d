using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clues.Core.Audit;

namespace Clues.Graph.Embedded.Audit;

/// <summary>
/// The hash chain's arithmetic, shared by appending and verifying so both compute byte-identical input.
/// Each field is length-prefixed so that moving text between fields changes the hash.
/// </summary>
/// <remarks>
/// The GraphQL operation and field path were added later. An entry without either (every entry written before
/// them, and entries not caused by a GraphQL request) is hashed exactly as before, so old logs verify unchanged;
/// an entry with either gets a marker line and both fields after the original ones, so editing, adding or
/// removing them breaks its link.
/// </remarks>
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
        if (entry.Operation is not null || entry.FieldPath is not null)
        {
            // The marker cannot be mistaken for a field: fields start with a digit or '-'.
            text.Append("graphql\n");
            Field(text, entry.Operation);
            Field(text, entry.FieldPath);
        }

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
