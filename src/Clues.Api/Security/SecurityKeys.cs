using Clues.Api.Hosting;
using Clues.Graph.Embedded.Sealing;
using Microsoft.Extensions.Options;

namespace Clues.Api.Security;

/// <summary>
/// The deployment's two secrets: the token signing key and the sealing key. Outside Development both must be
/// configured (constructing this fails otherwise, which stops the start); in Development missing keys are
/// generated in the data directory, with a warning, so a fresh checkout runs.
/// </summary>
internal sealed partial class SecurityKeys : IDisposable
{
    public SecurityKeys(
        IOptions<CluesSecurityOptions> security,
        IOptions<CluesOptions> clues,
        IHostEnvironment environment,
        ILogger<SecurityKeys> logger)
    {
        var settings = security.Value;
        DataDirectory = Path.GetFullPath(clues.Value.DataDirectory, environment.ContentRootPath);
        var development = environment.IsDevelopment();

        SigningKey = Obtain(settings.SigningKeyFile, "SigningKeyFile", "dev-token-signing.key", development, logger, SigningKeyFile.Load, SigningKeyFile.Create);
        SealingKey = SealingKeyFromSetting(settings)
            ?? Obtain(settings.SealingKeyFile, "SealingKeyFile", "dev-sealing.key", development, logger, SealingKey.Load, SealingKey.CreateFile);
        var anchorFile = !string.IsNullOrWhiteSpace(settings.AuditAnchorKeyFile) ? settings.AuditAnchorKeyFile
            : !string.IsNullOrWhiteSpace(settings.SigningKeyFile) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.SigningKeyFile))!, "audit.key")
            : null;
        AuditAnchorKey = anchorFile is null ? null : Clues.Graph.Embedded.Audit.AuditAnchorKey.LoadOrCreate(Path.GetFullPath(anchorFile));
        TokenRegistryFile = Path.GetFullPath(
            !string.IsNullOrWhiteSpace(settings.TokenRegistryFile) ? settings.TokenRegistryFile
            : !string.IsNullOrWhiteSpace(settings.SigningKeyFile) ? TokenRegistry.BesideSigningKey(settings.SigningKeyFile)
            : Path.Combine(DataDirectory, "dev-" + TokenRegistry.FileName));
    }

    /// <summary>The token registry file (absolute): beside the signing key, so a copy of the data is not a copy of it.</summary>
    public string TokenRegistryFile { get; }

    /// <summary>The key signing the audit anchor; null keeps it unsigned (Development without key files).</summary>
    public Clues.Graph.Embedded.Audit.AuditAnchorKey? AuditAnchorKey { get; }

    /// <summary>The data directory (absolute), where audit.db and sealed.db live.</summary>
    public string DataDirectory { get; }

    public byte[] SigningKey { get; }

    public SealingKey SealingKey { get; }

    public void Dispose() => SealingKey.Dispose();

    /// <summary>The key given inline (Clues:Security:SealingKey), or null when it is not set.</summary>
    private static SealingKey? SealingKeyFromSetting(CluesSecurityOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SealingKey))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(settings.SealingKeyFile))
        {
            throw new InvalidOperationException(
                "Both Clues:Security:SealingKey and Clues:Security:SealingKeyFile are set; set only one (environment variables "
                + "Clues__Security__SealingKey or Clues__Security__SealingKeyFile), so it is clear which key seals the reporters.");
        }

        return SealingKey.FromBase64(settings.SealingKey, "Clues:Security:SealingKey (environment variable Clues__Security__SealingKey)");
    }

    private T Obtain<T>(
        string? configured,
        string setting,
        string developmentFile,
        bool development,
        ILogger logger,
        Func<string, T> load,
        Func<string, T> create)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return load(Path.GetFullPath(configured));
        }

        if (!development)
        {
            throw new InvalidOperationException(
                $"Clues:Security:{setting} is not set. Outside Development the key must come from a file you provide " +
                $"(environment variable Clues__Security__{setting})" +
                (setting == "SealingKeyFile" ? " or from Clues__Security__SealingKey (the key as base64)" : string.Empty) +
                "; the server will not generate one.");
        }

        var path = Path.Combine(DataDirectory, developmentFile);
        if (File.Exists(path))
        {
            LogUsingDevelopmentKey(logger, setting, path);
            return load(path);
        }

        LogGeneratingDevelopmentKey(logger, setting, path);
        return create(path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clues:Security:{Setting} is not set; Development uses the generated key {Path}. Never use it in production: it lives next to the data it protects.")]
    private static partial void LogUsingDevelopmentKey(ILogger logger, string setting, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clues:Security:{Setting} is not set; Development generated a new key at {Path}. Never use it in production: it lives next to the data it protects.")]
    private static partial void LogGeneratingDevelopmentKey(ILogger logger, string setting, string path);
}
