namespace Clues.Sharing.Exchange;

/// <summary>How an import ended.</summary>
internal enum ExchangeImportStatus
{
    /// <summary>The package was taken in.</summary>
    Imported = 1,

    /// <summary>The package was taken in before; nothing was changed.</summary>
    AlreadyImported = 2,
}
