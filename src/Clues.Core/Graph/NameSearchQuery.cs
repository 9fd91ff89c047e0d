namespace Clues.Core.Graph;

/// <summary>
/// A name search: <see cref="Text"/> is matched as a substring of node names after Unicode NFKC
/// normalisation and invariant lower-casing, so one Chinese character or a two-character given name
/// is found. Results rank exact matches, then prefixes, then other matches; ties go to the shorter
/// name, then to the lower id.
/// </summary>
public sealed record NameSearchQuery(string Text, IReadOnlySet<NodeLabel>? Labels = null, int Limit = 20);
