using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Handover.Inbox;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues package import</c>: the receiving body verifies a handover package against the issuer's public key,
/// refuses replays, stores it in its inbox and registers receipt (签收登记).
/// </summary>
internal static class PackageImportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "The package .zip received.", Arity = ArgumentArity.ZeroOrOne };
        var key = new Option<FileInfo?>("--key") { Description = "The issuing office's public key (its office.pub; check the fingerprint with the issuer)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The receiving side's data directory; the package goes to <data>/inbox/<number>/ and <data>/inbox-register.jsonl." };
        var json = CommonOptions.Json();
        var command = new Command(
            "import",
            "Verify a handover package, refuse it if it was taken in before, store it in the inbox and register receipt. Exit 0: received; 1: refused (tampered, forged, wrong key, replayed or not a handover package; nothing stored); 2: usage error.")
        {
            file, key, data, json,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (PackageCommand.UsageError(parse))
            {
                return 2;
            }

            var zip = parse.GetValue(file);
            if (zip is null)
            {
                Console.Error.WriteLine("FILE: give the package to import, e.g. clues package import 江临巡移2026-12.zip --key issuer.pub --data ./data.");
                return 2;
            }

            if (!zip.Exists)
            {
                Console.Error.WriteLine($"FILE: no file at {zip.FullName}.");
                return 2;
            }

            var dir = parse.GetValue(data);
            if (dir is null)
            {
                Console.Error.WriteLine("--data: give the receiving data directory, e.g. --data ./data.");
                return 2;
            }

            using var publicKey = await PackageCommand.LoadKeyAsync(parse.GetValue(key), cancellationToken);
            if (publicKey is null)
            {
                return 2;
            }

            dir.Create();
            InboxReceipt receipt;
            try
            {
                receipt = await new HandoverInbox(dir.FullName).ImportAsync(zip.FullName, publicKey, cancellationToken);
            }
            catch (InboxRefusedException e)
            {
                Console.Error.WriteLine($"REFUSED ({(e.Refusal == InboxRefusal.NotAsSigned ? e.Problem.ToString() : e.Refusal.ToString())}): {e.Message}");
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(receipt, Json));
                return 0;
            }

            Console.WriteLine($"RECEIVED {receipt.Number} from {receipt.IssuerName} ({receipt.IssuerCode}) for {receipt.RecipientName}");
            Console.WriteLine($"{receipt.Clues} clue(s) ({receipt.Stubs} stub(s)), {receipt.Files} files, issued {receipt.CreatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}, received {receipt.ReceivedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} (UTC+8)");
            Console.WriteLine($"package {receipt.PackageId}, signed by key {receipt.KeyId[..16]}…; stored in {receipt.Folder}");
            return 0;
        });
        return command;
    }
}
