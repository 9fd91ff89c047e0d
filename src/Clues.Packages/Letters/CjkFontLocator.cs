using System.Diagnostics;

namespace Clues.Packages.Letters;

/// <summary>
/// Finds a Chinese font with TrueType outlines at run time: <c>CLUES_LETTER_FONT</c> if set, then known Debian
/// paths, then whatever fontconfig lists. (fonts-noto-cjk has CFF outlines, which cannot be embedded compactly.)
/// </summary>
public static class CjkFontLocator
{
    /// <summary>The Debian package that provides the preferred font (AR PL UMing, a Song/Ming face suited to official letters).</summary>
    public const string DebianPackage = "fonts-arphic-uming";

    /// <summary>The environment variable that names a font file explicitly.</summary>
    public const string EnvironmentVariable = "CLUES_LETTER_FONT";

    internal const string InstallHint = $"Install the Debian package {DebianPackage} (apt-get install {DebianPackage}) or set {EnvironmentVariable} to a .ttf/.ttc Chinese font with TrueType outlines.";

    /// <summary>Font files tried in order before asking fontconfig.</summary>
    public static IReadOnlyList<string> KnownPaths { get; } =
    [
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    /// <summary>The path of a usable font.</summary>
    /// <exception cref="CjkFontNotFoundException">None was found; the message names the Debian package.</exception>
    public static async Task<string> LocateAsync(CancellationToken cancellationToken)
    {
        var explicitPath = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new CjkFontNotFoundException($"{EnvironmentVariable} names {explicitPath}, but there is no file there. Point it at a .ttf/.ttc or unset it.");
        }

        var known = KnownPaths.FirstOrDefault(File.Exists);
        if (known is not null)
        {
            return known;
        }

        var listed = await FontconfigAsync(cancellationToken);
        return listed.FirstOrDefault(p => p.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
            ?? throw new CjkFontNotFoundException($"No Chinese TrueType font found (looked at {string.Join(", ", KnownPaths)} and fontconfig). {InstallHint}");
    }

    private static async Task<List<string>> FontconfigAsync(CancellationToken cancellationToken)
    {
        try
        {
            var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(":lang=zh:fontformat=TrueType");
            start.ArgumentList.Add("file");
            using var process = Process.Start(start);
            if (process is null)
            {
                return [];
            }

            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.TrimEnd(':').Trim())
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No fontconfig on this machine: the known paths were the only chance.
            return [];
        }
    }
}
