namespace Clues.Core.Model.Taxonomy;

/// <summary>The Chinese label users read for an enum member (shown in the UI and in documents).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    /// <summary>The label.</summary>
    public string Text { get; } = text;
}
