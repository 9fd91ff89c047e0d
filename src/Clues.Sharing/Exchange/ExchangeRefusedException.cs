using Clues.Packages.Container;

namespace Clues.Sharing.Exchange;

/// <summary>A package was refused and nothing was imported: it is not as signed, not an exchange, or not for this office.</summary>
internal sealed class ExchangeRefusedException(PackageProblem problem, string message) : Exception(message)
{
    /// <summary>The verifier's finding, or <see cref="PackageProblem.None"/> when the package verified but its content was refused.</summary>
    public PackageProblem Problem { get; } = problem;
}
