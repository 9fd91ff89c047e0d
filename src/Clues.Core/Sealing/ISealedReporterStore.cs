using Clues.Core.Access;
using Clues.Core.Identifiers;

namespace Clues.Core.Sealing;

/// <summary>
/// Sealed reporter identities, stored apart from clue content (never in the graph, packages or exports).
/// Every access, granted or denied, is written to the audit log before the call returns.
/// </summary>
public interface ISealedReporterStore
{
    /// <summary>Seals (or replaces) the identity of a clue's reporter. Requires <see cref="Permission.RegisterClue"/>.</summary>
    /// <param name="clueId">The clue's node id.</param>
    /// <param name="jurisdiction">The jurisdiction of the office that owns the clue; bounds who may unseal it.</param>
    /// <param name="identity">The identity.</param>
    /// <param name="principal">Who registers it.</param>
    /// <param name="reason">Purpose recorded in the audit log.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored and audited.</returns>
    /// <exception cref="AccessDeniedException">The principal may not register clues.</exception>
    Task PutAsync(string clueId, DivisionCode jurisdiction, ReporterIdentity identity, Principal principal, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unseals a clue's reporter identity. Requires <see cref="Permission.ReadReporterIdentity"/> and the clue's
    /// jurisdiction within the principal's view.
    /// </summary>
    /// <param name="clueId">The clue's node id.</param>
    /// <param name="principal">Who asks.</param>
    /// <param name="reason">Why (required: recorded in the audit log).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identity, or null when none is sealed for the clue.</returns>
    /// <exception cref="AccessDeniedException">The principal may not see it (the attempt is audited).</exception>
    Task<ReporterIdentity?> GetAsync(string clueId, Principal principal, string reason, CancellationToken cancellationToken = default);
}
