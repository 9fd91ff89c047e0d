using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>The conflicts found for a subject, and notes on what could not be checked.</summary>
/// <param name="Subject">The cadre or unit asked about.</param>
/// <param name="Hits">Hits ordered by cadre id, kind, day, company id, then project or payment id.</param>
/// <param name="Notes">Why a possible chain was not checked or is weak (e.g. no leading-team post, unknown contract date).</param>
public sealed record ConflictOfInterestReport(NodeRef Subject, IReadOnlyList<ConflictOfInterestHit> Hits, IReadOnlyList<string> Notes);
