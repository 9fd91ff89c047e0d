using System.Text.Json;
using System.Text.Json.Nodes;
using Clues.Api.Authorization;
using Clues.Core.Access;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// The <c>Mutation</c> root: registerClue, linkClueSubject, assessClue. Each checks its permission, then its input
/// (messages name the field and what is wrong), then writes one batch. Every node an input names must exist, be of
/// the right kind and lie within the caller's jurisdiction; a hidden node is reported like an unknown one. After a
/// write the derived jurisdictions are dropped (<see cref="NodeJurisdictions.Invalidate"/>).
/// </summary>
internal static class MutationResolvers
{
    public const int MaxCodeLength = 64;
    public const int MaxTextLength = 4000;
    public const int MaxSubjects = 20;

    private static readonly NodeLabel[] SubjectLabels = [NodeLabel.Person, NodeLabel.Unit, NodeLabel.Company];

    public static SchemaBuilder AddMutationResolvers(this SchemaBuilder builder)
    {
        builder.Type("Mutation")
            .Field("registerClue", RegisterClueAsync)
            .Field("linkClueSubject", LinkClueSubjectAsync)
            .Field("assessClue", AssessClueAsync);
        return builder;
    }

    private static async Task<object> RegisterClueAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.RegisterClue);
        var principal = CallerAccess.Principal(context)!;
        var input = Arguments.Input(context, "input") ?? throw UserErrors.Create("input is required.");
        var store = GraphReads.Store(context);

        var code = Text(input, "code", MaxCodeLength, required: true)!;
        var summary = Text(input, "summary", MaxTextLength, required: true)!;
        var receivedOn = Arguments.Date(input, "receivedOn") ?? throw UserErrors.Create("input.receivedOn is required.");
        if (receivedOn > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            throw UserErrors.Create($"input.receivedOn ({receivedOn:yyyy-MM-dd}) is in the future.");
        }

        var source = input.TryGetValue("source", out var s) && s is ClueSource clueSource ? clueSource : throw UserErrors.Create("input.source is required.");
        var problems = List(input, "problems").OfType<ProblemType>().Distinct().ToList();
        if (problems.Count == 0)
        {
            throw UserErrors.Create("input.problems needs at least one problem type.");
        }

        var evidence = List(input, "evidence").OfType<string>().Select(e => e.Trim()).Where(e => e.Length > 0).ToList();

        var subjects = new List<(string Id, NodeLabel Label, SubjectRole Role)>();
        var rawSubjects = List(input, "subjects").OfType<IReadOnlyDictionary<string, object?>>().ToList();
        if (rawSubjects.Count is 0 or > MaxSubjects)
        {
            throw UserErrors.Create($"input.subjects needs 1 to {MaxSubjects} subjects; got {rawSubjects.Count}.");
        }

        for (var i = 0; i < rawSubjects.Count; i++)
        {
            var (label, id) = GlobalId.Decode(rawSubjects[i].GetValueOrDefault("subject")?.ToString(), $"input.subjects[{i}].subject");
            var role = rawSubjects[i].GetValueOrDefault("role") is SubjectRole r ? r : SubjectRole.Primary;
            if (subjects.Any(x => x.Id == id))
            {
                throw UserErrors.Create($"input.subjects[{i}] names a subject already listed.");
            }

            subjects.Add((id, label, role));
        }

        var round = OptionalId(input, "round");
        var group = OptionalId(input, "group");
        var reporter = Reporter(input);

        // Every referenced node in one read, then kinds and visibility checked with the field named.
        var wanted = subjects.Select(x => x.Id).Concat(new[] { round?.StoreId, group?.StoreId }.OfType<string>()).ToList();
        var known = (await store.GetNodesAsync(wanted, cancellationToken)).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var visible = await CallerAccess.VisibilityAsync(context, wanted);
        for (var i = 0; i < subjects.Count; i++)
        {
            Expect(known, visible, subjects[i].Id, SubjectLabels, $"input.subjects[{i}].subject");
        }

        if (round is not null)
        {
            Expect(known, visible, round.Value.StoreId, [NodeLabel.InspectionRound], "input.round");
        }

        if (group is not null)
        {
            Expect(known, visible, group.Value.StoreId, [NodeLabel.InspectionGroup], "input.group");
        }

        var existing = await store.SearchNamesAsync(new NameSearchQuery(code, new HashSet<NodeLabel> { NodeLabel.Clue }, 20), cancellationToken);
        if (existing.Any(n => string.Equals(n.Name, code, StringComparison.Ordinal)))
        {
            throw UserErrors.Create($"input.code: a clue numbered '{code}' is already registered.");
        }

        var clue = new Clue("clue-" + Guid.NewGuid().ToString("N"), code, source, receivedOn, summary, problems, ClueStatus.Registered, evidence, reporter is not null);

        // The identity is sealed first: a clue must never say hasSealedReporter without the identity on file. If the
        // graph write then fails, the sealed entry names a clue id nobody holds, and reveals nothing.
        if (reporter is not null)
        {
            await context.GetRequiredService<ISealedReporterStore>().PutAsync(
                clue.Id, principal.Jurisdiction, reporter, principal, "registerClue " + code, cancellationToken);
        }

        var batch = new GraphBatchBuilder();
        foreach (var (id, label) in known.Select(k => (k.Key, k.Value.Label)))
        {
            batch.Remember(id, label);
        }

        batch.Add(clue);
        foreach (var (id, _, role) in subjects)
        {
            batch.Link(RelType.Concerns, clue.Id, id, properties: new JsonObject { ["role"] = role.ToString() });
        }

        if (round is not null)
        {
            batch.Link(RelType.FoundIn, clue.Id, round.Value.StoreId);
        }

        if (group is not null)
        {
            batch.Link(RelType.CollectedBy, clue.Id, group.Value.StoreId);
        }

        await WriteAsync(context, batch.Build(), cancellationToken);
        return clue;
    }

    private static async Task<object> LinkClueSubjectAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.RegisterClue);
        var store = GraphReads.Store(context);
        var (_, clueId) = GlobalId.Decode(context.GetArgument<string>("clue"), "clue");
        var (_, subjectId) = GlobalId.Decode(context.GetArgument<string>("subject"), "subject");
        var role = context.GetArgument<SubjectRole?>("role") ?? SubjectRole.Primary;

        var known = (await store.GetNodesAsync([clueId, subjectId], cancellationToken)).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var visible = await CallerAccess.VisibilityAsync(context, [clueId, subjectId]);
        Expect(known, visible, clueId, [NodeLabel.Clue], "clue");
        Expect(known, visible, subjectId, SubjectLabels, "subject");

        var batch = new GraphBatchBuilder();
        batch.Remember(clueId, NodeLabel.Clue);
        batch.Remember(subjectId, known[subjectId].Label);
        // The relationship id depends on the ends only, so linking again replaces the role instead of duplicating.
        batch.Link(RelType.Concerns, clueId, subjectId, properties: new JsonObject { ["role"] = role.ToString() });
        await WriteAsync(context, batch.Build(), cancellationToken);
        return NodeViews.From(known[clueId]);
    }

    private static async Task<object> AssessClueAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        CallerAccess.Demand(context, Permission.AssessClue);
        var principal = CallerAccess.Principal(context)!;
        var store = GraphReads.Store(context);
        var (_, clueId) = GlobalId.Decode(context.GetArgument<string>("clue"), "clue");

        var reliability = (context.GetArgument<string>("sourceReliability") ?? string.Empty).Trim().ToUpperInvariant();
        if (reliability.Length != 1 || reliability[0] is < 'A' or > 'E')
        {
            throw UserErrors.Create($"sourceReliability must be one letter from A (always reliable) to E (unreliable); got '{context.GetArgument<string>("sourceReliability")}'.");
        }

        var confidence = context.GetArgument<int?>("informationConfidence") ?? 0;
        if (confidence is < 1 or > 5)
        {
            throw UserErrors.Create($"informationConfidence must be from 1 (confirmed) to 5 (doubtful); got {confidence}.");
        }

        var note = context.GetArgument<string>("note")?.Trim();
        if (note is { Length: > MaxTextLength })
        {
            throw UserErrors.Create($"note is longer than {MaxTextLength} characters.");
        }

        var credibility = context.GetArgument<Credibility?>("credibility") ?? throw UserErrors.Create("credibility is required.");
        var seriousness = context.GetArgument<ClueSeriousness?>("seriousness") ?? throw UserErrors.Create("seriousness is required.");

        var known = (await store.GetNodesAsync([clueId], cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var visible = await CallerAccess.VisibilityAsync(context, [clueId]);
        Expect(known, visible, clueId, [NodeLabel.Clue], "clue");

        var assessment = new ClueAssessmentView(credibility, seriousness, reliability, confidence, string.IsNullOrEmpty(note) ? null : note, principal.UserId, DateTimeOffset.UtcNow);
        var record = known[clueId];
        var properties = record.Properties.DeepClone().AsObject();
        properties[ClueAssessmentView.PropertyName] = JsonSerializer.SerializeToNode(assessment, NodeMapper.JsonOptions);
        await WriteAsync(context, new GraphBatch { Nodes = [record with { Properties = properties }] }, cancellationToken);
        return NodeViews.From(record);
    }

    /// <summary>The latest assessment stored on a clue's node, or null.</summary>
    public static async Task<object?> AssessmentAsync(ResolveContext context)
    {
        var record = await GraphReads.Store(context).GetNodeAsync(context.ParentAs<Clue>().Id, context.CancellationToken);
        return record?.Properties[ClueAssessmentView.PropertyName] is JsonObject json
            ? json.Deserialize<ClueAssessmentView>(NodeMapper.JsonOptions)
            : null;
    }

    private static async Task WriteAsync(ResolveContext context, GraphBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await GraphReads.Store(context).WriteAsync(batch, cancellationToken);
        }
        catch (GraphStoreException e)
        {
            throw UserErrors.Create("The graph refused the change: " + e.Message);
        }
        finally
        {
            context.GetRequiredService<NodeJurisdictions>().InvalidateFor(batch);
        }
    }

    private static void Expect(IReadOnlyDictionary<string, NodeRecord> known, IReadOnlyDictionary<string, bool> visible, string id, NodeLabel[] labels, string field)
    {
        if (!known.TryGetValue(id, out var record) || !visible.GetValueOrDefault(id))
        {
            throw UserErrors.Create($"{field}: no node has this id; it may have been deleted. Search for the node again.");
        }

        if (!labels.Contains(record.Label))
        {
            throw UserErrors.Create($"{field} must be a {string.Join(" or ", labels)}; the id names a {record.Label}.");
        }
    }

    private static string? Text(IReadOnlyDictionary<string, object?> input, string field, int maxLength, bool required)
    {
        var text = input.GetValueOrDefault(field) as string;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw UserErrors.Create($"input.{field} must not be blank.") : null;
        }

        return text.Length <= maxLength ? text : throw UserErrors.Create($"input.{field} is longer than {maxLength} characters.");
    }

    private static IEnumerable<object?> List(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is System.Collections.IEnumerable items and not string ? items.Cast<object?>() : [];

    private static (NodeLabel Label, string StoreId)? OptionalId(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is string id ? GlobalId.Decode(id, "input." + field) : null;

    private static ReporterIdentity? Reporter(IReadOnlyDictionary<string, object?> input)
    {
        if (input.GetValueOrDefault("reporter") is not IReadOnlyDictionary<string, object?> reporter)
        {
            return null;
        }

        // Messages name the field, never echo the value: the reporter's data must not reach logs through errors.
        var name = (reporter.GetValueOrDefault("name") as string)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw UserErrors.Create("input.reporter.name must not be blank.");
        }

        var idNumber = (reporter.GetValueOrDefault("idNumber") as string)?.Trim();
        if (!string.IsNullOrEmpty(idNumber) && !NationalIdNumber.TryParse(idNumber, out _, out _))
        {
            // The parser's own message quotes the number; here it must not be repeated.
            throw UserErrors.Create("input.reporter.idNumber is not a valid national ID number (18 characters: division, birth date, sequence and the GB 11643 check character).");
        }

        var contact = (reporter.GetValueOrDefault("contact") as string)?.Trim();
        var note = (reporter.GetValueOrDefault("note") as string)?.Trim();
        return new ReporterIdentity(
            name,
            string.IsNullOrEmpty(contact) ? null : contact,
            string.IsNullOrEmpty(idNumber) ? null : idNumber,
            string.IsNullOrEmpty(note) ? null : note);
    }
}
