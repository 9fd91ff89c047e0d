using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Core.Graph;
using Clues.Graph.Neo4j.Cypher;

namespace Clues.Graph.Neo4j.Http;

/// <summary>
/// A client of Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>, Neo4j 5.19+ and 2025.x): one statement
/// per request, typed JSON both ways, bookmarks carried from each answer to the next request so a read
/// sees the writes before it (causal consistency, also across cluster members), and explicit
/// transactions where the server offers them. Every error the server reports, with any HTTP status,
/// becomes a <see cref="Neo4jServerException"/>.
/// </summary>
internal sealed class QueryApiClient : IDisposable
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    // The Query API gained explicit transactions (/query/v2/tx) in 5.25; older 5.x answer 404 there.
    private static readonly Version FirstVersionWithTransactions = new(5, 25);

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];
    private bool _explicitTransactions;

    private QueryApiClient(HttpClient http, Neo4jOptions options, ServerInfo server)
    {
        _http = http;
        Options = options;
        Server = server;
        _explicitTransactions = server.ExplicitTransactions;
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        QueryUri = QueryAddress(options, server.QueryTemplate);
    }

    public Neo4jOptions Options { get; }

    public ServerInfo Server { get; }

    /// <summary>Where statements are posted: the discovered template with the database filled in.</summary>
    public Uri QueryUri { get; }

    /// <summary>True while explicit transactions are used; false after the server turned them down.</summary>
    public bool ExplicitTransactions => Volatile.Read(ref _explicitTransactions);

    /// <summary>The bookmarks the next request will carry.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_bookmarkLock)
            {
                return _bookmarks;
            }
        }
    }

    /// <summary>Asks <c>GET /</c> where the Query API is and which version runs, then returns a ready client.</summary>
    public static async Task<QueryApiClient> ConnectAsync(Neo4jOptions options, HttpMessageHandler handler, bool disposeHandler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri.Scheme is not ("http" or "https"))
        {
            throw new GraphStoreException(
                $"Graph:Neo4j:Uri is '{options.Uri}', but the Query API is HTTP. Use the server's HTTP address, e.g. http://localhost:7474, not a bolt:// or neo4j:// one.");
        }

        if (options.WriteBatchSize is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WriteBatchSize, "WriteBatchSize must be between 1 and 100000.");
        }

        var http = new HttpClient(handler, disposeHandler) { Timeout = options.RequestTimeout };
        try
        {
            var server = await DiscoverAsync(http, options.Uri, cancellationToken).ConfigureAwait(false);
            return new QueryApiClient(http, options, server);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    private static async Task<ServerInfo> DiscoverAsync(HttpClient http, Uri root, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(root, "/"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var (status, _, body, _) = await SendCoreAsync(http, request, root, "discovery (GET /)", cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.OK)
        {
            throw new Neo4jServerException($"Http.{(int)status}", $"GET {root} answered {(int)status} {status}; expected the discovery document. Check Graph:Neo4j:Uri points at the Neo4j HTTP port (7474).");
        }

        using var document = ParseJson(body, "discovery (GET /)");
        var rootElement = document.RootElement;
        var version = rootElement.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "" : "";
        var edition = rootElement.TryGetProperty("neo4j_edition", out var e) ? e.GetString() ?? "" : "";
        if (!rootElement.TryGetProperty("query", out var query) || query.GetString() is not { Length: > 0 } template)
        {
            throw new GraphStoreException(
                $"Neo4j {(version.Length > 0 ? version : "(unknown version)")} at {root} does not offer the Query API. It needs Neo4j 5.19 or later (or 2025.x); upgrade the server or use the embedded store.");
        }

        return new ServerInfo(version, edition, template, OffersTransactions(version));
    }

    /// <summary>
    /// The discovered path on the configured host: the server advertises its own idea of its address
    /// (often localhost:7474), which is wrong behind a mapped port or a proxy, so only the path is taken.
    /// </summary>
    internal static Uri QueryAddress(Neo4jOptions options, string template)
    {
        var filled = template.Replace("{databaseName}", Uri.EscapeDataString(options.Database), StringComparison.Ordinal);
        var path = Uri.TryCreate(filled, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : filled;
        return new Uri(options.Uri, path);
    }

    /// <summary>5.25+ and the calendar versions (2025.01 on) have explicit Query API transactions.</summary>
    internal static bool OffersTransactions(string version)
    {
        var numeric = new string([.. version.TakeWhile(c => char.IsDigit(c) || c == '.')]).Trim('.');
        return Version.TryParse(numeric.Contains('.', StringComparison.Ordinal) ? numeric : numeric + ".0", out var parsed)
            && parsed >= FirstVersionWithTransactions;
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public async Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, bool write, CancellationToken cancellationToken)
    {
        var body = StatementBody(statement, parameters);
        body["accessMode"] = write ? "WRITE" : "READ";
        AddBookmarks(body);
        var reply = await PostAsync(QueryUri, body, affinity: null, statement.Name, cancellationToken).ConfigureAwait(false);
        return TakeBookmarks(reply.Result);
    }

    /// <summary>
    /// Opens an explicit write transaction with its first statement. When the server has no explicit
    /// transactions, returns one that runs each statement on its own (see <see cref="QueryTransaction.IsAtomic"/>).
    /// </summary>
    public async Task<(QueryTransaction Transaction, QueryResult First)> BeginAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        if (ExplicitTransactions)
        {
            var body = StatementBody(statement, parameters);
            AddBookmarks(body);
            try
            {
                var reply = await PostAsync(new Uri(QueryUri + "/tx"), body, affinity: null, statement.Name, cancellationToken).ConfigureAwait(false);
                var id = reply.TransactionId
                    ?? throw new GraphStoreException($"Neo4j opened no transaction for '{statement.Name}': the answer to POST {QueryUri}/tx has no transaction id.");
                return (new QueryTransaction(this, id, reply.Affinity), reply.Result);
            }
            catch (Neo4jServerException ex) when (ex.Code is "Http.404" or "Http.405")
            {
                // An older server: remember and fall back for the rest of this client's life.
                Volatile.Write(ref _explicitTransactions, false);
            }
        }

        var implicitTransaction = new QueryTransaction(this, id: null, affinity: null);
        return (implicitTransaction, await RunAsync(statement, parameters, write: true, cancellationToken).ConfigureAwait(false));
    }

    internal async Task<QueryResult> RunInTransactionAsync(string id, string? affinity, CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var reply = await PostAsync(TransactionUri(id), StatementBody(statement, parameters), affinity, statement.Name, cancellationToken).ConfigureAwait(false);
        return reply.Result;
    }

    internal async Task CommitAsync(string id, string? affinity, CancellationToken cancellationToken)
    {
        var reply = await PostAsync(new Uri(TransactionUri(id) + "/commit"), [], affinity, "commit", cancellationToken).ConfigureAwait(false);
        TakeBookmarks(reply.Result);
    }

    internal async Task RollbackAsync(string id, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, TransactionUri(id));
        Prepare(request, affinity);
        var (status, _, body, _) = await SendCoreAsync(_http, request, QueryUri, "rollback", cancellationToken).ConfigureAwait(false);
        ThrowOnErrors(status, body, "rollback");
    }

    private Uri TransactionUri(string id) => new(QueryUri + "/tx/" + Uri.EscapeDataString(id));

    private static JsonObject StatementBody(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        var encoded = new JsonObject();
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters)
            {
                encoded[name] = TypedJson.Encode(value);
            }
        }

        return new JsonObject
        {
            ["statement"] = statement.Text,
            ["parameters"] = encoded,
            ["includeCounters"] = true,
        };
    }

    private void AddBookmarks(JsonObject body)
    {
        var bookmarks = Bookmarks;
        if (bookmarks.Count > 0)
        {
            body["bookmarks"] = new JsonArray([.. bookmarks.Select(b => (JsonNode)JsonValue.Create(b))]);
        }
    }

    private QueryResult TakeBookmarks(QueryResult result)
    {
        if (result.Bookmarks.Count > 0)
        {
            lock (_bookmarkLock)
            {
                _bookmarks = result.Bookmarks;
            }
        }

        return result;
    }

    private void Prepare(HttpRequestMessage request, string? affinity)
    {
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
    }

    private async Task<Reply> PostAsync(Uri uri, JsonObject body, string? affinity, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        Prepare(request, affinity);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        var (status, mediaType, text, replyAffinity) = await SendCoreAsync(_http, request, QueryUri, what, cancellationToken).ConfigureAwait(false);
        ThrowOnErrors(status, text, what);
        using var document = ParseJson(text, what);
        var root = document.RootElement;
        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
        }

        var typed = mediaType?.StartsWith(TypedJson.MediaType, StringComparison.OrdinalIgnoreCase) == true;
        return new Reply(ReadResult(root, typed, what), transactionId, replyAffinity ?? affinity);
    }

    internal static QueryResult ReadResult(JsonElement root, bool typed, string what)
    {
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data))
        {
            if (data.TryGetProperty("fields", out var fieldList))
            {
                fields.AddRange(fieldList.EnumerateArray().Select(f => f.GetString()!));
            }

            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    if (row.ValueKind != JsonValueKind.Array)
                    {
                        throw new FormatException($"The answer to '{what}' has a row that is not an array: {TypedJson.Shorten(row.GetRawText())}.");
                    }

                    var decoded = new List<object?>(fields.Count);
                    foreach (var value in row.EnumerateArray())
                    {
                        decoded.Add(typed ? TypedJson.Decode(value) : PlainJson.Decode(value));
                    }

                    rows.Add(decoded);
                }
            }
        }

        var counters = root.TryGetProperty("counters", out var c) ? ReadCounters(c) : QueryCounters.None;
        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(x => x.GetString()!)]
            : [];
        return new QueryResult(fields, rows, counters, bookmarks);
    }

    private static QueryCounters ReadCounters(JsonElement counters)
    {
        int Get(params string[] names)
        {
            foreach (var name in names)
            {
                if (counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    return value.GetInt32();
                }
            }

            return 0;
        }

        // The server spells the relationship deletion counter "relationshipDeleted"; accept the regular form too.
        return new QueryCounters(
            Get("nodesCreated"),
            Get("nodesDeleted"),
            Get("relationshipsCreated"),
            Get("relationshipDeleted", "relationshipsDeleted"),
            Get("propertiesSet"),
            Get("labelsAdded"),
            Get("indexesAdded"),
            Get("constraintsAdded"));
    }

    /// <summary>Throws the first error the body reports, whatever the status (a 202 may carry errors too).</summary>
    internal static void ThrowOnErrors(HttpStatusCode status, string body, string what)
    {
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            using var document = ParseJson(body, what);
            if (document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                throw new Neo4jServerException(code, $"Neo4j refused '{what}': {code}: {message}{Hint(code)}");
            }
        }

        if ((int)status >= 400)
        {
            throw new Neo4jServerException(
                $"Http.{(int)status}",
                $"Neo4j answered '{what}' with HTTP {(int)status} {status} and no error details{(status == HttpStatusCode.Unauthorized ? ". Check Graph:Neo4j:User and Graph:Neo4j:Password" : "")}.");
        }
    }

    private static string Hint(string code) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" => " Check Graph:Neo4j:User and Graph:Neo4j:Password (NEO4J_AUTH in docker-compose.yml).",
        "Neo.ClientError.Database.DatabaseNotFound" => " Check Graph:Neo4j:Database; Community edition has only 'neo4j'.",
        "Neo.ClientError.Schema.ConstraintValidationFailed" => " A uniqueness rule of the store (node id or natural key) would be broken; nothing was written.",
        "Neo.ClientError.Transaction.TransactionNotFound" => " The transaction expired or was closed; retry the write.",
        _ => ".",
    };

    private static JsonDocument ParseJson(string text, string what)
    {
        try
        {
            return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        }
        catch (JsonException ex)
        {
            throw new GraphStoreException($"Neo4j's answer to '{what}' is not JSON: {TypedJson.Shorten(text)}. Check Graph:Neo4j:Uri points at Neo4j itself, not a proxy page.", ex);
        }
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, string Body, string? Affinity)> SendCoreAsync(
        HttpClient http, HttpRequestMessage request, Uri server, string what, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, affinity);
        }
        catch (HttpRequestException ex)
        {
            throw new GraphStoreException($"Cannot reach Neo4j at {server} for '{what}': {ex.Message}. Check Graph:Neo4j:Uri and that the server runs (docker compose up -d neo4j).", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphStoreException(
                $"Neo4j at {server} did not answer '{what}' within {http.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Raise Neo4jOptions.RequestTimeout or lower the batch size.", ex);
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed record Reply(QueryResult Result, string? TransactionId, string? Affinity);
}
