namespace Clues.Handover.Routing;

/// <summary>A case the rule table cannot decide because its facts are inconsistent; the message names the fact and the fix.</summary>
public sealed class RoutingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is inconsistent and how to fix it.</param>
    public RoutingException(string message)
        : base(message)
    {
    }
}
