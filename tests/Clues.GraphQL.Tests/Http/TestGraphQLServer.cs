using System.Net.Http.Headers;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Http;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clues.GraphQL.Tests.Http;

/// <summary>
/// A real Kestrel server on a free loopback port serving a small test schema through MapGraphQL, for tests of
/// the HTTP layer alone (no Clues domain, no store).
/// </summary>
public sealed class TestGraphQLServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          number(n: Int!): Int!
          "Throws an unexpected exception whose message must not reach clients outside Development."
          boom: String
          "Throws a GraphQLException on purpose: its message and code reach clients."
          forbidden: String
          "Waits until cancelled."
          slow: String
          "Waits 5 s and ignores cancellation."
          stuck: String
          "Chinese text, to check UTF-8 output."
          chinese: String!
        }

        type Mutation {
          setGreeting(text: String!): String!
        }
        """;

    public const string SecretMessage = "connection string Password=hunter2 failed";

    private readonly WebApplication _app;

    private TestGraphQLServer(WebApplication app, CapturedLog log, HttpClient client)
    {
        _app = app;
        Log = log;
        Client = client;
    }

    public CapturedLog Log { get; }

    public HttpClient Client { get; }

    public Uri Endpoint => new(Client.BaseAddress!, "/graphql");

    public static GraphQLSchema BuildSchema() =>
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .Resolve("Query.hello", ctx => "Hello, " + ctx.GetArgument<string>("name"))
            .Resolve("Query.number", ctx => ctx.GetArgument<int>("n"))
            .Resolve("Query.boom", _ => throw new InvalidOperationException(SecretMessage))
            .Resolve("Query.forbidden", _ => throw new GraphQLException("Not allowed here.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
            .Resolve<string?>("Query.slow", async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return null;
            })
            .Resolve<string?>("Query.stuck", async (_, _) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
                return "late";
            })
            .Resolve("Query.chinese", _ => "巡察办")
            .Resolve("Mutation.setGreeting", ctx => ctx.GetArgument<string>("text"))
            .Build();

    public static async Task<TestGraphQLServer> StartAsync(string environment = "Production", Action<GraphQLHttpOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var log = new CapturedLog();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        var app = builder.Build();
        var schema = BuildSchema();
        app.MapGraphQL("/graphql", options =>
        {
            options.Schema = schema;
            configure?.Invoke(options);
        });
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(60) };
        return new TestGraphQLServer(app, log, client);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string query, string? accept = null, string? extra = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query) + extra);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
