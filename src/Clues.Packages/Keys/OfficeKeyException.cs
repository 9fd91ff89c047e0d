namespace Clues.Packages.Keys;

/// <summary>An office key file is missing, unreadable or of the wrong kind; the message names the file and the fix.</summary>
public sealed class OfficeKeyException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the fix.</summary>
    public OfficeKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public OfficeKeyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
