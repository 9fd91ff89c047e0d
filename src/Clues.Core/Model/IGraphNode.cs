using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>A typed domain node. <see cref="NodeMapper"/> turns it into the store's <see cref="NodeRecord"/> and back.</summary>
public interface IGraphNode
{
    /// <summary>The node's id, unique across all kinds.</summary>
    string Id { get; }

    /// <summary>What name search finds this node by.</summary>
    string? DisplayName { get; }

    /// <summary>The natural key that recognises this node across deployments, if any.</summary>
    NaturalKey? Key { get; }
}
