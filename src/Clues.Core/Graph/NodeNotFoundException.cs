namespace Clues.Core.Graph;

/// <summary>A request named a node id the store does not hold.</summary>
public sealed class NodeNotFoundException : GraphStoreException
{
    /// <summary>Creates the exception for <paramref name="nodeId"/>.</summary>
    public NodeNotFoundException(string nodeId)
        : base($"No node has id '{nodeId}'. Check the id, or find the node by name or natural key first.")
        => NodeId = nodeId;

    /// <summary>The id that was not found.</summary>
    public string NodeId { get; }
}
