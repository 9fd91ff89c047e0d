namespace Clues.Sharing.Matching.Io;

/// <summary>A line of a match input file that cannot be read; the message names the file and line and what to fix.</summary>
public sealed class MatchInputException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> line <paramref name="line"/>.</summary>
    public MatchInputException(string file, int line, string problem)
        : base($"{file} line {line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>The file as given.</summary>
    public string File { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }
}
