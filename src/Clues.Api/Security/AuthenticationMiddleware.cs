using System.Security.Claims;
using System.Text.Json;
using Clues.Api.Hosting;
using Clues.Core.Access;
using Microsoft.Extensions.Options;

namespace Clues.Api.Security;

/// <summary>
/// Authenticates bearer tokens on every request. A request with a token that fails gets 401 with the reason, in
/// every environment; a request without one gets 401 when authentication is required, except for what must load
/// before a user can paste a token: the GraphiQL page, its files, and the health probe.
/// </summary>
internal sealed class AuthenticationMiddleware(
    RequestDelegate next,
    TokenValidator validator,
    IOptions<CluesSecurityOptions> security,
    IOptions<CluesOptions> clues,
    IHostEnvironment environment)
{
    private const string BearerPrefix = "Bearer ";

    private readonly bool _required = security.Value.RequireAuthentication ?? !environment.IsDevelopment();
    private readonly PathString _graphQLPath = new("/" + clues.Value.GraphQLPath.Trim('/'));

    public Task InvokeAsync(HttpContext context)
    {
        Principal? principal = null;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return RefuseAsync(context, "invalid_request", "The Authorization header must be 'Bearer <token>'.");
            }

            if (!validator.TryValidate(header[BearerPrefix.Length..].Trim(), out principal, out var error))
            {
                return RefuseAsync(context, "invalid_token", error);
            }

            context.User = ToClaims(principal);
        }
        else if (_required && !IsPublic(context.Request))
        {
            return RefuseAsync(context, "invalid_request", "Authentication required: send 'Authorization: Bearer <token>' (issue one with 'clues token issue').");
        }

        var purpose = context.Request.Headers[CluesUserContext.PurposeHeader].ToString().Trim();
        if (purpose.Length > CluesUserContext.MaxPurposeLength)
        {
            purpose = purpose[..CluesUserContext.MaxPurposeLength];
        }

        context.Features.Set(new CluesUserContext(principal, context.TraceIdentifier, purpose.Length == 0 ? null : purpose));
        return next(context);
    }

    // Standard claims too, so ASP.NET Core features (logging scopes, authorization policies) can see the caller.
    private static ClaimsPrincipal ToClaims(Principal principal)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, principal.UserId),
            new(ClaimTypes.Name, principal.DisplayName),
        };
        claims.AddRange(principal.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "CluesBearer"));
    }

    private bool IsPublic(HttpRequest request)
    {
        var path = request.Path;
        if (path.Equals("/healthz", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(_graphQLPath.Add("/_graphiql"), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The GraphiQL page itself: a browser navigation, which can carry no token and reads no data.
        return HttpMethods.IsGet(request.Method)
            && path.Equals(_graphQLPath, StringComparison.OrdinalIgnoreCase)
            && !request.Query.ContainsKey("query")
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task RefuseAsync(HttpContext context, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        // Quotes would end the header's quoted string; the body carries the exact text.
        response.Headers.WWWAuthenticate = $"Bearer error=\"{code}\", error_description=\"{message.Replace('"', '\'')}\"";
        response.ContentType = "application/json; charset=utf-8";
        // GraphQL-shaped, so GraphiQL and GraphQL clients show the message like any other error.
        await JsonSerializer.SerializeAsync(response.Body, new
        {
            errors = new[] { new { message, extensions = new { code = "UNAUTHENTICATED", reason = code } } },
        }, cancellationToken: context.RequestAborted);
    }
}
