using Clues.Core.Graph;

namespace Clues.Seed.Generation;

/// <summary>One batch to write, with where its phase stands once it is written.</summary>
internal sealed record SeedChunk(GraphBatch Batch, string Phase, long Done, long Total);
