namespace Clues.GraphQL.Language;

/// <summary>A GraphQL document's text together with a name used in error messages.</summary>
public sealed class Source
{
    // Offsets at which each line starts; computed on first use because most parses never need a
    // line/column (only errors and tooling do), and a scan of the whole body is not free.
    private int[]? _lineStarts;

    /// <summary>Creates a source.</summary>
    /// <param name="body">The document text.</param>
    /// <param name="name">A name for the source, such as a file name; defaults to <c>GraphQL request</c> like graphql-js.</param>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The name of the source, for messages.</summary>
    public string Name { get; }

    /// <summary>
    /// Converts a character offset into a 1-based line and column. Line terminators are <c>\n</c>,
    /// <c>\r\n</c> and <c>\r</c> per the spec; columns count UTF-16 code units.
    /// </summary>
    /// <param name="offset">A 0-based UTF-16 offset into <see cref="Body"/>; clamped to the body's bounds.</param>
    /// <returns>The line and column of <paramref name="offset"/>.</returns>
    public SourceLocation GetLocation(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        offset = Math.Clamp(offset, 0, Body.Length);
        // Binary search for the last line start that is <= offset.
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
