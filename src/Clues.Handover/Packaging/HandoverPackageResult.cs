namespace Clues.Handover.Packaging;

/// <summary>An issued clue package.</summary>
/// <param name="Number">The package number, e.g. 江临巡移〔2026〕12号.</param>
/// <param name="PackageId">The manifest's package id.</param>
/// <param name="Path">Where the zip was written.</param>
/// <param name="Recipient">The recipient's name as addressed in the letter.</param>
/// <param name="Clues">How many clues (handover items) it carries.</param>
/// <param name="Stubs">How many of them are stubs only (province-managed cadres).</param>
/// <param name="ContextNodes">Nodes in the context subgraph.</param>
/// <param name="ContextRelationships">Relationships in the context subgraph.</param>
/// <param name="Bytes">Size of the zip.</param>
/// <param name="ReporterIdentities">How many sealed reporter identities went in (0 unless released).</param>
public sealed record HandoverPackageResult(
    string Number,
    Guid PackageId,
    string Path,
    string Recipient,
    int Clues,
    int Stubs,
    int ContextNodes,
    int ContextRelationships,
    long Bytes,
    int ReporterIdentities);
