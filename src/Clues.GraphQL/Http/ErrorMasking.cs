using Clues.GraphQL.Execution;
using Clues.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Http;

/// <summary>
/// Decides what clients see of field errors. Errors raised on purpose (<see cref="GraphQLException"/>, scalar
/// coercion failures, engine errors without an exception) pass through unchanged. Any other exception is a bug
/// or an outage: it is logged with a correlation id, and outside Development its message is replaced by
/// "Unexpected error. Correlation id: …" so internals (SQL, paths, stack details) never reach clients.
/// </summary>
internal sealed class ErrorMasking(ILogger logger, bool exposeMessages)
{
    public static string NewCorrelationId() => Guid.NewGuid().ToString("N");

    public static bool IsIntended(Exception? exception) =>
        exception is null or GraphQLException or GraphQLCoercionException;

    public static string MaskedMessage(string correlationId) => "Unexpected error. Correlation id: " + correlationId;

    /// <summary>The errors as clients should see them; logs each unexpected exception.</summary>
    /// <param name="errors">The execution's errors.</param>
    /// <param name="traceIdentifier">The HTTP request's trace id, for the log.</param>
    /// <param name="correlationId">The request's correlation id, created on first need and shared by its errors.</param>
    public IReadOnlyList<GraphQLError> Apply(IReadOnlyList<GraphQLError> errors, string traceIdentifier, ref string? correlationId)
    {
        List<GraphQLError>? result = null;
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            if (IsIntended(error.Exception))
            {
                result?.Add(error);
                continue;
            }

            if (result is null)
            {
                result = new List<GraphQLError>(errors.Count);
                for (var j = 0; j < i; j++)
                {
                    result.Add(errors[j]);
                }
            }

            correlationId ??= NewCorrelationId();
            var path = error.Path is null ? "(request)" : string.Join('.', error.Path);
            HttpLog.ResolverFailed(logger, error.Exception!, path, correlationId, traceIdentifier);
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (error.Extensions is not null)
            {
                foreach (var (key, value) in error.Extensions)
                {
                    extensions[key] = value;
                }
            }

            extensions["code"] = GraphQLErrorCodes.InternalServerError;
            extensions["correlationId"] = correlationId;
            var message = exposeMessages ? error.Message : MaskedMessage(correlationId);
            result.Add(new GraphQLError(message, error.Locations, error.Path, extensions, error.Exception));
        }

        return result ?? errors;
    }
}
