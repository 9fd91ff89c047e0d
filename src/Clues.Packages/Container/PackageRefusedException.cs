namespace Clues.Packages.Container;

/// <summary>A package (or one of its files) failed a check; the message names the entry and the problem.</summary>
public sealed class PackageRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackageRefusedException(PackageProblem problem, string? entryName, string message)
        : base(message)
    {
        Problem = problem;
        EntryName = entryName;
    }

    /// <summary>The kind of problem.</summary>
    public PackageProblem Problem { get; }

    /// <summary>The entry concerned, when there is one.</summary>
    public string? EntryName { get; }
}
