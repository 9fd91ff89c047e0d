namespace Clues.Core.Tests.Analysis;

/// <summary>Lets every seeded-store test class share one seeded store.</summary>
[CollectionDefinition(Name)]
public sealed class DemoStoreCollection : ICollectionFixture<DemoStoreFixture>
{
    public const string Name = "demo store";
}
