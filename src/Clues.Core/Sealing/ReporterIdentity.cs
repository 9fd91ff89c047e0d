namespace Clues.Core.Sealing;

/// <summary>
/// Who reported a clue (举报人). Kept apart from the clue, encrypted at rest and shown only to designated office
/// staff. <see cref="ToString"/> reveals nothing, so the identity cannot leak through logs or exception messages.
/// </summary>
/// <param name="Name">The reporter's name.</param>
/// <param name="Contact">Phone, address or e-mail, or null.</param>
/// <param name="IdNumber">National id number, or null when not given.</param>
/// <param name="Note">Free text (e.g. wishes about contact), or null.</param>
public sealed record ReporterIdentity(string Name, string? Contact, string? IdNumber, string? Note)
{
    /// <summary>A placeholder: the generated record ToString would print every field.</summary>
    /// <returns>The text <c>ReporterIdentity { sealed }</c>.</returns>
    public override string ToString() => "ReporterIdentity { sealed }";
}
