namespace Clues.Handover.Packaging;

/// <summary>The payload files of a handover package, by their names in the zip.</summary>
public static class HandoverPackageFiles
{
    /// <summary>The clue records (JSON array, one object per handover item).</summary>
    public const string Clues = "clues.json";

    /// <summary>The context subgraph as JSON.</summary>
    public const string ContextJson = "context.json";

    /// <summary>The context subgraph as GraphML.</summary>
    public const string ContextGraphMl = "context.graphml";

    /// <summary>The handover letter (移交函) as PDF.</summary>
    public const string Letter = "letter.pdf";

    /// <summary>The list of clues handed over (移交清单) as CSV, UTF-8 with BOM.</summary>
    public const string Register = "register.csv";
}
