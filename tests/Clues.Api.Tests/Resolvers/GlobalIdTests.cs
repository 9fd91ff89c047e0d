using System.Buffers.Text;
using System.Text;
using Clues.Api.Resolvers;
using Clues.Core.Graph;

namespace Clues.Api.Tests.Resolvers;

/// <summary>Global ids and the national-ID mask, without a host.</summary>
public sealed class GlobalIdTests
{
    [Theory]
    [InlineData(NodeLabel.Person, "per-s1-cadre")]
    [InlineData(NodeLabel.InspectionRound, "round-0031")]
    [InlineData(NodeLabel.Body, "body-431421-dc")]
    [InlineData(NodeLabel.Unit, "id:with:colons")]
    public void Encoded_ids_decode_to_their_label_and_store_id(NodeLabel label, string storeId)
    {
        var id = GlobalId.Encode(label, storeId);

        Assert.True(GlobalId.TryDecode(id, out var decodedLabel, out var decodedId));
        Assert.Equal(label, decodedLabel);
        Assert.Equal(storeId, decodedId);
        Assert.DoesNotContain(storeId, id, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]+$", id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("per-s1-cadre")]
    [InlineData("a+b/c==")]
    [InlineData("Person:")]
    [InlineData("3:per-1")]
    [InlineData("Nobody:per-1")]
    [InlineData("person:per-1")]
    [InlineData(":per-1")]
    public void Anything_else_is_not_an_id(string plain)
    {
        var candidate = plain.Contains(':', StringComparison.Ordinal) ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(plain)) : plain;

        Assert.False(GlobalId.TryDecode(candidate, out _, out _));
    }

    [Theory]
    [InlineData("43140319710412001X", "431403****1X")]
    [InlineData("431421197206160015", "431421****15")]
    [InlineData(null, null)]
    public void National_ids_show_only_the_division_and_the_last_two_characters(string? value, string? masked) =>
        Assert.Equal(masked, NodeResolvers.MaskNationalId(value));
}
