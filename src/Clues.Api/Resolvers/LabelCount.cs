using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>How many nodes carry one label.</summary>
internal sealed record LabelCount(NodeLabel Label, int Count);
