using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.Hosting;

/// <summary>
/// The reporter sealing key as an operator supplies it: a key file named by the environment variable
/// <c>Clues__Security__SealingKeyFile</c>, kept outside the data directory. Nothing of the key and nothing of a
/// reporter's identity ends up in the data directory's files.
/// </summary>
public sealed class SealingKeyFromEnvironmentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clues-sealing-env-" + Guid.NewGuid().ToString("N"));

    public SealingKeyFromEnvironmentTests() => Directory.CreateDirectory(_root);

    private string Data => Path.Combine(_root, "data");

    private string Keys => Path.Combine(_root, "keys");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_reporter_registered_through_the_api_process_is_only_in_sealed_db_encrypted_under_the_key_file_from_the_environment()
    {
        Directory.CreateDirectory(Keys);
        var signingKey = RandomNumberGenerator.GetBytes(32);
        var sealingKey = RandomNumberGenerator.GetBytes(32);
        await File.WriteAllTextAsync(Path.Combine(Keys, "signing.key"), Convert.ToBase64String(signingKey));
        await File.WriteAllTextAsync(Path.Combine(Keys, "sealing.key"), Convert.ToBase64String(sealingKey));
        var reporterName = "举报人" + Guid.NewGuid().ToString("N")[..6];
        var reporterId = NationalIdNumber.FromBody("1101011980022" + RandomNumberGenerator.GetInt32(9000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;
        var contact = "139" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Issued as `clues token issue` does, recorded beside the signing key before the server loads its registry.
        var issuer = TokenIssuer.FromKeyFile(Path.Combine(Keys, "signing.key"));
        var analystToken = issuer.Issue(ApiFactory.Analyst, TimeSpan.FromHours(1));
        var member = new Principal("group-member", "组员", new HashSet<Role> { Role.GroupMember }, DivisionCode.Parse("431400"), JurisdictionLevel.City);
        var memberToken = issuer.Issue(member, TimeSpan.FromHours(1));

        await using (var api = await ApiProcess.StartAsync(Environment(Path.Combine(Keys, "sealing.key"))))
        {
            using var client = new HttpClient { BaseAddress = api.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", analystToken);
            var search = await PostAsync(client, """{ search(text: "王", kinds: [PERSON], first: 1) { node { id } } }""", null);
            Assert.True(search.TryGetProperty("data", out var found) && found.ValueKind == JsonValueKind.Object, search.ToString());
            var person = found.GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", memberToken);

            var registered = await PostAsync(client, "mutation M($input: RegisterClueInput!) { registerClue(input: $input) { id hasSealedReporter } }", new
            {
                input = new
                {
                    code = "ENV-" + Guid.NewGuid().ToString("N")[..8],
                    source = "LETTER",
                    receivedOn = "2026-03-18",
                    summary = "违规收受礼金",
                    problems = new[] { "INTEGRITY_DISCIPLINE" },
                    subjects = new[] { new { subject = person, role = "PRIMARY" } },
                    reporter = new { name = reporterName, contact, idNumber = reporterId, note = "不愿公开" },
                },
            });

            Assert.True(registered.GetProperty("data").GetProperty("registerClue").GetProperty("hasSealedReporter").GetBoolean(), registered.ToString());

            // Read while the server runs, so the WAL files the identity passed through are scanned too.
            var files = Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).ToList();
            Assert.Contains(files, f => Path.GetFileName(f) == "sealed.db");
            Assert.DoesNotContain(files, f => f.EndsWith(".key", StringComparison.Ordinal));
            var secrets = new Dictionary<string, byte[][]>
            {
                ["the reporter's name"] = [Encoding.UTF8.GetBytes(reporterName), Encoding.Unicode.GetBytes(reporterName)],
                ["the reporter's ID number"] = [Encoding.ASCII.GetBytes(reporterId), Encoding.Unicode.GetBytes(reporterId)],
                ["the reporter's contact"] = [Encoding.ASCII.GetBytes(contact)],
                ["the sealing key"] = [sealingKey, Encoding.ASCII.GetBytes(Convert.ToBase64String(sealingKey))],
            };
            foreach (var file in files)
            {
                var bytes = await ReadSharedAsync(file);
                foreach (var (what, forms) in secrets)
                {
                    Assert.All(forms, form => Assert.True(bytes.AsSpan().IndexOf(form) < 0, $"{file} holds {what} in the clear"));
                }
            }
        }

        // The key is not kept with the data: another key file named by the same variable cannot open sealed.db.
        var otherKey = Path.Combine(Keys, "other-sealing.key");
        await File.WriteAllTextAsync(otherKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var (exitCode, output) = await ApiProcess.RunToExitAsync(Environment(otherKey));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("sealed with key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_sealing_key_variable_the_api_process_refuses_to_start_and_names_the_variable()
    {
        Directory.CreateDirectory(Keys);
        await File.WriteAllTextAsync(Path.Combine(Keys, "signing.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var environment = new Dictionary<string, string>(Environment(Path.Combine(Keys, "sealing.key")));
        environment.Remove("Clues__Security__SealingKeyFile");

        var (exitCode, output) = await ApiProcess.RunToExitAsync(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Clues__Security__SealingKeyFile", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data) && Directory.EnumerateFiles(Data, "*.key", SearchOption.AllDirectories).Any(), "a key was generated in the data directory");
    }

    [Fact]
    public async Task The_sealing_key_given_inline_in_the_environment_seals_and_only_that_key_opens_the_store_again()
    {
        Directory.CreateDirectory(Keys);
        await File.WriteAllTextAsync(Path.Combine(Keys, "signing.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        await using (var api = await ApiProcess.StartAsync(Inline(key)))
        {
            using var client = new HttpClient { BaseAddress = api.Address };
            Assert.True((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode);
        }

        Assert.True(File.Exists(Path.Combine(Data, "sealed.db")));
        Assert.DoesNotContain(Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories), f => f.EndsWith(".key", StringComparison.Ordinal));

        // The same key from a file opens the store; another inline key does not.
        await File.WriteAllTextAsync(Path.Combine(Keys, "sealing.key"), key);
        await using (await ApiProcess.StartAsync(Environment(Path.Combine(Keys, "sealing.key"))))
        {
        }

        var (exitCode, output) = await ApiProcess.RunToExitAsync(Inline(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("sealed with key", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all!", "base64")]
    [InlineData("AAAA", "256-bit")]
    public async Task A_malformed_inline_sealing_key_stops_the_start_naming_the_variable(string key, string reason)
    {
        Directory.CreateDirectory(Keys);
        await File.WriteAllTextAsync(Path.Combine(Keys, "signing.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var (exitCode, output) = await ApiProcess.RunToExitAsync(Inline(key));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Clues__Security__SealingKey", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_sealing_key_and_a_key_file_together_stop_the_start()
    {
        Directory.CreateDirectory(Keys);
        await File.WriteAllTextAsync(Path.Combine(Keys, "signing.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var both = Environment(Path.Combine(Keys, "sealing.key"));
        both["Clues__Security__SealingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var (exitCode, output) = await ApiProcess.RunToExitAsync(both);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("set only one", output, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Inline(string key)
    {
        var environment = Environment(Path.Combine(Keys, "unused.key"));
        environment.Remove("Clues__Security__SealingKeyFile");
        environment["Clues__Security__SealingKey"] = key;
        return environment;
    }

    private Dictionary<string, string> Environment(string sealingKeyFile) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Clues__DataDirectory"] = Data,
        ["Clues__Security__SigningKeyFile"] = Path.Combine(Keys, "signing.key"),
        ["Clues__Security__SealingKeyFile"] = sealingKeyFile,
        ["Clues__Security__AuditAnchorKeyFile"] = Path.Combine(Keys, "audit.key"),
    };

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
