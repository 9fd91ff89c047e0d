namespace Clues.GraphQL.Language;

/// <summary>A type-system node that can carry a description string.</summary>
public interface IHasDescription
{
    /// <summary>The description, or <see langword="null"/> when none was written.</summary>
    StringValue? Description { get; }
}
