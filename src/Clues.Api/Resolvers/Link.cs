using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>
/// A relationship seen from one of its ends: the record (type, properties, validity) and the id of the node at the
/// other end. The far node is loaded lazily through the request's node loader, so a list of links costs one batched
/// store read for all their nodes, and none when the query does not ask for them.
/// </summary>
internal sealed record Link(RelationshipRecord Relationship, string OtherId)
{
    public DateOnly? ValidFrom => Relationship.ValidFrom;

    public DateOnly? ValidTo => Relationship.ValidTo;

    /// <summary>A string property of the relationship, or null.</summary>
    public string? Text(string name) =>
        Relationship.Properties.TryGetPropertyValue(name, out var value) && value is not null ? value.ToString() : null;

    /// <summary>A numeric property of the relationship, or null.</summary>
    public decimal? Number(string name) =>
        Relationship.Properties.TryGetPropertyValue(name, out var value) && value is not null
            && decimal.TryParse(value.ToString(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>An enum property of the relationship (stored by member name), or null.</summary>
    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(Text(name), ignoreCase: true, out var parsed) ? parsed : null;
}
