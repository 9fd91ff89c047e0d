namespace Clues.Api.Tests.Handover;

/// <summary>The API in Production settings with an office signing key folder for handover packages.</summary>
public sealed class HandoverApiFactory : ApiFactory
{
    public string OfficeKeyDirectory { get; } = Path.Combine(Path.GetTempPath(), "clues-office-keys-" + Guid.NewGuid().ToString("N"));
}
