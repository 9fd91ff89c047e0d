using Clues.Packages.Keys;

namespace Clues.Sharing.Tests.Exchange;

/// <summary>A temp folder with two data directories and two offices' key pairs; removed on dispose.</summary>
internal sealed class ExchangeFolder : IDisposable
{
    private ExchangeFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "clues-exchange-" + Guid.NewGuid().ToString("N"));

    public string County => Path.Combine(Root, "county");

    public string City => Path.Combine(Root, "city");

    public string CountyKey => Path.Combine(Root, "county-keys", OfficeKeyFiles.PrivateKeyFileName);

    public string CountyPub => Path.Combine(Root, "county-keys", OfficeKeyFiles.PublicKeyFileName);

    public string CityKey => Path.Combine(Root, "city-keys", OfficeKeyFiles.PrivateKeyFileName);

    public string CityPub => Path.Combine(Root, "city-keys", OfficeKeyFiles.PublicKeyFileName);

    public static async Task<ExchangeFolder> CreateAsync()
    {
        var folder = new ExchangeFolder();
        await OfficeKeyFiles.CreateAsync(Path.Combine(folder.Root, "county-keys"), false, CancellationToken.None);
        await OfficeKeyFiles.CreateAsync(Path.Combine(folder.Root, "city-keys"), false, CancellationToken.None);
        return folder;
    }

    public string File(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
