namespace Clues.Graph.Embedded;

/// <summary>Where and how the embedded graph store keeps its data.</summary>
/// <param name="DataDirectory">The folder holding <c>graph.db</c>; created when missing.</param>
public sealed record EmbeddedGraphStoreOptions(string DataDirectory)
{
    /// <summary>
    /// True (the default) makes every committed batch survive a power cut (SQLite <c>synchronous=FULL</c>);
    /// false only survives a killed process (<c>synchronous=NORMAL</c>), which loads faster.
    /// </summary>
    public bool SynchronousFull { get; init; } = true;
}
