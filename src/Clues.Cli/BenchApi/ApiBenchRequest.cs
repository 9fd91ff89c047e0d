namespace Clues.Cli.BenchApi;

/// <summary>One GraphQL request the bench sends: the JSON body, and the name of the field it asks for.</summary>
internal sealed record ApiBenchRequest(string Field, string Body);
