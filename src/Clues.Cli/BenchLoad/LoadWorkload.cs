using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clues.Cli.BenchApi;
using Clues.Core.Access;

namespace Clues.Cli.BenchLoad;

/// <summary>
/// The mixed load of an inspection office at work: analysts reading the graph (neighbourhoods, paths, name search,
/// the clue list), a group member registering clues, and the handover workflow moving items along (draft and propose
/// by the group, filing by the office, approval by the leading group), each by a token of the right role. Clues are
/// registered against a city round and a subject found in the store, so every registered clue can be drafted, and
/// each item is moved only after its previous step answered.
/// </summary>
internal sealed class LoadWorkload
{
    public const string Neighborhood = "neighborhood";
    public const string Path = "paths";
    public const string Search = "search";
    public const string ClueList = "clueList";
    public const string Register = "registerClue";
    public const string Draft = "draftHandover";
    public const string Propose = "propose";
    public const string File = "file";
    public const string Approve = "approve";

    /// <summary>Every kind, in report order.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Neighborhood, Path, Search, ClueList, Register, Draft, Propose, File, Approve];

    private const int DiscoverPages = 4;

    private const int DiscoverCount = DiscoverPages * 100;

    private const string DiscoverQuery =
        "query Discover($after: String) { clues(first: 100, after: $after) { edges { node { id problems round { id jurisdiction { code } } subjects { node { __typename id } } } } pageInfo { hasNextPage endCursor } } }";

    private const string RegisterMutation =
        "mutation Register($input: RegisterClueInput!) { registerClue(input: $input) { id code status } }";

    private const string DraftMutation = "mutation Draft($clue: ID!) { draftHandover(clue: $clue) { id state } }";

    private const string StepMutation = "mutation Step($id: ID!, $to: HandoverState!) { transitionHandover(input: { id: $id, to: $to }) { id state } }";

    private const string ClueListQuery = "query Clues($after: String) { clues(first: 20, after: $after) { edges { node { id code status receivedOn problems } } pageInfo { endCursor } } }";

    private const string SearchQuery = "query Search($text: String!) { search(text: $text, first: 10) { rank node { id __typename ... on Person { name } ... on Unit { name } ... on Company { name } } } }";

    private static readonly string[] SearchTexts = ["王", "李明", "张", "祥丰", "市政", "刘", "青山", "陈", "公司", "局"];

    private readonly string _analyst;
    private readonly string _member;
    private readonly string _staff;
    private readonly string _leading;
    private readonly IReadOnlyList<(string Round, string Subject, string[] Problems)> _targets;
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly IReadOnlyList<ApiBenchRequest> _neighborhoods = ApiBenchQueries.Neighborhoods();
    private readonly IReadOnlyList<ApiBenchRequest> _paths = ApiBenchQueries.ShortestPaths();
    private readonly ConcurrentQueue<string> _draftable = new();
    private readonly ConcurrentQueue<string> _toPropose = new();
    private readonly ConcurrentQueue<string> _toFile = new();
    private readonly ConcurrentQueue<string> _toApprove = new();
    private long _registered;
    private long _cluesDrafted;
    private long _itemsDrafted;
    private long _proposed;
    private long _filed;
    private long _approved;
    private int _code;

    private LoadWorkload(ServedApi api, IReadOnlyList<(string Round, string Subject, string[] Problems)> targets)
    {
        _analyst = api.TokenFor(Role.Analyst);
        _member = api.TokenFor(Role.GroupMember);
        _staff = api.TokenFor(Role.OfficeStaff);
        _leading = api.TokenFor(Role.LeadingGroup);
        _targets = targets;
    }

    /// <summary>How many (round, person) pairs registrations take turns over.</summary>
    public int Targets => _targets.Count;

    /// <summary>How far the handover workflow got.</summary>
    public HandoverFlow Flow => new(
        Interlocked.Read(ref _registered),
        Interlocked.Read(ref _cluesDrafted),
        Interlocked.Read(ref _itemsDrafted),
        Interlocked.Read(ref _proposed),
        Interlocked.Read(ref _filed),
        Interlocked.Read(ref _approved));

    /// <summary>
    /// Finds the clues of city rounds with a person among their subjects (their rounds, subjects and problems are used
    /// in turn for the registrations), then takes one clue through registration, drafting and approval, so a setup
    /// problem stops the run before it starts, with the reason.
    /// </summary>
    public static async Task<LoadWorkload> PrepareAsync(ServedApi api, HttpClient client, CancellationToken cancellationToken)
    {
        var member = api.TokenFor(Role.GroupMember);
        var edges = new List<JsonElement>();
        string? after = null;
        for (var page = 0; page < DiscoverPages; page++)
        {
            var data = await SendCheckedAsync(client, api.Endpoint, member, JsonSerializer.Serialize(new { query = DiscoverQuery, variables = new { after } }), cancellationToken).ConfigureAwait(false);
            var connection = data.GetProperty("clues");
            edges.AddRange(connection.GetProperty("edges").EnumerateArray());
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        var targets = new List<(string Round, string Subject, string[] Problems)>();
        foreach (var edge in edges)
        {
            var node = edge.GetProperty("node");
            if (node.GetProperty("round") is not { ValueKind: JsonValueKind.Object } r
                || r.GetProperty("jurisdiction") is not { ValueKind: JsonValueKind.Object } j
                || j.GetProperty("code").GetString() != ServedApi.City.Value
                || node.GetProperty("problems").GetArrayLength() == 0)
            {
                continue;
            }

            var person = node.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("node"))
                .FirstOrDefault(n => n.GetProperty("__typename").GetString() == "Person");
            if (person.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            targets.Add((r.GetProperty("id").GetString()!, person.GetProperty("id").GetString()!, [.. node.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)]));
        }

        if (targets.Count == 0)
        {
            throw new InvalidOperationException($"The store has no clue of a city round ({ServedApi.City}) about a person among its first {DiscoverCount} clues; run on the demo preset (clues seed --preset demo) or a city/large store.");
        }

        var workload = new LoadWorkload(api, targets);
        foreach (var step in new Func<LoadRequest?>[] { workload.NextRegister, workload.NextHandoverStep, workload.NextHandoverStep, workload.NextHandoverStep, workload.NextHandoverStep })
        {
            var request = step() ?? throw new InvalidOperationException("The trial handover stopped early: no item to move.");
            var answer = await SendCheckedAsync(client, api.Endpoint, request.Token, request.Body, cancellationToken).ConfigureAwait(false);
            request.OnData?.Invoke(answer);
        }

        if (workload.Flow.Approved == 0)
        {
            throw new InvalidOperationException($"The trial handover did not reach APPROVED ({workload.Flow}); check the handover workflow on this store.");
        }

        return workload;
    }

    /// <summary>The request for a slot drawn at <paramref name="draw"/> (0 ≤ draw &lt; 1): 75% reads, 8% registrations, 17% handover steps.</summary>
    public LoadRequest Next(double draw, Random random) => draw switch
    {
        < 0.30 => Read(Neighborhood, _neighborhoods[random.Next(_neighborhoods.Count)].Body),
        < 0.50 => Read(Path, _paths[random.Next(_paths.Count)].Body),
        < 0.65 => Read(Search, JsonSerializer.Serialize(new { query = SearchQuery, variables = new { text = SearchTexts[random.Next(SearchTexts.Length)] } })),
        < 0.75 => Read(ClueList, JsonSerializer.Serialize(new { query = ClueListQuery })),
        < 0.83 => NextRegister(),
        _ => NextHandoverStep() ?? NextRegister(),
    };

    /// <summary>Sends one request and returns its data; throws with the answer when it is not a 200 without errors.</summary>
    public static async Task<JsonElement> SendCheckedAsync(HttpClient client, Uri endpoint, string token, string body, CancellationToken cancellationToken)
    {
        var (ok, detail, data) = await SendAsync(client, endpoint, token, body, cancellationToken).ConfigureAwait(false);
        return ok ? data : throw new InvalidOperationException($"Setup request failed: {detail}\nRequest: {body}");
    }

    /// <summary>Posts one GraphQL request; ok only for HTTP 200 with data and no errors.</summary>
    public static async Task<(bool Ok, string Detail, JsonElement Data)> SendAsync(HttpClient client, Uri endpoint, string token, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"HTTP {status}, not JSON: {Shorten(Encoding.UTF8.GetString(bytes))}"), default);
        }

        using (document)
        {
            var root = document.RootElement;
            if (status != 200 || root.TryGetProperty("errors", out _))
            {
                return (false, string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {Shorten(root.GetRawText())}"), default);
            }

            return root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? (true, string.Empty, data.Clone())
                : (false, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} without data: {Shorten(root.GetRawText())}"), default);
        }
    }

    private LoadRequest Read(string kind, string body) => new(kind, _analyst, body);

    private LoadRequest NextRegister()
    {
        var number = Interlocked.Increment(ref _code);
        var (round, subject, problems) = _targets[number % _targets.Count];
        var input = new
        {
            code = string.Create(CultureInfo.InvariantCulture, $"压测-{_run}-{number:D7}"),
            source = "LETTER",
            receivedOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summary = string.Create(CultureInfo.InvariantCulture, $"压测登记的问题线索第{number}件：反映工程项目招投标中的违规问题。"),
            problems,
            subjects = new[] { new { subject, role = "PRIMARY" } },
            round,
            evidence = new[] { "来信原件" },
        };
        return new LoadRequest(Register, _member, JsonSerializer.Serialize(new { query = RegisterMutation, variables = new { input } }), data =>
        {
            Interlocked.Increment(ref _registered);
            _draftable.Enqueue(data.GetProperty("registerClue").GetProperty("id").GetString()!);
        });
    }

    /// <summary>The furthest step that has an item waiting, so items flow through instead of piling up at the start; null when none waits.</summary>
    private LoadRequest? NextHandoverStep()
    {
        if (_toApprove.TryDequeue(out var approve))
        {
            return Step(Approve, _leading, approve, "APPROVED", () => Interlocked.Increment(ref _approved), null);
        }

        if (_toFile.TryDequeue(out var file))
        {
            return Step(File, _staff, file, "FILED", () => Interlocked.Increment(ref _filed), _toApprove);
        }

        if (_toPropose.TryDequeue(out var propose))
        {
            return Step(Propose, _member, propose, "PROPOSED", () => Interlocked.Increment(ref _proposed), _toFile);
        }

        if (_draftable.TryDequeue(out var clue))
        {
            var body = JsonSerializer.Serialize(new { query = DraftMutation, variables = new { clue } });
            return new LoadRequest(Draft, _member, body, data =>
            {
                Interlocked.Increment(ref _cluesDrafted);
                foreach (var item in data.GetProperty("draftHandover").EnumerateArray())
                {
                    if (item.GetProperty("state").GetString() == "DRAFT")
                    {
                        Interlocked.Increment(ref _itemsDrafted);
                        _toPropose.Enqueue(item.GetProperty("id").GetString()!);
                    }
                }
            });
        }

        return null;
    }

    private static LoadRequest Step(string kind, string token, string item, string to, Action counted, ConcurrentQueue<string>? next)
    {
        var body = JsonSerializer.Serialize(new { query = StepMutation, variables = new { id = item, to } });
        return new LoadRequest(kind, token, body, data =>
        {
            var state = data.GetProperty("transitionHandover").GetProperty("state").GetString();
            if (state != to)
            {
                throw new InvalidOperationException($"Item {item} is {state} after the step to {to}.");
            }

            counted();
            next?.Enqueue(item);
        });
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + " …";
}
