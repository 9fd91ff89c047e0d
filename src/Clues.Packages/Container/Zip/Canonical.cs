namespace Clues.Packages.Container.Zip;

/// <summary>
/// The zip header values the package writer always produces. The verifier insists on them so that no header byte
/// can change without notice: timestamps, attributes, extra fields and comments are not covered by the signature.
/// </summary>
internal static class Canonical
{
    /// <summary>2000-01-01 00:00:00 as MS-DOS date and time.</summary>
    public const ushort DosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

    public const ushort DosTime = 0;

    public static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Regular file, rw-r--r--, in the Unix half of the external attributes.</summary>
    public const uint ExternalAttributes = 0x81A4_0000;

    public const ushort VersionNeeded = 20;

    /// <summary>"Version made by" zip 2.0; the high byte, the host, is 0 (written on Windows) or 3 (Unix).</summary>
    public const int VersionMadeBy = 20;

    /// <summary>UTF-8 names.</summary>
    public const int Flags = 1 << 11;

    /// <summary>Set by streaming writers, whose sizes follow the data.</summary>
    public const int DataDescriptorFlag = 1 << 3;
}
