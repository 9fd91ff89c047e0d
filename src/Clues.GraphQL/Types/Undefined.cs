namespace Clues.GraphQL.Types;

/// <summary>
/// Marks "no value" where null is itself a meaningful value (absent vs. explicit null in inputs,
/// not-yet-computed caches, invalid coercions).
/// </summary>
internal sealed class Undefined
{
    private Undefined()
    {
    }

    public static readonly Undefined Value = new();

    public override string ToString() => "undefined";
}
