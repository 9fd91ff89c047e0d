using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>The contract behind a <see cref="ConflictKind.Contract"/> hit, as recorded on <see cref="RelType.Contracted"/>.</summary>
/// <param name="Project">The project contracted.</param>
/// <param name="Amount">Contract amount in yuan, when recorded.</param>
/// <param name="ContractNo">Contract number, when recorded.</param>
/// <param name="SignedOn">The contract date (start of the relationship's validity); null when unknown.</param>
/// <param name="ValidTo">End of the contract's validity; null when open.</param>
/// <param name="Edge">The Contracted relationship.</param>
public sealed record ContractFacts(NodeRef Project, decimal? Amount, string? ContractNo, DateOnly? SignedOn, DateOnly? ValidTo, EdgeRef Edge);
