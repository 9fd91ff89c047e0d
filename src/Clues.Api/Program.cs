using Clues.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClues(builder.Configuration);

var app = builder.Build();
app.MapClues();
await app.RunAsync();

/// <summary>The Clues API host; public so tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
