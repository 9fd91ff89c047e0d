namespace Clues.Cli.Fuzz;

/// <summary>One package to judge.</summary>
/// <param name="Kind">The mutation that made it.</param>
/// <param name="Bytes">The zip.</param>
/// <param name="MustRefuse">True when no verdict but a refusal is right (a forgery, an unsafe name, a bomb); false when a byte
/// mutation may have left the content intact, so "valid" is right only if every file and the manifest are as signed.</param>
/// <param name="Origin">The sample it was made from.</param>
internal sealed record PackageFuzzInput(string Kind, byte[] Bytes, bool MustRefuse, PackageSample Origin);
