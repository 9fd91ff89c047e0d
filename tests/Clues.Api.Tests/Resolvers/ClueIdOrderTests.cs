using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.Resolvers;

/// <summary>
/// Registered clues get time-ordered ids, so the store's id index and the clue catalog take new clues at one place
/// (the catalog then copies one small chunk per registration, and that copy dies young instead of reaching gen 2).
/// </summary>
public sealed class ClueIdOrderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Register = "mutation($input: RegisterClueInput!) { registerClue(input: $input) { id } }";

    [Fact]
    public async Task Clues_registered_one_after_another_get_ids_in_ascending_order_with_random_bits_apart()
    {
        var client = factory.CreateClientFor(new Principal(
            "test-member", "测试组员", new HashSet<Role> { Role.GroupMember }, DivisionCode.Parse("431400"), JurisdictionLevel.City));
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (_, body) = await client.PostGraphQLAsync(Register, new
            {
                input = new
                {
                    code = "ORDER-" + Guid.NewGuid().ToString("N")[..10],
                    source = "LETTER",
                    receivedOn = "2026-01-05",
                    summary = "反映某局负责人违规插手工程项目。",
                    problems = new[] { "INTEGRITY_DISCIPLINE" },
                    subjects = new[] { new { subject = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"), role = "PRIMARY" } },
                },
            });
            var (label, storeId) = GlobalId.Decode(body.Data().GetProperty("registerClue").GetProperty("id").GetString(), "id");
            Assert.Equal(NodeLabel.Clue, label);
            ids.Add(storeId);
            await Task.Delay(2);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches("^clue-[0-9a-f]{12}7[0-9a-f]{19}$", id));
        Assert.Equal(ids.Count, ids.Select(id => id[^16..]).Distinct().Count());
    }
}
