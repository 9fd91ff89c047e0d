using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.BadInput;

/// <summary>
/// Mutations with bad input through the real API: each gets BAD_USER_INPUT naming the field, and the graph keeps
/// exactly the nodes it had (nothing half-written).
/// </summary>
public sealed class MutationInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Register = "mutation($input: RegisterClueInput!) { registerClue(input: $input) { id code } }";

    private static readonly string Person = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre");

    private HttpClient Member() => factory.CreateClientFor(new Principal(
        "test-member", "测试组员", new HashSet<Role> { Role.GroupMember }, DivisionCode.Parse("431400"), JurisdictionLevel.City));

    private static object Input(string code, object? reporter = null, string? round = null, string? subject = null) => new
    {
        code,
        source = "LETTER",
        receivedOn = "2026-01-05",
        summary = "反映某局负责人违规插手工程项目。",
        problems = new[] { "INTEGRITY_DISCIPLINE" },
        subjects = new[] { new { subject = subject ?? Person, role = "PRIMARY" } },
        round,
        reporter,
    };

    [Theory]
    [InlineData("43140019800101001")]
    [InlineData("431400198001010010")]
    [InlineData("43140019801301001X")]
    [InlineData("431400198013010013")]
    [InlineData("身份证号码不是数字的十八个字符")]
    public async Task An_invalid_reporter_id_number_is_refused_naming_the_field_and_nothing_is_written(string idNumber)
    {
        var client = Member();
        var before = await NodeCountAsync(client);
        var code = "BAD-ID-" + Guid.NewGuid().ToString("N")[..8];

        var (status, body) = await client.PostGraphQLAsync(Register, new { input = Input(code, new { name = "张三", idNumber }) });

        var error = body.GetProperty("errors")[0];
        Assert.Equal(200, status);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("input.reporter.idNumber", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await NodeCountAsync(client));
        Assert.Empty(await CluesCodedAsync(client, code));
    }

    [Fact]
    public async Task A_valid_reporter_id_number_is_accepted_so_the_refusals_above_are_about_the_number()
    {
        var client = Member();
        var before = await NodeCountAsync(client);
        var code = "GOOD-ID-" + Guid.NewGuid().ToString("N")[..8];

        var (_, body) = await client.PostGraphQLAsync(Register, new { input = Input(code, new { name = "张三", idNumber = NationalIdNumberSample }) });

        Assert.Equal(code, body.Data().GetProperty("registerClue").GetProperty("code").GetString());
        Assert.Equal(before + 1, await NodeCountAsync(client));
    }

    [Fact]
    public async Task A_clue_linked_to_itself_is_refused_as_bad_input_not_an_internal_error()
    {
        // Found by `clues fuzz http`: the same id as clue and subject made the resolver fail with a masked 500-class error.
        var client = Member();
        var (_, registered) = await client.PostGraphQLAsync(Register, new { input = Input("SELF-" + Guid.NewGuid().ToString("N")[..8]) });
        var clue = registered.Data().GetProperty("registerClue").GetProperty("id").GetString();
        var before = await NodeCountAsync(client);

        var (_, body) = await client.PostGraphQLAsync("mutation($c: ID!) { linkClueSubject(clue: $c, subject: $c, role: RELATED) { id } }", new { c = clue });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("subject", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await NodeCountAsync(client));
    }

    [Fact]
    public async Task A_subject_that_is_also_given_as_the_round_is_refused_naming_the_round()
    {
        var client = Member();
        var before = await NodeCountAsync(client);
        var code = "ROUND-" + Guid.NewGuid().ToString("N")[..8];

        var (_, body) = await client.PostGraphQLAsync(Register, new { input = Input(code, round: Person) });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("input.round", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await NodeCountAsync(client));
        Assert.Empty(await CluesCodedAsync(client, code));
    }

    [Theory]
    [InlineData("not-a-global-id")]
    [InlineData("")]
    public async Task A_subject_id_that_is_not_a_global_id_is_refused_naming_the_subject(string subject)
    {
        var client = Member();
        var before = await NodeCountAsync(client);

        var (_, body) = await client.PostGraphQLAsync(Register, new { input = Input("BAD-SUBJ-" + Guid.NewGuid().ToString("N")[..8], subject: subject) });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("input.subjects[0].subject", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await NodeCountAsync(client));
    }

    /// <summary>A well-formed national ID number (GB 11643 check character) in the demo city's division.</summary>
    private static string NationalIdNumberSample
    {
        get
        {
            const string body = "43140019800101001";
            int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
            var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
            return body + "10X98765432"[sum % 11];
        }
    }

    private static async Task<long> NodeCountAsync(HttpClient client)
    {
        var (_, body) = await client.PostGraphQLAsync("{ stats { nodes } }");
        return body.Data().GetProperty("stats").GetProperty("nodes").GetInt64();
    }

    private static async Task<List<JsonElement>> CluesCodedAsync(HttpClient client, string code)
    {
        var (_, body) = await client.PostGraphQLAsync("query($t: String!) { search(text: $t, kinds: [CLUE]) { node { ... on Clue { code } } } }", new { t = code });
        return [.. body.Data().GetProperty("search").EnumerateArray().Where(h => h.GetProperty("node").GetProperty("code").GetString() == code)];
    }
}
