using Clues.Api.Hosting;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Core.Sealing;
using Clues.Handover.Drafting;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Packages.Keys;
using Microsoft.Extensions.Options;

namespace Clues.Api.Handover;

/// <summary>
/// The handover services of one API process: the rule table (loaded and validated on first use, so a bad variant
/// file names its errors in the first answer and the log), the workflow over <c>handover.db</c> in the data
/// directory, and the package exporter. Opened once, lazily, because opening reads files and the data directory
/// is only known once the host has its configuration.
/// </summary>
internal sealed class HandoverRuntime(IOptions<CluesOptions> clues, IOptions<HandoverOptions> options, IGraphStore store, ISealedReporterStore sealedReporters, IAuditLog audit, TimeProvider time)
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private Opened? _opened;

    public async Task<HandoverRouter> RouterAsync(CancellationToken cancellationToken) => (await OpenAsync(cancellationToken).ConfigureAwait(false)).Router;

    public async Task<HandoverWorkflow> WorkflowAsync(CancellationToken cancellationToken) => (await OpenAsync(cancellationToken).ConfigureAwait(false)).Workflow;

    public ClueFactsReader Facts => new(store);

    public async Task<ClueHandoverDrafter> DrafterAsync(CancellationToken cancellationToken) =>
        new(Facts, await WorkflowAsync(cancellationToken).ConfigureAwait(false));

    public async Task<(HandoverPackageExporter Exporter, OfficeSigningKey Key, string PackageFolder)> ExporterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SigningKeyFile))
        {
            throw new InvalidOperationException("No office signing key is configured (Clues:Handover:SigningKeyFile); create one with `clues keys init` and configure its office.key.");
        }

        var opened = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var key = await OfficeSigningKey.LoadAsync(settings.SigningKeyFile, cancellationToken).ConfigureAwait(false);
        var data = clues.Value.DataDirectory;
        // With the audit log, every clue that goes out is recorded (ExportClue) before the package is written.
        var exporter = new HandoverPackageExporter(store, opened.Workflow, sealedReporters, new HandoverPackageOptions(settings.OfficeCode, settings.OfficeName, settings.NumberPrefix), data, time, audit);
        return (exporter, key, Path.Combine(data, "packages", "outbox"));
    }

    private async Task<Opened> OpenAsync(CancellationToken cancellationToken)
    {
        if (_opened is { } ready)
        {
            return ready;
        }

        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_opened is { } again)
            {
                return again;
            }

            var table = string.IsNullOrWhiteSpace(options.Value.RulesFile)
                ? HandoverRuleTable.BuiltIn()
                : await HandoverRuleTable.LoadFileAsync(options.Value.RulesFile, cancellationToken).ConfigureAwait(false);
            var router = new HandoverRouter(table);
            var workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(clues.Value.DataDirectory), router, time, cancellationToken).ConfigureAwait(false);
            _opened = new Opened(router, workflow);
            return _opened;
        }
        finally
        {
            _opening.Release();
        }
    }

    private sealed record Opened(HandoverRouter Router, HandoverWorkflow Workflow);
}
