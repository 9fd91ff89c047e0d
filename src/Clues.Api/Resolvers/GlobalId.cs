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

    public static string Encode(NodeLabel label, string storeId) => EncodeRaw(label.ToString(), storeId);

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

    private static string EncodeRaw(string prefix, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(prefix + ":" + id));
}
