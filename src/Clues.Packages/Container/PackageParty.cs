namespace Clues.Packages.Container;

/// <summary>An office or body that issues or receives a package.</summary>
/// <param name="Code">Its code, e.g. the division code 431400 or an organisation code.</param>
/// <param name="Name">Its Chinese name, e.g. 江临市委巡察办.</param>
public sealed record PackageParty(string Code, string Name);
