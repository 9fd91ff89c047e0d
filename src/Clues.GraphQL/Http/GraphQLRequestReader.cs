using System.Buffers;
using System.Text.Json;
using Clues.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Clues.GraphQL.Http;

/// <summary>
/// Reads GraphQL requests from HTTP per the GraphQL-over-HTTP draft: a JSON body on POST, URL parameters on GET.
/// Anything malformed becomes an <see cref="HttpProblemException"/> (400, 413 or 415).
/// </summary>
internal static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a POST body: one request, or a batch (a JSON array) when batching is enabled.</summary>
    public static async Task<(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch)> ReadPostAsync(HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(AcceptNegotiation.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw Problem(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.");
        }

        if (contentType.Charset.HasValue && !AcceptNegotiation.IsUtf8(contentType.Charset.Value))
        {
            throw Problem(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLErrorCodes.UnsupportedMediaType,
                $"Unsupported charset \"{contentType.Charset.Value}\": request bodies must be UTF-8.");
        }

        if (request.ContentLength > options.MaxRequestBodySize)
        {
            throw TooLarge(options.MaxRequestBodySize);
        }

        var (buffer, length) = await ReadBodyAsync(request.Body, options.MaxRequestBodySize, cancellationToken).ConfigureAwait(false);
        try
        {
            var body = buffer.AsMemory(0, length);
            if (body.Span.StartsWith("\uFEFF"u8))
            {
                body = body[3..];
            }

            // JsonDocument checks structure only; invalid UTF-8 inside a string would throw later, as a 500.
            if (!System.Text.Unicode.Utf8.IsValid(body.Span))
            {
                throw BadRequest("The request body is not valid UTF-8; send JSON encoded as UTF-8.");
            }

            if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                throw BadRequest("The request body is empty; send a JSON object with a \"query\".");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body, DocumentOptions);
            }
            catch (JsonException e)
            {
                throw BadRequest("The request body is not valid JSON: " + e.Message);
            }

            using (document)
            {
                var root = document.RootElement;
                switch (root.ValueKind)
                {
                    case JsonValueKind.Object:
                        return ([ReadBodyRequest(root)], false);
                    case JsonValueKind.Array when options.MaxBatchSize <= 1:
                        throw BadRequest("Batched requests are not enabled on this endpoint; send one JSON object per request.");
                    case JsonValueKind.Array:
                        var count = root.GetArrayLength();
                        if (count == 0 || count > options.MaxBatchSize)
                        {
                            throw BadRequest($"A batch must hold between 1 and {options.MaxBatchSize} requests; this one holds {count}.");
                        }

                        var requests = new List<GraphQLHttpRequest>(count);
                        foreach (var item in root.EnumerateArray())
                        {
                            if (item.ValueKind != JsonValueKind.Object)
                            {
                                throw BadRequest("Every entry of a batch must be a JSON object.");
                            }

                            requests.Add(ReadBodyRequest(item));
                        }

                        return (requests, true);
                    default:
                        throw BadRequest("The request body must be a JSON object.");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static GraphQLHttpRequest ReadGet(IQueryCollection query)
    {
        var text = Single(query, "query") ?? throw BadRequest("Missing query: GET requests must have a \"query\" URL parameter.");
        var operationName = Single(query, "operationName");
        if (operationName?.Length == 0)
        {
            operationName = null;
        }

        return new GraphQLHttpRequest(text, operationName, ParseMapParameter(query, "variables"), ParseMapParameter(query, "extensions"));
    }

    private static GraphQLHttpRequest ReadBodyRequest(JsonElement request)
    {
        if (!request.TryGetProperty("query", out var query) || query.ValueKind is JsonValueKind.Null)
        {
            throw BadRequest("Missing query: the request body must have a \"query\" string.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            throw BadRequest("The \"query\" parameter must be a string.");
        }

        string? operationName = null;
        if (request.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            operationName = name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : throw BadRequest("The \"operationName\" parameter must be a string or null.");
        }

        return new GraphQLHttpRequest(query.GetString()!, operationName, ReadMap(request, "variables"), ReadMap(request, "extensions"));
    }

    private static IReadOnlyDictionary<string, object?>? ReadMap(JsonElement request, string parameter)
    {
        if (!request.TryGetProperty(parameter, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(value)!
            : throw BadRequest($"The \"{parameter}\" parameter must be an object or null.");
    }

    private static IReadOnlyDictionary<string, object?>? ParseMapParameter(IQueryCollection query, string parameter)
    {
        var text = Single(query, parameter);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw BadRequest($"The \"{parameter}\" URL parameter is not valid JSON: {e.Message}");
        }

        using (document)
        {
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(document.RootElement)!,
                _ => throw BadRequest($"The \"{parameter}\" URL parameter must be a JSON object."),
            };
        }
    }

    private static string? Single(IQueryCollection query, string parameter)
    {
        if (!query.TryGetValue(parameter, out StringValues values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1
            ? values[0]
            : throw BadRequest($"The \"{parameter}\" URL parameter must be given once.");
    }

    /// <summary>Reads the whole body into a pooled buffer, failing with 413 as soon as it exceeds the limit.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    throw TooLarge(limit);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static HttpProblemException TooLarge(long limit) => Problem(
        StatusCodes.Status413PayloadTooLarge,
        GraphQLErrorCodes.PayloadTooLarge,
        $"The request body is larger than the limit of {limit} bytes.");

    private static HttpProblemException BadRequest(string message) =>
        Problem(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, message);

    private static HttpProblemException Problem(int status, string code, string message) => new(new HttpProblem(status, message, code));
}
