using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Http;

/// <summary>The endpoint's log messages, generated so that disabled levels cost nothing.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected error in GraphQL field {Path} (correlation id {CorrelationId}, request {TraceIdentifier})")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string path, string correlationId, string traceIdentifier);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Unexpected error while handling a GraphQL request (correlation id {CorrelationId}, request {TraceIdentifier})")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string correlationId, string traceIdentifier);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "GraphQL operation {OperationName} timed out after {Seconds} s (request {TraceIdentifier})")]
    public static partial void TimedOut(ILogger logger, string operationName, double seconds, string traceIdentifier);
}
