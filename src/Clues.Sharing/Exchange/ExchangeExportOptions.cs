namespace Clues.Sharing.Exchange;

/// <summary>What to export and where.</summary>
/// <param name="Office">The sending office's division code, e.g. 431421.</param>
/// <param name="To">The receiving office's division code: the city above, or one of the city's counties.</param>
/// <param name="KeyPath">The sending office's office.key.</param>
/// <param name="OutPath">The package file to write.</param>
/// <param name="Since">Only clues received on or after this day.</param>
internal sealed record ExchangeExportOptions(string Office, string To, string KeyPath, string OutPath, DateOnly? Since = null);
