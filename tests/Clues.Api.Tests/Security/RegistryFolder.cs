using Clues.Api.Security;

namespace Clues.Api.Tests.Security;

/// <summary>A temporary keys folder with a real token registry (tokens.db) in it, deleted on dispose.</summary>
internal sealed class RegistryFolder : IDisposable
{
    public RegistryFolder()
    {
        Directory.CreateDirectory(Path);
        Registry = TokenRegistry.Open(System.IO.Path.Combine(Path, TokenRegistry.FileName));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clues-tokens-" + Guid.NewGuid().ToString("N"));

    public TokenRegistry Registry { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
