namespace Clues.Handover.Routing;

/// <summary>A rule table that failed validation; <see cref="Errors"/> names each problem with its line or rule.</summary>
public sealed class HandoverRuleTableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or resource) read.</param>
    /// <param name="errors">Every problem found.</param>
    public HandoverRuleTableException(string source, IReadOnlyList<string> errors)
        : base($"Handover rule table {source} is invalid; fix it and load it again:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        TableSource = source;
        Errors = errors;
    }

    /// <summary>The file (or resource) read.</summary>
    public string TableSource { get; }

    /// <summary>Every problem found, each naming its line or rule.</summary>
    public IReadOnlyList<string> Errors { get; }
}
