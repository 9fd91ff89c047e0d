using Clues.Core.Access;

namespace Clues.Api.Security;

/// <summary>
/// What GraphQL resolvers get as <c>ResolveContext.UserContext</c>: the caller and the request id to put on
/// audit entries.
/// </summary>
/// <param name="Principal">The authenticated caller, or null for an anonymous request (Development only).</param>
/// <param name="RequestId">The HTTP request's trace identifier.</param>
public sealed record CluesUserContext(Principal? Principal, string RequestId);
