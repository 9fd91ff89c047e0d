using System.CommandLine;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Cli.Commands;

/// <summary><c>clues package …</c>: signed handover and exchange packages.</summary>
internal static class PackageCommand
{
    /// <summary>The verbs under <c>package</c>; export and import are added to this list as they are built.</summary>
    private static readonly Func<Command>[] Verbs = [Verify, PackageExportCommand.Create, PackageImportCommand.Create];

    public static Command Create()
    {
        var package = new Command("package", "Signed packages (移交包/交换包) between offices.");
        foreach (var verb in Verbs)
        {
            package.Subcommands.Add(verb());
        }

        return package;
    }

    /// <summary>Loads the public key for a verb, printing the reason and returning null when it cannot.</summary>
    internal static async Task<OfficePublicKey?> LoadKeyAsync(FileInfo? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            Console.Error.WriteLine("--key: give the issuing office's public key, e.g. --key office.pub (written by `clues keys init`).");
            return null;
        }

        try
        {
            return await OfficePublicKey.LoadAsync(key.FullName, cancellationToken);
        }
        catch (OfficeKeyException e)
        {
            Console.Error.WriteLine($"--key: {e.Message}");
            return null;
        }
    }

    /// <summary>Reports unknown arguments; true when there were any.</summary>
    internal static bool UsageError(ParseResult parse)
    {
        if (parse.UnmatchedTokens.Count == 0)
        {
            return false;
        }

        Console.Error.WriteLine($"Unknown argument(s): {string.Join(' ', parse.UnmatchedTokens)}. See --help.");
        return true;
    }

    private static Command Verify()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "The package .zip.", Arity = ArgumentArity.ZeroOrOne };
        var key = new Option<FileInfo?>("--key") { Description = "The issuing office's public key (office.pub)." };
        var verify = new Command("verify", "Check that every byte of a package is as the issuing office signed it. Exit 0: intact; 1: refused (the reason is printed); 2: usage error.") { file, key };
        // Unknown arguments are usage errors (exit 2), not the parser's generic failure (exit 1).
        verify.TreatUnmatchedTokensAsErrors = false;
        verify.SetAction(async (parse, cancellationToken) =>
        {
            if (UsageError(parse))
            {
                return 2;
            }

            var zip = parse.GetValue(file);
            if (zip is null)
            {
                Console.Error.WriteLine("FILE: give the package to verify, e.g. clues package verify 江临巡移2026-12.zip --key office.pub.");
                return 2;
            }

            if (!zip.Exists)
            {
                Console.Error.WriteLine($"FILE: no file at {zip.FullName}.");
                return 2;
            }

            using var publicKey = await LoadKeyAsync(parse.GetValue(key), cancellationToken);
            if (publicKey is null)
            {
                return 2;
            }

            using var verdict = await new PackageVerifier().VerifyFileAsync(zip.FullName, publicKey, cancellationToken);
            if (!verdict.IsValid)
            {
                Console.Error.WriteLine($"REFUSED ({verdict.Problem}): {verdict.Message}");
                return 1;
            }

            var manifest = verdict.Package!.Manifest;
            Console.WriteLine($"OK {verdict.Message}");
            Console.WriteLine($"package {manifest.PackageId} ({manifest.Kind.ToString().ToLowerInvariant()}), created {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss zzz}");
            Console.WriteLine($"from {manifest.Issuer.Name} ({manifest.Issuer.Code}) to {manifest.Recipient.Name} ({manifest.Recipient.Code})");
            foreach (var approval in manifest.Approvals)
            {
                Console.WriteLine($"approved by {approval.By} ({approval.Role}) at {approval.At:yyyy-MM-dd HH:mm}");
            }

            foreach (var listed in manifest.Files)
            {
                Console.WriteLine($"  {listed.Sha256[..16]}  {listed.Size,12}  {listed.Name}");
            }

            return 0;
        });

        return verify;
    }
}
