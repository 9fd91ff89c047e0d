namespace Clues.Core.Graph;

/// <summary>
/// A name search: <see cref="Text"/> is matched as a substring of node names after Unicode NFKC
/// normalisation and invariant lower-casing, so one Chinese character or a two-character given name
/// is found. Results rank exact matches, then prefixes, then other matches; ties go to the shorter
/// name, then to the lower ordinal id. Text that is empty after normalisation raises
/// <see cref="ArgumentException"/>; <see cref="Limit"/> is 1 to 1000.
/// </summary>
public sealed record NameSearchQuery(string Text, IReadOnlySet<NodeLabel>? Labels = null, int Limit = 20);
