using Clues.GraphQL.Http.GraphiQL;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Clues.GraphQL.Http;

/// <summary>
/// Settings of a GraphQL-over-HTTP endpoint mapped with
/// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, Action{GraphQLHttpOptions}?)"/>.
/// Every limit has a safe default. Values can be bound from configuration (e.g. a <c>GraphQL</c> section)
/// by registering the options with <c>services.AddOptions&lt;GraphQLHttpOptions&gt;().Bind(section)</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// The schema to serve. When null, the endpoint resolves <see cref="GraphQLSchema"/> from the application's
    /// services on the first request.
    /// </summary>
    public GraphQLSchema? Schema { get; set; }

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); larger bodies get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most tokens the parser reads from one document before giving up (default 15000); null disables the
    /// limit. Guards against huge documents that are cheap to send and expensive to parse.
    /// </summary>
    public int? MaxTokens { get; set; } = 15000;

    /// <summary>
    /// Validation settings, including the depth, field-count, cost and operation-count limits. The request's
    /// operation name and variables are filled in per request.
    /// </summary>
    public ValidationOptions Validation { get; set; } = new();

    /// <summary>
    /// How many operations one HTTP request may carry as a JSON array (default 1, which turns batching off:
    /// an array body is then answered with 400).
    /// </summary>
    public int MaxBatchSize { get; set; } = 1;

    /// <summary>
    /// How long one operation may run (default 30 s). When it runs longer the client gets
    /// "Execution timed out after N s" with code <c>TIMEOUT</c> and the execution is cancelled.
    /// <see cref="Timeout.InfiniteTimeSpan"/> or zero turns the limit off.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried. Null (the default) allows them in the
    /// Development environment only.
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>
    /// Whether unexpected resolver exceptions show their real message to clients. Null (the default) shows them in
    /// the Development environment only; elsewhere clients see "Unexpected error. Correlation id: …" and the
    /// exception is logged under that id.
    /// </summary>
    public bool? ExposeExceptionMessages { get; set; }

    /// <summary>
    /// Whether a browser asking for HTML (<c>GET</c> with <c>Accept: text/html</c> and no <c>query</c>) gets the
    /// GraphiQL playground. Null (the default) follows the effective <see cref="EnableIntrospection"/>, since
    /// GraphiQL is of little use without it.
    /// </summary>
    public bool? EnableGraphiQL { get; set; }

    /// <summary>The title of the GraphiQL page.</summary>
    public string GraphiQLTitle { get; set; } = "GraphiQL";

    /// <summary>
    /// Headers pre-filled in GraphiQL's headers editor (e.g. <c>Authorization: Bearer &lt;dev token&gt;</c>);
    /// they are sent with each request from the playground and can be edited there.
    /// </summary>
    public IDictionary<string, string> GraphiQLHeaders { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The query GraphiQL shows in a new tab, or null for GraphiQL's own welcome text.</summary>
    public string? GraphiQLDefaultQuery { get; set; }

    /// <summary>
    /// Saved operations GraphiQL opens as tabs (in this order) when the browser has no tabs of its own stored yet.
    /// Empty (the default) leaves GraphiQL's single tab with <see cref="GraphiQLDefaultQuery"/>.
    /// </summary>
    public IList<GraphiQLExample> GraphiQLExamples { get; set; } = [];

    /// <summary>
    /// Creates the per-request <see cref="Execution.ExecutionRequest.UserContext"/> (e.g. the caller's identity),
    /// or null for none.
    /// </summary>
    public Func<HttpContext, object?>? UserContextFactory { get; set; }

    /// <summary>How many parsed documents are kept for reuse, keyed by their text (default 512; 0 disables the cache).</summary>
    public int DocumentCacheSize { get; set; } = 512;

    /// <summary>A copy whose collections and nested options can be changed without touching this instance.</summary>
    /// <returns>The copy.</returns>
    internal GraphQLHttpOptions Clone()
    {
        var copy = (GraphQLHttpOptions)MemberwiseClone();
        copy.Validation = Validation with { };
        copy.GraphiQLHeaders = new Dictionary<string, string>(GraphiQLHeaders, StringComparer.OrdinalIgnoreCase);
        copy.GraphiQLExamples = [.. GraphiQLExamples];
        return copy;
    }
}
