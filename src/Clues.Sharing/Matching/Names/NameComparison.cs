namespace Clues.Sharing.Matching.Names;

/// <summary>The outcome of comparing two names and the phrase that explains it.</summary>
internal readonly record struct NameComparison(NameAgreement Agreement, string Detail, bool SurnameDiffers);
