namespace Clues.Core.Graph;

/// <summary>A request the store refuses: the message names the thing at fault and how to fix it.</summary>
public class GraphStoreException : Exception
{
    /// <summary>Creates the exception with a message naming the thing and the fix.</summary>
    public GraphStoreException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public GraphStoreException(string message, Exception inner) : base(message, inner) { }
}
