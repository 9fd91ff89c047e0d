namespace Clues.Handover.Workflow;

/// <summary>Where the workflow keeps its data and which calendar day it is at the office.</summary>
/// <param name="DataDirectory">Folder of <c>handover.db</c> (the deployment's data directory).</param>
public sealed record HandoverWorkflowOptions(string DataDirectory)
{
    /// <summary>The offices' offset from UTC, which decides "today" for round ends and deadlines (China: +8).</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "handover.db");
}
