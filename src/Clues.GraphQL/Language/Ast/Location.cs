namespace Clues.GraphQL.Language;

/// <summary>The span of source text a <see cref="SyntaxNode"/> was parsed from.</summary>
public sealed class Location
{
    /// <summary>Creates a location.</summary>
    /// <param name="start">The 0-based offset of the node's first character.</param>
    /// <param name="end">The 0-based offset just past the node's last character.</param>
    /// <param name="source">The source the offsets refer to.</param>
    public Location(int start, int end, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>The 0-based offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>The 0-based offset just past the node's last character.</summary>
    public int End { get; }

    /// <summary>The source the offsets refer to.</summary>
    public Source Source { get; }

    /// <summary>The 1-based line and column of <see cref="Start"/>.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);

    /// <summary>The 1-based line and column of <see cref="End"/>.</summary>
    public SourceLocation EndLocation => Source.GetLocation(End);

    /// <inheritdoc />
    public override string ToString() => $"{Start}..{End}";
}
