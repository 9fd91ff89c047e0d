using System.Net.Sockets;
using System.Text;

namespace Clues.Api.Tests.BadInput;

/// <summary>A client that promises a body and stops sending it is a client error: never a 500, and the server goes on serving.</summary>
public sealed class TruncatedBodyTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();
    private Uri _endpoint = null!;

    public Task InitializeAsync()
    {
        _endpoint = _factory.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_body_shorter_than_its_content_length_gets_no_server_error_and_the_next_request_is_served()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(_endpoint.Host, _endpoint.Port);
        var token = _factory.TokenFor(ApiFactory.Analyst);
        var head = $"POST {_endpoint.AbsolutePath} HTTP/1.1\r\nHost: {_endpoint.Authority}\r\nContent-Type: application/json\r\n" +
                   $"Authorization: Bearer {token}\r\nContent-Length: 1000\r\n\r\n{{\"query\":\"{{ stats";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));
        socket.Shutdown(SocketShutdown.Send);

        var answer = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            // Kestrel may reset the connection of a request it cannot finish reading.
        }

        // Kestrel may close the connection before an answer can go out; if one does, it is a 400.
        var text = answer.ToString();
        Assert.True(text.Length == 0 || text.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), text);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", text, StringComparison.Ordinal);

        using var client = _factory.CreateClient();
        var (status, body) = await client.PostGraphQLAsync("{ stats { nodes } }");
        Assert.Equal(200, status);
        Assert.True(body.Data().GetProperty("stats").GetProperty("nodes").GetInt32() > 0);
    }
}
