namespace Clues.GraphQL.Language;

/// <summary>A node that can carry directives; lets directive rules handle every location uniformly.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node, in source order (empty when none).</summary>
    IReadOnlyList<Directive> Directives { get; }
}
