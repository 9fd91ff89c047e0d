namespace Clues.GraphQL.Http;

/// <summary>
/// Values of <c>extensions.code</c> the HTTP endpoint puts on errors it produces, so clients can branch on a
/// stable code instead of a message.
/// </summary>
public static class GraphQLErrorCodes
{
    /// <summary>The request is not a valid GraphQL-over-HTTP request (bad JSON, missing or mistyped parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document could not be parsed.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation (including the depth, field, cost and operation limits).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The operation could not start: unknown operation name or invalid variable values.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The HTTP method is not allowed (e.g. a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body has an unsupported content type.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>None of the media types in the <c>Accept</c> header can be produced.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The request body is larger than allowed.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The operation ran longer than the endpoint's execution timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>An unexpected server-side failure; the message is masked outside Development.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
