using Clues.Graph.Neo4j.Migration;

namespace Clues.Graph.Neo4j.Tests.Migration;

/// <summary>Keeps every progress report, in order.</summary>
internal sealed class Recorder(List<MigrationProgress> reports) : IProgress<MigrationProgress>
{
    public void Report(MigrationProgress value) => reports.Add(value);
}
