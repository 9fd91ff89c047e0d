namespace Clues.Handover.Routing;

/// <summary>
/// The versioned handover rule table (schema/handover-rules.yaml), loaded and validated once at start-up.
/// The file's header documents its format; <see cref="HandoverRouter"/> applies it.
/// </summary>
public sealed class HandoverRuleTable
{
    private const string ResourceName = "Clues.Handover.handover-rules.yaml";

    internal HandoverRuleTable(string source, string version, string name, int defaultFeedbackMonths, IReadOnlyList<HandoverRule> rules)
    {
        Source = source;
        Version = version;
        Name = name;
        DefaultFeedbackMonths = defaultFeedbackMonths;
        Rules = rules;
    }

    /// <summary>Where the table was read from (a path, or the built-in resource).</summary>
    public string Source { get; }

    /// <summary>The table's version; every decision carries it.</summary>
    public string Version { get; }

    /// <summary>The table's display name.</summary>
    public string Name { get; }

    /// <summary>Months a recipient has to report back unless a rule says otherwise (3 by statute).</summary>
    public int DefaultFeedbackMonths { get; }

    /// <summary>The rules in precedence order: the first that matches decides.</summary>
    public IReadOnlyList<HandoverRule> Rules { get; }

    /// <summary>The table shipped with Clues (schema/handover-rules.yaml, embedded in this assembly).</summary>
    /// <returns>The validated table.</returns>
    /// <exception cref="HandoverRuleTableException">The shipped table is invalid (a build defect).</exception>
    public static HandoverRuleTable BuiltIn()
    {
        using var stream = typeof(HandoverRuleTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The rule table resource {ResourceName} is missing from {typeof(HandoverRuleTable).Assembly.GetName().Name}; rebuild Clues.Handover.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "built-in schema/handover-rules.yaml");
    }

    /// <summary>Reads and validates a rule table file (a province's or city's variant).</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The validated table.</returns>
    /// <exception cref="HandoverRuleTableException">The file is missing or invalid; the errors name each line or rule.</exception>
    public static async Task<HandoverRuleTable> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new HandoverRuleTableException(full, [$"no file at {full}; give the path of a rule table such as schema/handover-rules.yaml."]);
        }

        return Parse(await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false), full);
    }

    /// <summary>Parses and validates rule table text.</summary>
    /// <param name="yaml">The table in YAML.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <returns>The validated table.</returns>
    /// <exception cref="HandoverRuleTableException">The text is invalid.</exception>
    public static HandoverRuleTable Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return RuleTableParser.Parse(yaml, source);
    }

    /// <summary>The feedback deadline a rule's decisions get.</summary>
    /// <param name="rule">A rule of this table.</param>
    /// <returns>Months from hand-over.</returns>
    public int FeedbackMonthsOf(HandoverRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.FeedbackMonths ?? DefaultFeedbackMonths;
    }
}
