using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>How many relationships have one type.</summary>
internal sealed record RelationshipTypeCount(RelType Type, int Count);
