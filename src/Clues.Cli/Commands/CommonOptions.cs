using System.CommandLine;

namespace Clues.Cli.Commands;

/// <summary>Options shared by several verbs, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Folder of the embedded store (created when missing).",
        Required = true,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON object on standard output.",
    };
}
