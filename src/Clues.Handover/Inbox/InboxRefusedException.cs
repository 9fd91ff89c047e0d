using Clues.Packages.Container;

namespace Clues.Handover.Inbox;

/// <summary>A package was refused at import; nothing was stored. The message names the package and the reason.</summary>
public sealed class InboxRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="refusal">Why.</param>
    /// <param name="problem">The verifier's finding when verification failed, else <see cref="PackageProblem.None"/>.</param>
    /// <param name="message">A sentence naming the package, the problem and what to do.</param>
    public InboxRefusedException(InboxRefusal refusal, PackageProblem problem, string message)
        : base(message)
    {
        Refusal = refusal;
        Problem = problem;
    }

    /// <summary>Why the package was refused.</summary>
    public InboxRefusal Refusal { get; }

    /// <summary>The verifier's finding when verification failed.</summary>
    public PackageProblem Problem { get; }
}
