namespace Clues.Cli.BenchApi;

/// <summary>What <c>clues bench api</c> runs.</summary>
/// <param name="DataDirectory">The store to serve; it is copied first, since the API writes (lock, audit log) beside it.</param>
/// <param name="Samples">Sequential calls per latency query, run as about 10 ms of wrk time each on one connection (at least 2 s; key persons a tenth).</param>
/// <param name="Duration">How long the mixed wrk load runs.</param>
/// <param name="Connections">wrk connections for the mixed load.</param>
/// <param name="Threads">wrk threads for the mixed load.</param>
internal sealed record ApiBenchOptions(DirectoryInfo DataDirectory, int Samples, TimeSpan Duration, int Connections = 16, int Threads = 2);
