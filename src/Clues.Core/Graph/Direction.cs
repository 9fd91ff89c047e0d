namespace Clues.Core.Graph;

/// <summary>Which relationships of a node a traversal follows.</summary>
public enum Direction : byte
{
    /// <summary>Both ways: analysts usually ask about connections, not direction.</summary>
    Both = 0,
    /// <summary>Only relationships that start at the node.</summary>
    Outgoing = 1,
    /// <summary>Only relationships that end at the node.</summary>
    Incoming = 2,
}
