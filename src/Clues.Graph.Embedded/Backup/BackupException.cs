namespace Clues.Graph.Embedded.Backup;

/// <summary>A backup or restore refused or failed; the message names the file or folder and what to do.</summary>
public sealed class BackupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public BackupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="inner">The cause.</param>
    public BackupException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public BackupException()
        : base("The backup or restore failed.")
    {
    }
}
