using System.Text.Json;
using Clues.Core.Graph;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Packages.Numbering;
using Clues.Sharing.Exchange.Payload;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Exchange.Selection;

namespace Clues.Sharing.Exchange;

/// <summary>Selects what an office shares with the other level and writes it as a signed exchange package.</summary>
internal sealed class ExchangeExporter(IGraphStore store, string dataDirectory, TimeProvider? time = null)
{
    /// <summary>How exchange packages are numbered, e.g. 江北巡交〔2026〕3号.</summary>
    public const string NumberTemplate = "{prefix}巡交〔{year}〕{seq}号";

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ExchangeExportResult> ExportAsync(ExchangeExportOptions options, CancellationToken cancellationToken)
    {
        var from = await GeographyReader.FindAsync(store, options.Office, "--office", cancellationToken);
        var to = await GeographyReader.FindAsync(store, options.To, "--to", cancellationToken);
        var direction = await GeographyReader.DirectionAsync(store, from, to, cancellationToken);
        using var key = await LoadKeyAsync(options.KeyPath, cancellationToken);
        var document = await new ExchangeSelector(store).SelectAsync(from, to, direction, options.Since, cancellationToken);

        await using var ledger = await ExchangeLedger.OpenAsync(dataDirectory, cancellationToken);
        var now = _time.GetUtcNow();
        var year = now.ToOffset(ChinaTime).Year;
        var sequence = await ledger.NextSequenceAsync(year, cancellationToken);
        var number = new PackageNumberFormat(NumberTemplate).Format(new PackageNumber(from.NumberPrefix, year, sequence));
        var metadata = new Dictionary<string, string>
        {
            ["exchange.format"] = ExchangeDocument.CurrentFormat,
            ["exchange.direction"] = direction.ToString(),
            ["exchange.selection"] = document.Selection,
        };
        if (options.Since is { } since)
        {
            metadata["exchange.since"] = since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var content = new PackageContent(
            PackageKind.Exchange,
            number,
            new PackageParty(from.Code.Value, from.OfficeName),
            new PackageParty(to.Code.Value, to.OfficeName),
            [],
            now,
            [PackageFile.FromBytes(ExchangeDocument.FileName, JsonSerializer.SerializeToUtf8Bytes(document, ExchangeJson.Options))])
        {
            Metadata = metadata,
        };
        var manifest = await PackageWriter.WriteFileAsync(content, key, options.OutPath, cancellationToken);

        int Count(NodeLabel label) => document.Nodes.Count(n => n.Label == label);
        var clues = Count(NodeLabel.Clue);
        var entities = Count(NodeLabel.Person) + Count(NodeLabel.Company) + Count(NodeLabel.Unit);
        await ledger.RecordSentAsync(new SentPackage(manifest.PackageId, number, year, sequence, to.Code.Value, now, clues, entities), cancellationToken);
        return new ExchangeExportResult(
            manifest.PackageId,
            number,
            direction,
            from.OfficeName,
            to.OfficeName,
            clues,
            document.Nodes.Count(n => n.Stub),
            Count(NodeLabel.Person),
            Count(NodeLabel.Company),
            Count(NodeLabel.Unit),
            Count(NodeLabel.InspectionRound),
            document.ProblemLists.Count,
            key.KeyId,
            Path.GetFullPath(options.OutPath));
    }

    private static async Task<OfficeSigningKey> LoadKeyAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await OfficeSigningKey.LoadAsync(path, cancellationToken);
        }
        catch (OfficeKeyException e)
        {
            throw new ExchangeException($"--key: {e.Message}");
        }
    }
}
