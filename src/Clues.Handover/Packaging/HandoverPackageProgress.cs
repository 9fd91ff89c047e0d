namespace Clues.Handover.Packaging;

/// <summary>How far an export is: the phase and the items done in it.</summary>
/// <param name="Phase">
/// In order: <c>read</c> (clue records and subjects), <c>context</c> (neighbourhoods of the subjects),
/// <c>approvals</c> (who filed and approved, and the package number), <c>documents</c> (letter PDF, JSON, GraphML,
/// CSV), <c>write</c> (zip and signature) and <c>handover</c> (items moved to HANDED_OVER).
/// </param>
/// <param name="Done">Units done in the phase.</param>
/// <param name="Total">Units in the phase.</param>
public sealed record HandoverPackageProgress(string Phase, int Done, int Total);
