using System.Security.Cryptography;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.Security;

public sealed class TokenTests : IDisposable
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly Principal Staff = new(
        "staff1", "王办事员", new HashSet<Role> { Role.OfficeStaff, Role.Analyst }, DivisionCode.Parse("431421"), JurisdictionLevel.County);

    private readonly RegistryFolder _folder = new();
    private readonly RegisteredTokenSet _registered;

    public TokenTests() => _registered = RegisteredTokenSet.Open(_folder.Registry, new FixedTime(Now));

    private TokenValidator Validator => new(Key, _registered, new FixedTime(Now));

    private TokenIssuer Issuer(DateTimeOffset now) => new(Key, _folder.Registry, new FixedTime(now));

    public void Dispose()
    {
        _registered.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void An_issued_token_validates_to_the_same_principal()
    {
        var token = Issuer(Now).Issue(Staff, TimeSpan.FromDays(30));

        Assert.True(Validator.TryValidate(token, out var principal, out var error), error);
        Assert.Equal(Staff.UserId, principal.UserId);
        Assert.Equal(Staff.DisplayName, principal.DisplayName);
        Assert.Equal(Staff.Roles.Order(), principal.Roles.Order());
        Assert.Equal(Staff.Jurisdiction, principal.Jurisdiction);
        Assert.Equal(JurisdictionLevel.County, principal.OfficeLevel);
    }

    [Fact]
    public void An_expired_token_is_refused_saying_when_it_expired()
    {
        var token = Issuer(Now.AddDays(-10)).Issue(Staff, TimeSpan.FromDays(1));

        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Contains("expired at 2025-05-23", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var token = new TokenIssuer(RandomNumberGenerator.GetBytes(32), new FixedTime(Now)).Issue(Staff, TimeSpan.FromDays(1));

        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Contains("signature", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_whose_payload_was_altered_is_refused()
    {
        var token = Issuer(Now).Issue(Staff, TimeSpan.FromDays(1));
        var parts = token.Split('.');
        var forged = parts[0] + "." + parts[1][..^2] + (parts[1][^2] == 'A' ? "B" : "A") + parts[1][^1] + "." + parts[2];

        Assert.False(Validator.TryValidate(forged, out _, out var error));
        Assert.Contains("signature", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("clues1.abc")]
    [InlineData("jwt.header.body")]
    [InlineData("clues1.!!!.???")]
    public void A_malformed_token_is_refused_as_malformed(string token)
    {
        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Contains("malformed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signed_but_incomplete_payloads_are_refused_as_malformed()
    {
        var token = TokenFormat.Sign(Key, """{"sub":"x","exp":99999999999}"""u8);

        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Contains("malformed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuer_refuses_short_keys_and_unbounded_lifetimes()
    {
        Assert.Throws<ArgumentException>(() => new TokenIssuer(new byte[16]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenIssuer(Key).Issue(Staff, TimeSpan.FromDays(400)));
    }

    [Fact]
    public void A_correctly_signed_token_that_was_never_registered_is_refused()
    {
        var token = new TokenIssuer(Key, new FixedTime(Now)).Issue(Staff, TimeSpan.FromDays(1));

        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Contains("not registered", error, StringComparison.Ordinal);
        Assert.Contains("clues token issue --keys", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_saying_when_by_whom_and_why()
    {
        var token = Issuer(Now).Issue(Staff, TimeSpan.FromDays(1));
        Assert.True(Validator.TryValidate(token, out _, out var before), before);

        await _folder.Registry.RevokeTokenAsync(token, "admin.li", "laptop lost", Now.AddMinutes(5), CancellationToken.None);
        Assert.True(_registered.RefreshIfChanged());

        Assert.False(Validator.TryValidate(token, out _, out var error));
        Assert.Equal("The bearer token was revoked at 2025-06-01 08:05:00 UTC by admin.li (laptop lost); ask for a new token.", error);
    }

    [Fact]
    public void Two_tokens_issued_alike_in_the_same_second_differ()
    {
        var first = Issuer(Now).Issue(Staff, TimeSpan.FromDays(1));
        var second = Issuer(Now).Issue(Staff, TimeSpan.FromDays(1));

        Assert.NotEqual(first, second);
        Assert.True(Validator.TryValidate(second, out _, out var error), error);
    }
}
