using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Core.Identifiers;
using Clues.Packages.Keys;

namespace Clues.Cli.Commands;

/// <summary><c>clues keys init</c>: creates the office's package-signing key pair.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for office.key (private, mode 0600), office.pub (give it to recipients) and office.json." };
        var office = new Option<string?>("--office") { Description = "The office's 6-digit division code, e.g. 431400." };
        var name = new Option<string?>("--name") { Description = "The office's name, e.g. 江临市委巡察办." };
        var force = new Option<bool>("--force") { Description = "Replace an existing key pair (packages signed before then need the old office.pub)." };

        var init = new Command("init", "Create the office's ECDSA P-256 key pair for signing packages and print its fingerprint.") { output, office, name, force };
        init.TreatUnmatchedTokensAsErrors = false;
        init.SetAction(async (parse, cancellationToken) =>
        {
            if (PackageCommand.UsageError(parse))
            {
                return 2;
            }

            var folder = parse.GetValue(output);
            if (folder is null)
            {
                Console.Error.WriteLine("--out: give the folder for the key files, e.g. --out ./office-keys.");
                return 2;
            }

            var code = parse.GetValue(office);
            if (code is not null && !DivisionCode.TryParse(code, out _, out var error))
            {
                Console.Error.WriteLine($"--office: {error}");
                return 2;
            }

            string keyId;
            try
            {
                keyId = await OfficeKeyFiles.CreateAsync(folder.FullName, parse.GetValue(force), cancellationToken);
            }
            catch (OfficeKeyException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            var officeName = parse.GetValue(name);
            var description = new { office = code, name = officeName, keyId, algorithm = "ECDSA P-256, SHA-256" };
            await File.WriteAllTextAsync(
                Path.Combine(folder.FullName, "office.json"),
                JsonSerializer.Serialize(description, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
                cancellationToken);
            Console.WriteLine($"Created {Path.Combine(folder.FullName, OfficeKeyFiles.PrivateKeyFileName)} (keep it secret) and {Path.Combine(folder.FullName, OfficeKeyFiles.PublicKeyFileName)} (give it to recipients).");
            if (code is not null || officeName is not null)
            {
                Console.WriteLine($"Office: {code} {officeName}".TrimEnd());
            }

            Console.WriteLine($"Fingerprint (key id): {keyId}");
            return 0;
        });

        return new Command("keys", "The office's package-signing keys.") { init };
    }
}
