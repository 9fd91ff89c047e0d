namespace Clues.Packages.Container;

/// <summary>Why a package was refused; <see cref="None"/> when it verified.</summary>
public enum PackageProblem
{
    /// <summary>Every byte is as signed.</summary>
    None,

    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>The file is not a zip.</summary>
    NotAZip,

    /// <summary>The zip is cut short.</summary>
    Truncated,

    /// <summary>The zip's structure is inconsistent (overlapping entries, hidden bytes, bad headers, bad CRC).</summary>
    Damaged,

    /// <summary>The zip's headers differ from what the package writer produces (timestamps, attributes, extra fields, comments): it was repacked or edited.</summary>
    Rewritten,

    /// <summary>The zip uses a feature packages never use (encryption, ZIP64, other compression methods).</summary>
    Unsupported,

    /// <summary>More entries than the limit.</summary>
    TooManyEntries,

    /// <summary>An entry or the whole package inflates past the size limits.</summary>
    TooLarge,

    /// <summary>An entry inflates far more than its compressed size allows (a zip bomb).</summary>
    CompressionRatio,

    /// <summary>An entry holds more or fewer bytes than its zip header declares.</summary>
    HeaderSizeMismatch,

    /// <summary>An entry name could escape the extraction folder or is otherwise unsafe (.., absolute, backslash, drive, symlink).</summary>
    UnsafeName,

    /// <summary>Two entries have the same name, ignoring case.</summary>
    DuplicateName,

    /// <summary>manifest.json or manifest.sig is missing.</summary>
    MissingManifest,

    /// <summary>manifest.json or manifest.sig is not in the expected format.</summary>
    InvalidManifest,

    /// <summary>The package was signed by another key than the one given.</summary>
    WrongKey,

    /// <summary>The signature does not match manifest.json.</summary>
    BadSignature,

    /// <summary>A file listed in the manifest is not in the zip.</summary>
    MissingFile,

    /// <summary>The zip holds a file the manifest does not list.</summary>
    ExtraFile,

    /// <summary>A file's size or SHA-256 differs from the manifest.</summary>
    ContentChanged,
}
