using System.Text;

namespace Clues.Packages.Container;

/// <summary>The rule for names inside a package, shared by writer and verifier so nothing written is later refused.</summary>
internal static class PackageNames
{
    public const string Manifest = "manifest.json";
    public const string Signature = "manifest.sig";
    private const int MaxLength = 240;

    /// <summary>Why the name is unsafe to extract anywhere, or null when it is safe.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "the name is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"the name is longer than {MaxLength} characters";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "the name holds a backslash (Windows path separator)";
        }

        if (name.Contains(':', StringComparison.Ordinal))
        {
            return "the name holds ':' (a drive letter or alternate stream)";
        }

        if (name.StartsWith('/'))
        {
            return "the name is an absolute path";
        }

        if (name.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            return "the name holds a control character";
        }

        if (!name.IsNormalized(NormalizationForm.FormC))
        {
            return "the name is not in Unicode normal form C (it could pose as another name)";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "the name has an empty path segment ('//' or a trailing '/')";
            }

            if (segment is "." or "..")
            {
                return $"the name has a '{segment}' path segment (path traversal)";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' ') || segment.StartsWith(' '))
            {
                return "a path segment starts with a space or ends with a dot or space";
            }
        }

        return null;
    }

    /// <summary>The key two names collide on when extracted to a case-insensitive file system.</summary>
    public static string CollisionKey(string name) => name.ToUpperInvariant();

    public static bool IsReserved(string name) =>
        string.Equals(name, Manifest, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Signature, StringComparison.OrdinalIgnoreCase);
}
