namespace Clues.Cli.BenchGraphQL;

/// <summary>The fixed load shape of every wrk run: the same for both servers and all queries.</summary>
internal sealed record WrkSettings(int Threads, int Connections, TimeSpan Duration, TimeSpan Warmup, TimeSpan Timeout);
