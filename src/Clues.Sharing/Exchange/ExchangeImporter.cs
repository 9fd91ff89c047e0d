using System.Text.Json;
using Clues.Core.Graph;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Packages.Replay;
using Clues.Sharing.Exchange.Import;
using Clues.Sharing.Exchange.Payload;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Decisions;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Exchange;

/// <summary>
/// Takes in an exchange package: verifies it against the sender's key, refuses replays (a second import is a no-op),
/// resolves its persons and companies against the local ones, writes everything new in one graph batch, then records
/// provenance, conflicts and problem lists in <c>exchange.db</c>, queues REVIEW pairs, and last marks the package
/// as seen. Every step is keyed by the package and the sender's ids, so an import cut short is finished by running
/// it again.
/// </summary>
internal sealed class ExchangeImporter(IGraphStore store, string dataDirectory, TimeProvider? time = null)
{
    /// <summary>The replay guard's file in the data directory.</summary>
    public const string ReplayFileName = "exchange-received.txt";

    /// <summary>The review queue and human decisions (a <see cref="MatchDecisionStore"/>) in the data directory.</summary>
    public const string ReviewFileName = "exchange-review.db";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ExchangeImportResult> ImportAsync(string packagePath, OfficePublicKey senderKey, string? office, CancellationToken cancellationToken)
    {
        using var verdict = await new PackageVerifier().VerifyFileAsync(packagePath, senderKey, cancellationToken);
        if (!verdict.IsValid)
        {
            throw new ExchangeRefusedException(verdict.Problem, verdict.Message);
        }

        var manifest = verdict.Package!.Manifest;
        if (manifest.Kind != PackageKind.Exchange)
        {
            throw Refused($"{manifest.Number} is a {manifest.Kind.ToString().ToLowerInvariant()} package, not an exchange package; take it in with `clues package import`.");
        }

        if (office is not null && manifest.Recipient.Code != office)
        {
            throw Refused($"{manifest.Number} is addressed to {manifest.Recipient.Name} ({manifest.Recipient.Code}), not to this office ({office}); pass it on to its addressee.");
        }

        var document = await ReadDocumentAsync(verdict.Package, manifest, cancellationToken);
        var guard = new FilePackageReplayGuard(Path.Combine(dataDirectory, ReplayFileName));
        if (await guard.HasSeenAsync(manifest.PackageId, cancellationToken))
        {
            return new ExchangeImportResult(ExchangeImportStatus.AlreadyImported, manifest.PackageId, manifest.Number, document.From.Code, document.From.Name, document.Direction.ToString(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        await using var review = await MatchDecisionStore.OpenAsync(Path.Combine(dataDirectory, ReviewFileName), cancellationToken);
        var decisions = await review.LoadDecisionsAsync(cancellationToken);
        ImportPlan plan;
        try
        {
            plan = await new ImportPlanner(store, decisions, new Matcher()).PlanAsync(document, cancellationToken);
        }
        catch (ExchangeRefusedException e)
        {
            // The planner names the record and field; the operator also needs the package it came in.
            throw new ExchangeRefusedException(e.Problem, $"{packagePath} ({manifest.Number}), {e.Message}");
        }

        if (!plan.Batch.IsEmpty)
        {
            await store.WriteAsync(plan.Batch, cancellationToken);
        }

        var now = _time.GetUtcNow();
        await using (var ledger = await ExchangeLedger.OpenAsync(dataDirectory, cancellationToken))
        {
            var received = new ReceivedPackage(manifest.PackageId, manifest.Number, document.From, document.To, document.Direction, document.Selection, manifest.CreatedAt, now);
            await ledger.RecordReceivedAsync(received, plan.Provenance, plan.Conflicts, document.ProblemLists, cancellationToken);
        }

        await QueueAsync(review, plan.ReviewPairs, now, cancellationToken);
        await guard.TryRecordAsync(manifest.PackageId, manifest.Number, now, cancellationToken);

        int Count(ProvenanceAction action) => plan.Provenance.Count(p => p.Action == action && p.Label is NodeLabel.Person or NodeLabel.Company or NodeLabel.Unit);
        return new ExchangeImportResult(
            ExchangeImportStatus.Imported,
            manifest.PackageId,
            manifest.Number,
            document.From.Code,
            document.From.Name,
            document.Direction.ToString(),
            Count(ProvenanceAction.Created),
            Count(ProvenanceAction.Linked),
            Count(ProvenanceAction.Review),
            Count(ProvenanceAction.Known),
            plan.Conflicts.Count,
            document.Nodes.Count(n => n.Label == NodeLabel.Clue),
            document.ProblemLists.Count,
            plan.Batch.Nodes.Count,
            plan.Batch.Relationships.Count);
    }

    private static ExchangeRefusedException Refused(string message) => new(PackageProblem.None, message + " Nothing was imported.");

    private static async Task<ExchangeDocument> ReadDocumentAsync(VerifiedPackage package, PackageManifest manifest, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await package.ReadAllBytesAsync(ExchangeDocument.FileName, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            throw Refused($"{manifest.Number} carries no {ExchangeDocument.FileName}; it was not written by `clues exchange export`.");
        }
        catch (PackageRefusedException e)
        {
            throw new ExchangeRefusedException(e.Problem, e.Message);
        }

        ExchangeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ExchangeDocument>(bytes, ExchangeJson.Options);
        }
        catch (JsonException e)
        {
            throw Refused($"{ExchangeDocument.FileName} in {manifest.Number} is signed but not in the format this version reads ({e.Message}).");
        }

        if (document is null || document.Format != ExchangeDocument.CurrentFormat)
        {
            throw Refused($"{ExchangeDocument.FileName} in {manifest.Number} has format '{document?.Format}', this version reads '{ExchangeDocument.CurrentFormat}'. Update Clues on the receiving side.");
        }

        if (document.From is null || document.To is null || document.Nodes is null || document.Relationships is null || document.ProblemLists is null)
        {
            throw Refused($"{ExchangeDocument.FileName} in {manifest.Number} lacks from, to, nodes, relationships or problemLists; it was not written by `clues exchange export`.");
        }

        if (document.From.Code != manifest.Issuer.Code || document.To.Code != manifest.Recipient.Code)
        {
            throw Refused($"{ExchangeDocument.FileName} says it goes from {document.From.Code} to {document.To.Code}, the signed manifest from {manifest.Issuer.Code} to {manifest.Recipient.Code}.");
        }

        return document;
    }

    // The decision store replaces its queue wholesale, so earlier packages' open pairs are carried over.
    private static async Task QueueAsync(MatchDecisionStore review, IReadOnlyList<MatchPair> pairs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var open = await review.ListQueueAsync(cancellationToken);
        var merged = new Dictionary<(string, string), MatchPair>();
        foreach (var item in open)
        {
            merged[(item.LeftId, item.RightId)] = new MatchPair(item.LeftId, item.RightId, EntityKind.Person, item.Score, MatchDecision.Review, item.Reasons);
        }

        foreach (var pair in pairs)
        {
            merged[(pair.LeftId, pair.RightId)] = pair;
        }

        await review.ReplaceQueueAsync(merged.Values, now, cancellationToken);
    }
}
