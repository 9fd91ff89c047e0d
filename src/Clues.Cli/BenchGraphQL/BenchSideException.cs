namespace Clues.Cli.BenchGraphQL;

/// <summary>One side of the bench cannot run; the message says what is wrong and how to fix it.</summary>
internal sealed class BenchSideException : Exception
{
    public BenchSideException(string message)
        : base(message)
    {
    }

    public BenchSideException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
