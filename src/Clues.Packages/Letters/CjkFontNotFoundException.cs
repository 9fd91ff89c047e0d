namespace Clues.Packages.Letters;

/// <summary>No Chinese font that letters can embed was found; the message names the Debian package to install.</summary>
public sealed class CjkFontNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CjkFontNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CjkFontNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
