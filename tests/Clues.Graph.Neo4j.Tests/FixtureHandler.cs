using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Clues.Graph.Neo4j.Tests;

/// <summary>
/// Plays a Neo4j server from a script of answers: each request takes the next answer, whose method and
/// path must match, and is recorded (headers and body) for the test to inspect. A request the script does
/// not expect is answered 599 with a message, so the test fails naming it.
/// </summary>
internal sealed class FixtureHandler : HttpMessageHandler
{
    public const string Typed = "application/vnd.neo4j.query";

    private readonly Queue<Answer> _script = new();
    private readonly Lock _gate = new();

    public List<RecordedRequest> Requests { get; } = [];

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The next answer: method, path (without host), status, body (a fixture file name ending in .json, or literal text), content type and headers.</summary>
    public FixtureHandler Then(HttpMethod method, string path, HttpStatusCode status, string body, string contentType = Typed, params (string Name, string Value)[] headers)
    {
        var text = body.EndsWith(".json", StringComparison.Ordinal) ? Fixture(body) : body;
        lock (_gate)
        {
            _script.Enqueue(new Answer(method, path, status, text, contentType, headers));
        }

        return this;
    }

    public FixtureHandler ThenDiscovery(string fixture = "discovery-5.26.json") =>
        Then(HttpMethod.Get, "/", HttpStatusCode.OK, fixture, "application/json");

    public FixtureHandler ThenQuery(string fixture, HttpStatusCode status = HttpStatusCode.Accepted) =>
        Then(HttpMethod.Post, "/db/neo4j/query/v2", status, fixture);

    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                return _script.Count;
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body);
        Answer? answer;
        lock (_gate)
        {
            Requests.Add(recorded);
            _script.TryDequeue(out answer);
        }

        if (answer is null || answer.Method != request.Method || answer.Path != request.RequestUri!.AbsolutePath)
        {
            return new HttpResponseMessage((HttpStatusCode)599)
            {
                Content = new StringContent(
                    $"{{\"errors\":[{{\"code\":\"Test.Unexpected\",\"message\":\"The fixture script expected {answer?.Method} {answer?.Path} but got {request.Method} {request.RequestUri!.AbsolutePath}\"}}]}}",
                    Encoding.UTF8,
                    "application/json"),
            };
        }

        var response = new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(answer.ContentType);
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private sealed record Answer(HttpMethod Method, string Path, HttpStatusCode Status, string Body, string ContentType, (string Name, string Value)[] Headers);
}
