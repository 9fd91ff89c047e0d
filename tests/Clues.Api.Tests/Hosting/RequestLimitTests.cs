using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Clues.Api.Tests.Hosting;

/// <summary>
/// The limit on GraphQL requests running at once, over real HTTP: a request whose body is still arriving holds its turn
/// (the endpoint reads the body), which makes "all turns taken" a state the test controls instead of a race.
/// </summary>
public sealed class RequestLimitTests
{
    private const string Query = """{"query":"{ stats { nodes } }"}""";

    [Fact]
    public async Task A_request_past_the_running_and_waiting_limits_is_refused_with_503_and_a_clear_error()
    {
        await using var factory = new ApiFactory();
        factory.With("Clues:Requests:MaxConcurrent", "1").With("Clues:Requests:MaxQueued", "0");
        using var client = Client(factory, factory.StartKestrel());
        var (body, held) = await HoldTheOnlyTurnAsync(client);

        var refused = await FirstRefusedAsync(client);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        body.Release();
        using var heldAnswer = await held;
        using var after = await client.PostAsync("", Json(Query));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("SERVER_BUSY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Clues:Requests:MaxQueued", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, heldAnswer.StatusCode);
        Assert.Contains("\"nodes\"", await heldAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_request_past_the_running_limit_waits_its_turn_and_is_answered()
    {
        await using var factory = new ApiFactory();
        factory.With("Clues:Requests:MaxConcurrent", "1").With("Clues:Requests:MaxQueued", "10");
        using var client = Client(factory, factory.StartKestrel());
        var (body, held) = await HoldTheOnlyTurnAsync(client);

        var waiting = client.PostAsync("", Json(Query));
        await Task.Delay(300);
        var waitedWhileHeld = !waiting.IsCompleted;
        body.Release();
        using var heldAnswer = await held;
        using var waitingAnswer = await waiting;

        Assert.True(waitedWhileHeld, "The second request was answered while the only turn was taken.");
        Assert.Equal(HttpStatusCode.OK, heldAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, waitingAnswer.StatusCode);
    }

    [Fact]
    public async Task A_negative_limit_stops_the_start_and_names_the_setting()
    {
        await using var factory = new ApiFactory();
        factory.With("Clues:Requests:MaxConcurrent", "-1");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MaxConcurrent", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient Client(ApiFactory factory, Uri endpoint)
    {
        var client = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(ApiFactory.Analyst));
        return client;
    }

    /// <summary>Starts a request whose body is held back, and waits until it has reached the limiter and taken the turn.</summary>
    private static async Task<(HeldContent Body, Task<HttpResponseMessage> Response)> HoldTheOnlyTurnAsync(HttpClient client)
    {
        var body = new HeldContent(Query);
        var response = client.PostAsync("", body);
        await body.Sending;
        // Nothing else is sent meanwhile: a request racing the held one could take the turn first.
        await Task.Delay(300);
        return (body, response);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Quick requests until one is refused (the first, unless the held request was slow to reach the limiter).</summary>
    private static async Task<HttpResponseMessage> FirstRefusedAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.PostAsync("", Json(Query));
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(20);
        }

        throw new TimeoutException("No request was refused within 10 s while the only turn was held.");
    }

    /// <summary>A JSON body whose bytes are sent only once <see cref="Release"/> is called.</summary>
    private sealed class HeldContent(string json) : HttpContent
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _sending = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Sending => _sending.Task;

        public void Release() => _release.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            _sending.TrySetResult();
            await stream.FlushAsync();
            await _release.Task;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(json));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return true;
        }
    }
}
