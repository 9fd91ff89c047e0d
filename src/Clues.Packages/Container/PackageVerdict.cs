namespace Clues.Packages.Container;

/// <summary>The outcome of verifying a package. Dispose it to release the package file.</summary>
public sealed class PackageVerdict : IDisposable
{
    private PackageVerdict(PackageProblem problem, string? entryName, string message, VerifiedPackage? package)
    {
        Problem = problem;
        EntryName = entryName;
        Message = message;
        Package = package;
    }

    /// <summary>True only when every byte is as signed.</summary>
    public bool IsValid => Problem == PackageProblem.None;

    /// <summary>What was wrong, or <see cref="PackageProblem.None"/>.</summary>
    public PackageProblem Problem { get; }

    /// <summary>The entry the problem concerns, when there is one.</summary>
    public string? EntryName { get; }

    /// <summary>A sentence for people: on failure it names the file and the problem.</summary>
    public string Message { get; }

    /// <summary>The verified package, present only when <see cref="IsValid"/>.</summary>
    public VerifiedPackage? Package { get; }

    internal static PackageVerdict Valid(VerifiedPackage package, string message) => new(PackageProblem.None, null, message, package);

    internal static PackageVerdict Refused(PackageRefusedException refusal) => new(refusal.Problem, refusal.EntryName, refusal.Message, null);

    /// <inheritdoc />
    public void Dispose() => Package?.Dispose();
}
