using System.CommandLine;
using Clues.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clues.Cli.Commands;

/// <summary><c>clues serve</c>: runs the Clues API (GraphQL over HTTP with the GraphiQL playground) on a store.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. {DefaultUrls} (several separated by ';'). Loopback by default: the data is sensitive.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var noPlayground = new Option<bool>("--no-playground")
        {
            Description = "Turn off GraphiQL and schema introspection (both are on by default for local use).",
        };
        var command = new Command("serve", "Run the Clues API: GraphQL over HTTP and the GraphiQL playground, seeding an empty store with demo data.")
        {
            data, urls, noPlayground,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var playground = !parse.GetValue(noPlayground);
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                // appsettings.json and schema/ are copied next to the CLI from Clues.Api.
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Clues:DataDirectory"] = dir.FullName,
                ["Clues:GraphQL:EnableIntrospection"] = playground ? "true" : "false",
                ["Clues:GraphQL:EnableGraphiQL"] = playground ? "true" : "false",
            });
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Services.AddClues(builder.Configuration);

            await using var app = builder.Build();
            app.MapClues();
            await app.StartAsync(cancellationToken);

            var path = app.Services.GetRequiredService<IOptions<CluesOptions>>().Value.GraphQLPath;
            foreach (var address in app.Urls)
            {
                var endpoint = address.TrimEnd('/') + path;
                Console.WriteLine(playground ? $"GraphiQL playground: {endpoint}" : $"GraphQL endpoint: {endpoint}");
            }

            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
