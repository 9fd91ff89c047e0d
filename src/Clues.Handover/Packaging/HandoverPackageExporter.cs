using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Export;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Clues.Handover.Drafting;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Packages.Letters;
using Clues.Packages.Numbering;

namespace Clues.Handover.Packaging;

/// <summary>
/// Issues a signed clue package (线索移交材料) for approved handover items bound for one recipient, then moves the
/// items to HANDED_OVER. The package holds clues.json (the clue records; reporter identity only when a custodian
/// released it and the recipient is entitled), context.json and context.graphml (each subject's neighbourhood; other
/// clues are left out, since a clue travels only to where it was routed), letter.pdf (the 移交函) and register.csv
/// (移交清单). Province stubs (stub-only items) carry the stub only: code, subjects and problems, no content, no context.
/// </summary>
/// <remarks>
/// Everything that can refuse the export (state, recipient, role, jurisdiction, round end, release) is checked before
/// a byte is written. The zip is written before the items move, so a crash in between leaves approved items and a
/// package that was never recorded as sent (export them again; the number is then skipped), never items handed over
/// without a package. Thread-safe; one instance may serve many exports.
/// </remarks>
public sealed class HandoverPackageExporter
{
    private const int ReadChunk = 500;

    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 2, 4);

    private static readonly JsonSerializerOptions Json = new(NodeMapper.JsonOptions)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Context never passes through a clue: other clues about the same people stay with the office that holds them.
    private static readonly TraversalFilter ContextFilter = new(NodeLabels: Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.Clue).ToHashSet());

    // The facts reader asks exactly this of every clue, so the memo answers it without a second store read.
    private static readonly TraversalFilter ClueLinksFilter = new(new HashSet<RelType> { RelType.FoundIn, RelType.Concerns }, Direction: Direction.Outgoing);

    private readonly IGraphStore _store;
    private readonly HandoverWorkflow _workflow;
    private readonly ISealedReporterStore? _sealedReporters;
    private readonly HandoverPackageOptions _options;
    private readonly string _dataDirectory;
    private readonly TimeProvider _time;
    private readonly IAuditLog? _audit;
    private readonly PackageNumberFormat _numbers;
    private readonly SemaphoreSlim _fontGate = new(1, 1);
    private ChineseLetterPdf? _letters;

    /// <summary>Creates the exporter for one office.</summary>
    /// <param name="store">The graph the clues and their context are read from.</param>
    /// <param name="workflow">The handover workflow over the same data directory.</param>
    /// <param name="sealedReporters">The sealed reporter store; needed only to release identities (null otherwise).</param>
    /// <param name="options">Issuing office, numbering and context size.</param>
    /// <param name="dataDirectory">The data directory; package numbers are counted in its <c>packages/</c> folder.</param>
    /// <param name="time">The clock for the manifest's creation time; the system clock when null.</param>
    /// <param name="audit">
    /// The audit log; when given, every clue that goes out is recorded (action <c>ExportClue</c>, the package number
    /// as reason, the package id as request id) before the package is written.
    /// </param>
    /// <exception cref="ArgumentException">The options name no valid office code, template or context size.</exception>
    public HandoverPackageExporter(
        IGraphStore store,
        HandoverWorkflow workflow,
        ISealedReporterStore? sealedReporters,
        HandoverPackageOptions options,
        string dataDirectory,
        TimeProvider? time = null,
        IAuditLog? audit = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        if (!DivisionCode.TryParse(options.OfficeCode, out _, out var codeError))
        {
            throw new ArgumentException($"HandoverPackageOptions.OfficeCode: {codeError}", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.OfficeName))
        {
            throw new ArgumentException("HandoverPackageOptions.OfficeName is empty; give the issuing office's name as printed on the letter, e.g. 中共江临市委巡察工作领导小组办公室.", nameof(options));
        }

        if (options.ContextDepth is < 1 or > NeighborhoodQuery.MaxDepth || options.ContextLimit < 1)
        {
            throw new ArgumentException($"HandoverPackageOptions: ContextDepth must be 1 to {NeighborhoodQuery.MaxDepth} (is {options.ContextDepth}) and ContextLimit at least 1 (is {options.ContextLimit}).", nameof(options));
        }

        try
        {
            _numbers = new PackageNumberFormat(options.NumberTemplate);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"HandoverPackageOptions.NumberTemplate: {e.Message}", nameof(options), e);
        }

        _store = store;
        _workflow = workflow;
        _sealedReporters = sealedReporters;
        _options = options;
        _dataDirectory = dataDirectory;
        _time = time ?? TimeProvider.System;
        _audit = audit;
    }

    /// <summary>Exports the items to <paramref name="outputPath"/>, signed with <paramref name="key"/>, as <paramref name="actor"/>; then hands them over.</summary>
    /// <param name="actor">A HandoverOfficer of the issuing office (for province stubs also of the city office that collects them).</param>
    /// <param name="itemIds">APPROVED handover items, all for one recipient.</param>
    /// <param name="key">The office's signing key.</param>
    /// <param name="outputPath">Where to write the zip; must not exist yet.</param>
    /// <param name="release">A custodian's release of reporter identities, or null to keep them sealed.</param>
    /// <param name="progress">Receives progress by phase; may be null.</param>
    /// <param name="cancellationToken">Cancels the export (before the items move).</param>
    /// <returns>The package issued.</returns>
    /// <exception cref="HandoverRefusedException">An item is not APPROVED, the items go to different recipients, the actor may not issue them, a stub's round has not ended, or the release is not allowed for the recipient.</exception>
    /// <exception cref="HandoverItemNotFoundException">An item does not exist or is outside the actor's jurisdiction.</exception>
    /// <exception cref="AccessDeniedException">The custodian may not unseal reporter identities (the attempt is audited).</exception>
    /// <exception cref="IOException">The output file exists already.</exception>
    public async Task<HandoverPackageResult> ExportAsync(
        Principal actor,
        IReadOnlyList<string> itemIds,
        OfficeSigningKey key,
        string outputPath,
        ReporterRelease? release,
        IProgress<HandoverPackageProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (itemIds.Count == 0)
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, null, "Name at least one approved handover item to package.");
        }

        var fullPath = Path.GetFullPath(outputPath);
        if (File.Exists(fullPath))
        {
            // A package is a record that was sent; replacing one silently would lose it.
            throw new IOException($"{fullPath} exists already; choose a new file name for the package (an issued package is never overwritten).");
        }

        CheckActor(actor);
        var items = await LoadApprovedAsync(actor, itemIds, cancellationToken).ConfigureAwait(false);
        var recipient = items[0].Recipient;
        if (items.FirstOrDefault(i => i.Recipient != recipient) is { } other)
        {
            throw new HandoverRefusedException(RefusalKind.State, other.Id,
                $"Handover item {other.Id} goes to {other.Recipient}, not {recipient}; one package carries the items of one recipient. Export them separately.");
        }

        var today = _workflow.Today;
        foreach (var item in items)
        {
            CheckScope(actor, item, today);
        }

        var entitled = CheckRelease(release, recipient, items);
        var names = await JurisdictionNamesAsync(cancellationToken).ConfigureAwait(false);
        var recipientName = RecipientNames.Of(recipient, names.GetValueOrDefault(recipient.Jurisdiction.Value, recipient.Jurisdiction.Value));

        // Read every clue first, a few at a time (the reads are independent); the context of each distinct subject is
        // fetched once however many clues name it.
        var reads = new MemoizedGraphReads(_store);
        var reader = new ClueFactsReader(reads);
        var read = new ReadClue[items.Count];
        var readCount = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (index, ct) =>
        {
            read[index] = await ReadClueAsync(reads, reader, items[index], index + 1, today, entitled ? release : null, recipientName, ct).ConfigureAwait(false);
            progress?.Report(new HandoverPackageProgress("read", Interlocked.Increment(ref readCount), items.Count));
        }).ConfigureAwait(false);

        var clueArray = new JsonArray();
        var registerRows = new List<IReadOnlyList<string>>(items.Count);
        var contextEdges = new Dictionary<string, RelationshipRecord>(StringComparer.Ordinal);
        var contextIds = new HashSet<string>(StringComparer.Ordinal);
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clue in read)
        {
            clueArray.Add(clue.Entry);
            registerRows.Add(clue.RegisterRow);
            if (clue.ClueId is { } clueId)
            {
                contextIds.Add(clueId);
                subjects.UnionWith(clue.Subjects);
                foreach (var concerns in clue.Concerns)
                {
                    contextEdges.TryAdd(concerns.Id, concerns);
                }
            }
        }

        var revealed = read.Count(c => c.Revealed);
        var done = 0;
        foreach (var subjectId in subjects.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await AddContextAsync(subjectId, contextIds, contextEdges, cancellationToken).ConfigureAwait(false);
            progress?.Report(new HandoverPackageProgress("context", ++done, subjects.Count));
        }

        var contextNodes = await LoadContextAsync(contextIds, cancellationToken).ConfigureAwait(false);
        var kept = contextNodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = contextEdges.Values
            .Where(e => kept.Contains(e.StartId) && kept.Contains(e.EndId))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var subgraph = new Subgraph(contextNodes, relationships);

        progress?.Report(new HandoverPackageProgress("approvals", 0, items.Count));
        var approvals = await ApprovalsAsync(actor, items, cancellationToken).ConfigureAwait(false);
        var letters = await LettersAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var sequence = await PackageSequence.NextAsync(_dataDirectory, today.Year, cancellationToken).ConfigureAwait(false);
        var number = _numbers.Format(new PackageNumber(_options.NumberPrefix, today.Year, sequence));
        progress?.Report(new HandoverPackageProgress("documents", 0, 1));

        // The five documents are independent; rendering them side by side uses both cores of an office machine.
        var letter = HandoverLetter.Compose(number, _options.OfficeName, recipientName, items, registerRows, today);
        var letterPdf = Task.Run(() => letters.Render(letter), cancellationToken);
        var contextJson = Task.Run(() => SubgraphWriter.ToJson(subgraph), cancellationToken);
        var contextGraphMl = Task.Run(() => SubgraphWriter.ToGraphMl(subgraph), cancellationToken);
        var cluesJson = Encoding.UTF8.GetBytes(clueArray.ToJsonString(Json));
        var register = RegisterCsv.Write(registerRows);
        var files = new List<PackageFile>
        {
            PackageFile.FromBytes(HandoverPackageFiles.Clues, cluesJson),
            PackageFile.FromBytes(HandoverPackageFiles.ContextJson, await contextJson.ConfigureAwait(false)),
            PackageFile.FromBytes(HandoverPackageFiles.ContextGraphMl, await contextGraphMl.ConfigureAwait(false)),
            PackageFile.FromBytes(HandoverPackageFiles.Letter, await letterPdf.ConfigureAwait(false)),
            PackageFile.FromBytes(HandoverPackageFiles.Register, register),
        };
        progress?.Report(new HandoverPackageProgress("write", 0, 1));

        var content = new PackageContent(
            PackageKind.Handover,
            number,
            new PackageParty(_options.OfficeCode, _options.OfficeName),
            new PackageParty($"{WireNames.Of(recipient.Route)}/{recipient.Jurisdiction.Value}", recipientName),
            approvals,
            now,
            files)
        {
            Metadata = new Dictionary<string, string>
            {
                ["route"] = WireNames.Of(recipient.Route),
                ["level"] = WireNames.Of(recipient.Level),
                ["jurisdiction"] = recipient.Jurisdiction.Value,
                ["clues"] = items.Count.ToString(CultureInfo.InvariantCulture),
                ["stubs"] = items.Count(i => i.StubOnly).ToString(CultureInfo.InvariantCulture),
                ["items"] = string.Join(",", items.Select(i => i.Id)),
                ["ruleTable"] = string.Join(",", items.Select(i => i.TableVersion).Distinct(StringComparer.Ordinal)),
                ["issuedBy"] = $"{actor.DisplayName} ({actor.UserId})",
                ["reporterIdentities"] = revealed.ToString(CultureInfo.InvariantCulture),
            },
        };

        await AuditAsync(actor, content, items, recipientName, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var manifest = await PackageWriter.WriteFileAsync(content, key, fullPath, cancellationToken).ConfigureAwait(false);
        progress?.Report(new HandoverPackageProgress("write", 1, 1));
        await HandOverAsync(actor, items, number, recipientName, fullPath, progress).ConfigureAwait(false);

        return new HandoverPackageResult(
            number,
            manifest.PackageId,
            fullPath,
            recipientName,
            items.Count,
            items.Count(i => i.StubOnly),
            contextNodes.Count,
            relationships.Count,
            new FileInfo(fullPath).Length,
            revealed);
    }

    private static void CheckActor(Principal actor)
    {
        if (!actor.IsInRole(Role.HandoverOfficer))
        {
            throw new HandoverRefusedException(RefusalKind.Role, null,
                $"{actor.UserId} may not issue handover packages: that needs role HandoverOfficer (移交专员); {actor.UserId} holds {(actor.Roles.Count == 0 ? "no role" : string.Join(", ", actor.Roles.Order()))}.");
        }
    }

    private void CheckScope(Principal actor, HandoverItem item, DateOnly today)
    {
        if (actor.Jurisdiction.Value != _options.OfficeCode)
        {
            throw new HandoverRefusedException(RefusalKind.Jurisdiction, item.Id,
                $"{actor.UserId} works for {actor.Jurisdiction.Value}, but the package is issued by the office {_options.OfficeCode}; an officer issues only their own office's packages.");
        }

        var office = item.FoundBy.Jurisdiction;
        var collector = item.StubOnly && actor.Jurisdiction == Divisions.CityOf(office);
        if (actor.Jurisdiction != office && !collector)
        {
            throw new HandoverRefusedException(RefusalKind.Jurisdiction, item.Id,
                $"{actor.UserId} works for {actor.Jurisdiction.Value}, but handover item {item.Id} belongs to the office of {office.Value}; only that office (for province stubs also its city office) hands it over.");
        }

        if (item.Timing == RoutingTiming.AfterRoundEnd && today <= item.RoundEnd)
        {
            throw new HandoverRefusedException(RefusalKind.RoundNotEnded, item.Id,
                $"Handover item {item.Id} goes to {item.Recipient} only after round {item.RoundId} ends on {item.RoundEnd:yyyy-MM-dd}; export it from {item.RoundEnd.AddDays(1):yyyy-MM-dd}.");
        }
    }

    /// <summary>Whether identities go in: only with a release, for the discipline commission or the higher inspection office.</summary>
    private bool CheckRelease(ReporterRelease? release, Recipient recipient, IReadOnlyList<HandoverItem> items)
    {
        if (release is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(release.Reason))
        {
            throw new HandoverRefusedException(RefusalKind.MissingInput, null, "Releasing reporter identities needs the custodian's reason; it is written to the sealed store's access log.");
        }

        if (recipient.Route is not (HandoverRoute.DisciplineCommission or HandoverRoute.HigherInspectionOffice))
        {
            // Informant protection: only the bodies that investigate or oversee the case may learn who reported.
            throw new HandoverRefusedException(RefusalKind.State, items[0].Id,
                $"Reporter identities may go only to the discipline commission (纪委监委) or the higher inspection office; this package goes to {recipient}. Export it without releasing identities.");
        }

        if (items.All(i => i.StubOnly))
        {
            throw new HandoverRefusedException(RefusalKind.State, items[0].Id, "The package holds province stubs only, which carry no clue content and no reporter; export it without releasing identities.");
        }

        if (_sealedReporters is null)
        {
            throw new InvalidOperationException("Releasing reporter identities needs the sealed reporter store; create the exporter with one.");
        }

        return true;
    }

    private async Task<List<HandoverItem>> LoadApprovedAsync(Principal actor, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        // Item by item, a few at a time: the workflow's register would parse every item of the deployment instead, which
        // grows with the years while a package does not.
        var ids = itemIds.Distinct(StringComparer.Ordinal).ToList();
        var items = new HandoverItem[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (index, ct) =>
        {
            items[index] = await _workflow.GetAsync(actor, ids[index], ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        if (items.FirstOrDefault(i => i.State != HandoverState.Approved) is { } found)
        {
            throw new HandoverRefusedException(RefusalKind.State, found.Id,
                $"Handover item {found.Id} is {WireNames.Of(found.State)} ({Labels.Of(found.State)}); only APPROVED items are packaged"
                + (found.State == HandoverState.HandedOver ? $", and it was handed over on {found.HandedOverAt:yyyy-MM-dd} already." : ". Get it approved by the leading group first."));
        }

        return [.. items];
    }

    private async Task<ReadClue> ReadClueAsync(
        IGraphStore reads,
        ClueFactsReader reader,
        HandoverItem item,
        int position,
        DateOnly today,
        ReporterRelease? release,
        string recipientName,
        CancellationToken cancellationToken)
    {
        var facts = await reader.ReadAsync(item.ClueId, cancellationToken).ConfigureAwait(false);
        var entry = Entry(item, facts);
        var row = RegisterRow(position, item, facts, today);
        if (item.StubOnly)
        {
            return new ReadClue(entry, row, null, [], [], false);
        }

        // The full record: content, source, dates, evidence list. The reporter is never part of it.
        entry["clue"] = JsonSerializer.SerializeToNode(facts.Clue, Json);
        var revealed = false;
        if (release is not null && facts.Clue.HasSealedReporter
            && await _sealedReporters!.GetAsync(facts.Clue.Id, release.Custodian, $"{release.Reason}（随移交包发送至{recipientName}）", cancellationToken).ConfigureAwait(false) is { } reporter)
        {
            entry["reporter"] = new JsonObject { ["name"] = reporter.Name, ["contact"] = reporter.Contact, ["idNumber"] = reporter.IdNumber, ["note"] = reporter.Note };
            revealed = true;
        }

        var concerns = (await reads.GetRelationshipsAsync(facts.Clue.Id, ClueLinksFilter, cancellationToken).ConfigureAwait(false)).Where(r => r.Type == RelType.Concerns).ToList();
        return new ReadClue(entry, row, facts.Clue.Id, facts.Subjects.Select(s => s.Id).ToList(), concerns, revealed);
    }

    private static JsonObject Entry(HandoverItem item, ClueHandoverFacts facts) => new()
    {
        ["handoverItem"] = item.Id,
        ["code"] = facts.Clue.Code,
        ["stubOnly"] = item.StubOnly,
        ["round"] = new JsonObject
        {
            ["id"] = facts.Round.Id,
            ["name"] = facts.Round.Name,
            ["end"] = facts.Round.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        ["subjects"] = new JsonArray(facts.Subjects.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["kind"] = s.Label.ToString(),
            ["name"] = s.Name,
            ["managementLevel"] = WireNames.Of(s.Routing.ManagementLevel),
            ["jurisdiction"] = s.Routing.Jurisdiction.Value,
        }).ToArray()),
        ["decisions"] = new JsonArray(item.Problems.Select(p => (JsonNode)new JsonObject
        {
            ["problem"] = ProblemCodeMapping.WireName(p.Problem),
            ["rule"] = p.RuleId,
            ["basis"] = p.Basis,
        }).ToArray()),
        ["feedbackMonths"] = item.StubOnly ? null : item.FeedbackMonths,
    };

    private static List<string> RegisterRow(int position, HandoverItem item, ClueHandoverFacts facts, DateOnly today) =>
    [
        position.ToString(CultureInfo.InvariantCulture),
        facts.Clue.Code,
        string.Join("、", facts.Subjects.Select(s => s.Name)),
        string.Join("、", facts.Clue.Problems.Select(p => Labels.Of(p))),
        string.Join("；", item.RuleIds),
        // The workflow sets the same deadline when the item moves: hand-over day plus the rule's months.
        item.StubOnly ? "存根（上级管理干部）" : today.AddMonths(item.FeedbackMonths).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    private async Task HandOverAsync(Principal actor, IReadOnlyList<HandoverItem> items, string number, string recipientName, string path, IProgress<HandoverPackageProgress>? progress)
    {
        // No cancellation from here: the package exists. All items move in one transaction, so either the whole
        // package is recorded as handed over or (another export took an item meanwhile) none is and the zip is withdrawn.
        try
        {
            await _workflow.TransitionManyAsync(actor, items.Select(i => i.Id).ToList(), new HandoverTransitionRequest(HandoverState.HandedOver, $"随{number}移交{recipientName}"), CancellationToken.None).ConfigureAwait(false);
        }
        catch (HandoverRefusedException e)
        {
            File.Delete(path);
            throw new HandoverRefusedException(e.Kind, e.ItemId, $"{e.Message} The package {number} was deleted; nothing was handed over with it.");
        }

        progress?.Report(new HandoverPackageProgress("handover", items.Count, items.Count));
    }

    private async Task AuditAsync(Principal actor, PackageContent content, IReadOnlyList<HandoverItem> items, string recipientName, CancellationToken cancellationToken)
    {
        if (_audit is null)
        {
            return;
        }

        // Before the zip exists: a clue leaves the office only once its read is on record. Stubs carry no content.
        var at = _time.GetUtcNow();
        var reason = $"随{content.Number}移交{recipientName}";
        var requestId = content.PackageId.ToString("D");
        await Task.WhenAll(items.Where(i => !i.StubOnly).Select(i => _audit.AppendAsync(new AuditEntry(actor.UserId, at, "ExportClue", i.ClueId, reason, requestId), cancellationToken))).ConfigureAwait(false);
    }

    private async Task AddContextAsync(string subjectId, HashSet<string> ids, Dictionary<string, RelationshipRecord> edges, CancellationToken cancellationToken)
    {
        var around = await _store.GetNeighborhoodAsync(subjectId, new NeighborhoodQuery(_options.ContextDepth, ContextFilter, _options.ContextLimit), cancellationToken).ConfigureAwait(false);
        foreach (var node in around.Nodes)
        {
            ids.Add(node.Node.Id);
        }

        foreach (var edge in around.Edges)
        {
            // Drawing edges carry no properties; the receiver gets the ties, the nodes carry the facts.
            edges.TryAdd(edge.Id, new RelationshipRecord(edge.Id, edge.Type, edge.StartId, edge.EndId, edge.ValidFrom, edge.ValidTo, []));
        }
    }

    private async Task<List<NodeRecord>> LoadContextAsync(HashSet<string> ids, CancellationToken cancellationToken)
    {
        var records = new List<NodeRecord>(ids.Count);
        foreach (var chunk in ids.Order(StringComparer.Ordinal).Chunk(ReadChunk))
        {
            records.AddRange(await _store.GetNodesAsync(chunk, cancellationToken).ConfigureAwait(false));
        }

        return records;
    }

    private async Task<ChineseLetterPdf> LettersAsync(CancellationToken cancellationToken)
    {
        // The font is parsed once per exporter; exports after the first reuse it.
        if (_letters is { } loaded)
        {
            return loaded;
        }

        await _fontGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _letters ??= await ChineseLetterPdf.LoadAsync(null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _fontGate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> JurisdictionNamesAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var node in _store.ScanNodesAsync(NodeLabel.Jurisdiction, null, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(node.Id);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in await _store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false))
        {
            var jurisdiction = NodeMapper.FromRecord<Jurisdiction>(record);
            names[jurisdiction.Code.Value] = jurisdiction.Name;
        }

        return names;
    }

    private async Task<IReadOnlyList<PackageApproval>> ApprovalsAsync(Principal actor, IReadOnlyList<HandoverItem> items, CancellationToken cancellationToken)
    {
        // Who filed (报备) and who approved (批准), once per person and step, earliest first. Histories are read a few
        // at a time: the workflow has no batch read, and one at a time costs a connection round trip per item.
        var steps = new System.Collections.Concurrent.ConcurrentBag<HandoverHistoryEntry>();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            foreach (var entry in await _workflow.HistoryAsync(actor, item.Id, ct).ConfigureAwait(false))
            {
                if (entry.To is HandoverState.Filed or HandoverState.Approved && entry.Kind == "TRANSITION")
                {
                    steps.Add(entry);
                }
            }
        }).ConfigureAwait(false);

        return steps
            .OrderBy(e => e.At)
            .ThenBy(e => e.Sequence)
            .DistinctBy(e => (e.ActorId, e.To))
            .Select(e => new PackageApproval($"{e.ActorName}（{e.ActorId}）", $"{Labels.Of(e.To)}（{e.ActorRoles}，{e.ActorJurisdiction}）", e.At))
            .ToList();
    }

    /// <summary>What one item contributes: its clues.json entry, its register row, and for full items the clue, subjects and Concerns ties.</summary>
    private sealed record ReadClue(JsonObject Entry, IReadOnlyList<string> RegisterRow, string? ClueId, IReadOnlyList<string> Subjects, IReadOnlyList<RelationshipRecord> Concerns, bool Revealed);
}
