namespace Clues.GraphQL.Language;

/// <summary>A 1-based line and column in a <see cref="Source"/>.</summary>
/// <param name="Line">The 1-based line number; lines are separated by <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 code units (as graphql-js does), so a character outside the BMP occupies two columns.</param>
public readonly record struct SourceLocation(int Line, int Column);
