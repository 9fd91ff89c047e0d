using System.Buffers.Text;
using System.Text;
using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>
/// Opaque Relay-style global ids: base64url (no padding) of <c>Label:storeId</c>, e.g. <c>Person:per-s1-cadre</c>.
/// The label travels in the id so a client cannot mistake one kind for another and so store ids (which may change
/// format between backends) never become part of the API contract.
/// </summary>
internal static class GlobalId
{
    /// <summary>The prefix used for relationship ids, which are opaque too but are not nodes.</summary>
    public const string RelationshipPrefix = "Relationship";

    public static string Encode(NodeLabel label, string storeId) => EncodeRaw(LabelName(label), storeId);

    public static string EncodeRelationship(string relationshipId) => EncodeRaw(RelationshipPrefix, relationshipId);

    /// <summary>Decodes a node id; false for anything that is not one (bad base64url, no colon, unknown label).</summary>
    public static bool TryDecode(string? text, out NodeLabel label, out string storeId)
    {
        label = default;
        storeId = "";
        if (string.IsNullOrEmpty(text) || text.Length > 1024 || !Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1)
        {
            return false;
        }

        // Enum.TryParse would accept numbers ("3:x"); only the label names written by Encode count.
        var name = decoded[..colon];
        if (!Enum.TryParse(name, ignoreCase: false, out label) || !Enum.IsDefined(label) || label.ToString() != name)
        {
            return false;
        }

        storeId = decoded[(colon + 1)..];
        return true;
    }

    /// <summary>Decodes a node id given as argument <paramref name="argument"/>, or throws a BAD_USER_INPUT error naming it.</summary>
    public static (NodeLabel Label, string StoreId) Decode(string? text, string argument)
    {
        if (!TryDecode(text, out var label, out var storeId))
        {
            throw UserErrors.Create($"\"{text}\" given as {argument} is not a Clues node id. Use the id field of a node returned by this API.");
        }

        return (label, storeId);
    }

    /// <summary>Labels' names, looked up once (an enum's ToString is a reflection-backed lookup each call).</summary>
    private static readonly string[] LabelNames = Enum.GetValues<NodeLabel>().Aggregate(
        new string[Enum.GetValues<NodeLabel>().Max(l => (int)l) + 1],
        (names, label) => { names[(int)label] = label.ToString(); return names; });

    private static string LabelName(NodeLabel label) =>
        (int)label < LabelNames.Length && LabelNames[(int)label] is { } name ? name : label.ToString();

    /// <summary>base64url of the UTF-8 of <c>prefix:id</c>, built on the stack for ordinary ids: one allocation, the result.</summary>
    private static string EncodeRaw(string prefix, string id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(prefix.Length + 1 + id.Length);
        byte[]? rented = null;
        Span<byte> bytes = length <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(prefix, bytes);
            bytes[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(id, bytes[written..]);
            return Base64Url.EncodeToString(bytes[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
