namespace Clues.Handover.Workflow;

/// <summary>Whose principals may take a step, by jurisdiction.</summary>
internal enum ActorScope
{
    /// <summary>Only the office whose round found the item.</summary>
    Office = 1,
    /// <summary>That office, or for a stub also the city office that collects it.</summary>
    OfficeOrCollector,
    /// <summary>That office recording what the recipient reports, or the receiving body itself.</summary>
    OfficeOrRecipient,
}
