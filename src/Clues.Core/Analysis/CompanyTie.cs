using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>How a relative is tied to a company at the time of the contract or payment.</summary>
/// <param name="Type"><see cref="RelType.ShareholderOf"/> or <see cref="RelType.LegalRepresentativeOf"/>.</param>
/// <param name="Share">The shareholding in percent (0–100), for a shareholder whose share is recorded.</param>
/// <param name="Edge">The relationship itself.</param>
public sealed record CompanyTie(RelType Type, decimal? Share, EdgeRef Edge);
