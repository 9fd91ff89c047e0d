using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Clues.Api.AccessRequests;
using Clues.Core.Identifiers;

namespace Clues.Api.Tests.Authorization;

public sealed class HiddenConnectionHandleTests
{
    private static readonly DivisionCode Qingshan = DivisionCode.Parse("431421");
    private static readonly DivisionCode Jiangbei = DivisionCode.Parse("431402");

    /// <summary>A clock the test moves by hand (handles expire; no test waits for real time).</summary>
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_handle_opens_to_its_office_owner_and_nodes_but_names_none_of_them_in_its_text()
    {
        using var handles = new HiddenConnectionHandles(Key, TimeProvider.System);
        string[] ids = ["clue-s4-county", "per-s4-shared", "unit-00021"];

        var handle = handles.Issue(Qingshan, Jiangbei, ids);

        Assert.StartsWith(HiddenConnectionHandles.Prefix, handle, StringComparison.Ordinal);
        Assert.True(handles.TryOpen(handle, out var content, out var problem), problem);
        Assert.Equal(Qingshan, content!.RequesterOffice);
        Assert.Equal(Jiangbei, content.Owner);
        Assert.Equal(ids, content.NodeIds);
        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(handle.AsSpan(HiddenConnectionHandles.Prefix.Length)));
        Assert.All(ids, id => Assert.DoesNotContain(id, decoded, StringComparison.Ordinal));
        Assert.DoesNotContain("431402", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_handles_for_the_same_nodes_differ_so_a_handle_cannot_be_matched_to_another()
    {
        using var handles = new HiddenConnectionHandles(Key, TimeProvider.System);

        Assert.NotEqual(handles.Issue(Qingshan, Jiangbei, ["per-1"]), handles.Issue(Qingshan, Jiangbei, ["per-1"]));
    }

    [Fact]
    public void An_altered_truncated_foreign_or_expired_handle_is_refused_with_the_reason()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero));
        using var handles = new HiddenConnectionHandles(Key, clock);
        using var otherDeployment = new HiddenConnectionHandles(RandomNumberGenerator.GetBytes(32), clock);
        var handle = handles.Issue(Qingshan, Jiangbei, ["per-1"]);
        var body = Base64Url.DecodeFromChars(handle.AsSpan(HiddenConnectionHandles.Prefix.Length));
        body[^1] ^= 1;
        var altered = HiddenConnectionHandles.Prefix + Base64Url.EncodeToString(body);

        Assert.False(handles.TryOpen(altered, out _, out var alteredProblem));
        Assert.False(handles.TryOpen(handle[..20], out _, out _));
        Assert.False(handles.TryOpen("not a handle", out _, out _));
        Assert.False(otherDeployment.TryOpen(handle, out _, out var foreignProblem));
        clock.Now += HiddenConnectionHandles.Lifetime + TimeSpan.FromMinutes(1);
        Assert.False(handles.TryOpen(handle, out _, out var expiredProblem));

        Assert.Contains("altered", alteredProblem, StringComparison.Ordinal);
        Assert.Contains("not one this service issued", foreignProblem, StringComparison.Ordinal);
        Assert.Contains("expired", expiredProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_for_a_thousand_hidden_nodes_stays_small_enough_for_a_request()
    {
        using var handles = new HiddenConnectionHandles(Key, TimeProvider.System);
        var ids = Enumerable.Range(0, 1000).Select(i => $"per-{i:D7}").ToList();

        var handle = handles.Issue(Qingshan, Jiangbei, ids);

        Assert.True(handle.Length < 8 * 1024, $"{handle.Length} characters");
        Assert.True(handles.TryOpen(handle, out var content, out _));
        Assert.Equal(ids, content!.NodeIds);
    }
}
