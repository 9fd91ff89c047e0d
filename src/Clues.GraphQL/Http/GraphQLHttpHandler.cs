using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Http.GraphiQL;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Http;

/// <summary>
/// Serves one GraphQL endpoint: negotiates the response type, reads the request, parses (with a document cache),
/// validates with the configured limits, executes with a timeout, masks unexpected errors and writes the response
/// with the status codes of the GraphQL-over-HTTP draft. Browsers asking for HTML get GraphiQL.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";
    private const string JsonContentType = "application/json; charset=utf-8";

    // Non-ASCII text (Chinese names) is written as is: the body is UTF-8 JSON, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GraphQLHttpOptions _options;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly ErrorMasking _masking;
    private readonly DocumentCache _documents;
    private readonly GraphiQLPage? _graphiQL;
    private readonly bool _enableIntrospection;
    private readonly bool _exposeMessages;
    private GraphQLSchema? _schema;

    public GraphQLHttpHandler(GraphQLHttpOptions options, IServiceProvider services, ILogger logger, bool isDevelopment, string endpointPath)
    {
        _options = options;
        _services = services;
        _logger = logger;
        _enableIntrospection = options.EnableIntrospection ?? isDevelopment;
        _exposeMessages = options.ExposeExceptionMessages ?? isDevelopment;
        _masking = new ErrorMasking(logger, _exposeMessages);
        _documents = new DocumentCache(options.DocumentCacheSize, new ParseOptions { MaxTokens = options.MaxTokens });
        if (options.EnableGraphiQL ?? _enableIntrospection)
        {
            _graphiQL = new GraphiQLPage(endpointPath, options, GraphiQLAssets.Shared);
        }
    }

    /// <summary>The GraphiQL page and assets, or null when the playground is off.</summary>
    public GraphiQLPage? GraphiQL => _graphiQL;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var media = ResponseMediaType.Json;
        try
        {
            var isGet = HttpMethods.IsGet(request.Method);
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                throw new HttpProblemException(new HttpProblem(
                    StatusCodes.Status405MethodNotAllowed,
                    $"Method {request.Method} is not allowed; use GET for queries or POST.",
                    GraphQLErrorCodes.MethodNotAllowed,
                    Allow: "GET, POST"));
            }

            var accept = request.Headers.Accept;
            if (isGet && _graphiQL is not null && !request.Query.ContainsKey("query") && AcceptNegotiation.AcceptsHtml(accept))
            {
                await _graphiQL.WritePageAsync(context).ConfigureAwait(false);
                return;
            }

            media = AcceptNegotiation.Negotiate(accept) ?? throw new HttpProblemException(new HttpProblem(
                StatusCodes.Status406NotAcceptable,
                "The Accept header allows neither application/graphql-response+json nor application/json (UTF-8).",
                GraphQLErrorCodes.NotAcceptable));

            var (requests, batch) = isGet
                ? (new[] { GraphQLRequestReader.ReadGet(request.Query) }, false)
                : await GraphQLRequestReader.ReadPostAsync(request, _options, context.RequestAborted).ConfigureAwait(false);

            var results = new HttpResult[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                var executing = ExecuteAsync(context, requests[i], isGet);
                results[i] = executing.IsCompletedSuccessfully ? executing.Result : await executing.ConfigureAwait(false);
            }

            // With graphql-response+json a response without data (parse, validation or variable errors) is a
            // client error; application/json keeps 200 for every well-formed GraphQL response (legacy clients).
            var status = !batch && media == ResponseMediaType.GraphQLResponseJson && !results[0].HasData
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            await WriteResultsAsync(context, media, status, results, batch).ConfigureAwait(false);
        }
        catch (HttpProblemException e)
        {
            await WriteProblemAsync(context, media, e.Problem).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // The body ended early or broke HTTP framing (a client that gave up mid-upload): the client's fault, answered
            // as such if anyone still listens, and not logged as a server failure.
            await WriteProblemAsync(context, media, new HttpProblem(e.StatusCode, $"The request could not be read: {e.Message}", GraphQLErrorCodes.BadRequest)).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var correlationId = ErrorMasking.NewCorrelationId();
            HttpLog.RequestFailed(_logger, e, correlationId, context.TraceIdentifier);
            var message = _exposeMessages ? e.Message : ErrorMasking.MaskedMessage(correlationId);
            await WriteProblemAsync(
                    context,
                    media,
                    new HttpProblem(StatusCodes.Status500InternalServerError, message, GraphQLErrorCodes.InternalServerError),
                    correlationId)
                .ConfigureAwait(false);
        }
    }

    private ValueTask<HttpResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet)
    {
        CachedDocument cached;
        try
        {
            cached = _documents.GetOrParse(request.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            return new(ExecutionResult.FromRequestErrors(
                [new GraphQLError(e.Message, e.Locations, extensions: Code(GraphQLErrorCodes.ParseFailed))]));
        }

        var document = cached.Document;
        var operation = FindOperation(document, request.OperationName);
        if (isGet && operation?.Operation == OperationType.Mutation)
        {
            // GET must be safe (no side effects), so the spec forbids mutations over it.
            throw new HttpProblemException(new HttpProblem(
                StatusCodes.Status405MethodNotAllowed,
                "Mutations can only be sent with POST.",
                GraphQLErrorCodes.MethodNotAllowed,
                Allow: "POST"));
        }

        if (operation?.Operation == OperationType.Subscription)
        {
            return new(ExecutionResult.FromRequestErrors(
                [new GraphQLError("Subscriptions are not supported over this HTTP endpoint.", extensions: Code(GraphQLErrorCodes.BadRequest))]));
        }

        var schema = _schema ??= _options.Schema ?? _services.GetRequiredService<GraphQLSchema>();

        // Validation reads variable values only to price slicing arguments given as variables, so its outcome is
        // fixed by the document and operation name whenever there are no values or the operation declares no
        // variables: such outcomes are kept with the cached document.
        var reusable = operation is not null && (request.Variables is not { Count: > 0 } || operation.VariableDefinitions.Count == 0);
        if (!reusable || !cached.TryGetValid(request.OperationName, out var valid) || valid is null)
        {
            var introspectionOnly = _enableIntrospection && operation is not null && IntrospectionOperations.IsIntrospectionOnly(document, operation);
            var validation = _options.Validation with { OperationName = request.OperationName, VariableValues = request.Variables };
            var errors = DocumentValidator.Validate(schema, document, validation);
            if (errors.Count > 0)
            {
                return new(ExecutionResult.FromRequestErrors(WithCode(errors, GraphQLErrorCodes.ValidationFailed)));
            }

            valid = new ValidatedOperation(introspectionOnly);
            if (reusable)
            {
                cached.AddValid(request.OperationName, valid);
            }
        }

        // A user context factory may check the caller (and throw); it runs for cached answers too.
        var userContext = _options.UserContextFactory?.Invoke(context);

        // An introspection-only answer depends on the schema alone (variables can only steer @skip/@include and
        // arguments of __type, hence "reusable"), so it is served as the bytes computed the first time.
        var cacheResponse = reusable && valid.IsIntrospectionOnly;
        if (cacheResponse && valid.Response is { } json)
        {
            return new(new HttpResult(null, json));
        }

        var execution = new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            Services = context.RequestServices,
            UserContext = userContext,
            EnableIntrospection = _enableIntrospection,
        };
        var running = ExecuteWithTimeoutAsync(context, execution);
        return cacheResponse ? KeepIntrospectionAsync(running, valid) : AsHttpResultAsync(running);
    }

    private static async ValueTask<HttpResult> AsHttpResultAsync(Task<ExecutionResult> running) => await running.ConfigureAwait(false);

    /// <summary>Serialises an introspection answer once; answers with errors (none are expected) are not kept.</summary>
    private static async ValueTask<HttpResult> KeepIntrospectionAsync(Task<ExecutionResult> running, ValidatedOperation valid)
    {
        var result = await running.ConfigureAwait(false);
        if (!result.HasData || result.Data is null || result.Errors.Count > 0)
        {
            return result;
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        if (buffer.WrittenCount > ValidatedOperation.MaxCachedResponseBytes)
        {
            return result;
        }

        var json = buffer.WrittenSpan.ToArray();
        valid.Response = json;
        return new HttpResult(null, json);
    }

    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(HttpContext context, ExecutionRequest execution)
    {
        var timeout = _options.ExecutionTimeout;
        var limited = timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (limited)
        {
            cancellation.CancelAfter(timeout);
        }

        var running = Executor.ExecuteAsync(execution with { CancellationToken = cancellation.Token });
        ExecutionResult result;
        try
        {
            // WaitAsync answers on time even when a resolver ignores its cancellation token; the abandoned
            // execution is cancelled and finishes in the background.
            result = limited
                ? await running.WaitAsync(timeout, context.RequestAborted).ConfigureAwait(false)
                : await running.ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !context.RequestAborted.IsCancellationRequested))
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
            _ = running.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var seconds = timeout.TotalSeconds;
            HttpLog.TimedOut(_logger, execution.OperationName ?? "(anonymous)", seconds, context.TraceIdentifier);
            return new ExecutionResult
            {
                HasData = true,
                Data = null,
                Errors =
                [
                    new GraphQLError(
                        $"Execution timed out after {seconds.ToString("0.###", CultureInfo.InvariantCulture)} s.",
                        extensions: Code(GraphQLErrorCodes.Timeout)),
                ],
            };
        }

        var errors = result.Errors;
        if (!result.HasData)
        {
            errors = WithCode(errors, GraphQLErrorCodes.BadUserInput);
        }

        string? correlationId = null;
        errors = _masking.Apply(errors, context.TraceIdentifier, ref correlationId);
        return ReferenceEquals(errors, result.Errors)
            ? result
            : new ExecutionResult { Data = result.Data, HasData = result.HasData, Errors = errors, Extensions = result.Extensions };
    }

    private static OperationDefinition? FindOperation(Document document, string? operationName)
    {
        OperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };

    private static IReadOnlyList<GraphQLError> WithCode(IReadOnlyList<GraphQLError> errors, string code)
    {
        var result = new GraphQLError[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            if (error.Extensions?.ContainsKey("code") == true)
            {
                result[i] = error;
                continue;
            }

            var extensions = Code(code);
            if (error.Extensions is not null)
            {
                foreach (var (key, value) in error.Extensions)
                {
                    extensions[key] = value;
                }
            }

            result[i] = new GraphQLError(error.Message, error.Locations, error.Path, extensions, error.Exception);
        }

        return result;
    }

    private static async Task WriteResultsAsync(HttpContext context, ResponseMediaType media, int status, HttpResult[] results, bool batch)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = media == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseContentType : JsonContentType;
        response.Headers.Vary = "Accept";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            if (batch)
            {
                writer.WriteStartArray();
            }

            foreach (var result in results)
            {
                if (result.Json is { } json)
                {
                    // Written by this same writer configuration the first time, so it needs no re-validation.
                    writer.WriteRawValue(json, skipInputValidation: true);
                }
                else
                {
                    result.Result!.WriteTo(writer);
                }
            }

            if (batch)
            {
                writer.WriteEndArray();
            }
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext context, ResponseMediaType media, HttpProblem problem, string? correlationId = null)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = problem.StatusCode;
        response.ContentType = media == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseContentType : JsonContentType;
        response.Headers.Vary = "Accept";
        if (problem.Allow is not null)
        {
            response.Headers.Allow = problem.Allow;
        }

        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", problem.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", problem.Code);
            if (correlationId is not null)
            {
                writer.WriteString("correlationId", correlationId);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
