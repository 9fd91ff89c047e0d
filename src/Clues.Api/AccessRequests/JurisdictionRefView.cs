namespace Clues.Api.AccessRequests;

/// <summary>The GraphQL <c>JurisdictionRef</c>: an office by its jurisdiction, to say whom to ask.</summary>
/// <param name="Code">The division code.</param>
/// <param name="Name">The jurisdiction's name (青山县), or the code when not configured.</param>
/// <param name="Office">The inspection office's name (青山县委巡察办).</param>
internal sealed record JurisdictionRefView(string Code, string Name, string Office);
