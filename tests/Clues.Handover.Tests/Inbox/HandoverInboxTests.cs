using Clues.Handover.Inbox;
using Clues.Handover.Packaging;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Handover.Tests.Inbox;

public sealed class HandoverInboxTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clues-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly OfficeSigningKey _issuer = OfficeSigningKey.Create();
    private readonly OfficePublicKey _issuerPublic;

    public HandoverInboxTests() => _issuerPublic = _issuer.PublicKey();

    private string Outbox => Path.Combine(_root, "outbox");

    private string Data => Path.Combine(_root, "receiver");

    [Fact]
    public async Task A_verified_package_is_stored_under_its_number_and_its_receipt_registered()
    {
        var zip = await InboxPackages.WriteAsync(Outbox, _issuer);
        var inbox = new HandoverInbox(Data);

        var receipt = await inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None);

        Assert.Equal(InboxPackages.Number, receipt.Number);
        Assert.Equal(3, receipt.Clues);
        Assert.Equal(1, receipt.Stubs);
        Assert.Equal("431400", receipt.IssuerCode);
        Assert.Equal(Path.Combine(inbox.InboxDirectory, InboxPackages.Number), receipt.Folder);
        Assert.Equal(await File.ReadAllBytesAsync(zip), await File.ReadAllBytesAsync(Path.Combine(receipt.Folder, "package.zip")));
        Assert.True(File.Exists(Path.Combine(receipt.Folder, "files", HandoverPackageFiles.Clues)));
        var registered = Assert.Single(await inbox.ReceiptsAsync(CancellationToken.None));
        Assert.Equal(receipt, registered);
        Assert.DoesNotContain(Directory.GetDirectories(inbox.InboxDirectory), d => Path.GetFileName(d).StartsWith(".staging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_package_imported_twice_is_refused_as_a_replay_and_nothing_more_is_stored()
    {
        var zip = await InboxPackages.WriteAsync(Outbox, _issuer);
        var inbox = new HandoverInbox(Data);
        await inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InboxRefusedException>(() => inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None));

        Assert.Equal(InboxRefusal.Replay, refused.Refusal);
        Assert.Contains(InboxPackages.Number, refused.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(inbox.InboxDirectory));
        Assert.Single(await inbox.ReceiptsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_package_with_one_flipped_byte_is_refused_and_leaves_nothing_behind()
    {
        var zip = await InboxPackages.WriteAsync(Outbox, _issuer);
        var bytes = await File.ReadAllBytesAsync(zip);
        bytes[bytes.Length / 3] ^= 0x01;
        await File.WriteAllBytesAsync(zip, bytes);
        var inbox = new HandoverInbox(Data);

        var refused = await Assert.ThrowsAsync<InboxRefusedException>(() => inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None));

        Assert.Equal(InboxRefusal.NotAsSigned, refused.Refusal);
        Assert.NotEqual(PackageProblem.None, refused.Problem);
        Assert.Empty(Directory.GetFileSystemEntries(inbox.InboxDirectory));
        Assert.False(File.Exists(inbox.RegisterPath));
    }

    [Fact]
    public async Task A_package_signed_by_another_office_is_refused_as_forged()
    {
        using var forger = OfficeSigningKey.Create();
        var zip = await InboxPackages.WriteAsync(Outbox, forger);
        var inbox = new HandoverInbox(Data);

        var refused = await Assert.ThrowsAsync<InboxRefusedException>(() => inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None));

        Assert.Equal(PackageProblem.WrongKey, refused.Problem);
        Assert.Empty(await inbox.ReceiptsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_exchange_package_is_not_taken_in_as_a_handover()
    {
        var zip = await InboxPackages.WriteAsync(Outbox, _issuer, PackageKind.Exchange);
        var inbox = new HandoverInbox(Data);

        var refused = await Assert.ThrowsAsync<InboxRefusedException>(() => inbox.ImportAsync(zip, _issuerPublic, CancellationToken.None));

        Assert.Equal(InboxRefusal.NotAHandover, refused.Refusal);
        Assert.Empty(Directory.GetFileSystemEntries(inbox.InboxDirectory));
    }

    [Fact]
    public async Task Two_packages_with_the_same_number_get_separate_folders()
    {
        var inbox = new HandoverInbox(Data);
        var first = await inbox.ImportAsync(await InboxPackages.WriteAsync(Outbox, _issuer), _issuerPublic, CancellationToken.None);
        var second = await inbox.ImportAsync(await InboxPackages.WriteAsync(Outbox, _issuer), _issuerPublic, CancellationToken.None);

        Assert.NotEqual(first.Folder, second.Folder);
        Assert.StartsWith(first.Folder + "-", second.Folder, StringComparison.Ordinal);
        Assert.Equal(2, (await inbox.ReceiptsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_number_with_path_separators_cannot_leave_the_inbox_folder()
    {
        var inbox = new HandoverInbox(Data);

        var receipt = await inbox.ImportAsync(await InboxPackages.WriteAsync(Outbox, _issuer, number: "../../etc/巡移〔2026〕1号"), _issuerPublic, CancellationToken.None);

        Assert.Equal(inbox.InboxDirectory, Path.GetDirectoryName(receipt.Folder));
        Assert.DoesNotContain('/', Path.GetFileName(receipt.Folder));
    }

    public void Dispose()
    {
        _issuerPublic.Dispose();
        _issuer.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
