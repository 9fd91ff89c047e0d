using Clues.Core.Access;

namespace Clues.Api.Security;

/// <summary>
/// What GraphQL resolvers get as <c>ResolveContext.UserContext</c>: the caller and the request id to put on
/// audit entries.
/// </summary>
/// <param name="Principal">The authenticated caller, or null for an anonymous request (Development only).</param>
/// <param name="RequestId">The HTTP request's trace identifier.</param>
/// <param name="Purpose">
/// Why the caller reads (the <c>Clues-Purpose</c> HTTP header, at most 200 characters), recorded on audit entries;
/// null when not stated.
/// </param>
public sealed record CluesUserContext(Principal? Principal, string RequestId, string? Purpose = null)
{
    /// <summary>The HTTP header that states the purpose of a request's reads.</summary>
    public const string PurposeHeader = "Clues-Purpose";

    /// <summary>Longer purposes are cut: the audit log is not a place for documents.</summary>
    public const int MaxPurposeLength = 200;
}
