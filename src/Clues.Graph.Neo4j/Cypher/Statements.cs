using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the adapter sends, in one place, so one test can lint them all with Neo4j's
/// own front end. Labels and relationship types cannot be parameters, so the statements that need one
/// are made per <see cref="NodeLabel"/> or <see cref="RelType"/> from the enum names, and
/// <see cref="All"/> lists every variant.
/// </summary>
/// <remarks>
/// The graph in Neo4j: each node carries the label <c>CluesNode</c> and its <see cref="NodeLabel"/> name,
/// and the properties <c>id</c>, <c>label</c>, <c>name</c>, <c>searchName</c> (NFKC, lower case),
/// <c>searchLength</c>, <c>key</c> (<c>Kind:Value</c>) and <c>props</c> (the JSON properties as text, so
/// nested objects and exact numbers survive). Each relationship has its <see cref="RelType"/> name as type
/// and the properties <c>id</c>, <c>validFrom</c>, <c>validTo</c> (Cypher DATE) and <c>props</c>.
/// One <c>CluesWriteLock</c> node serialises writers and counts committed batches.
/// </remarks>
internal static class Statements
{
    public const string NodeLabelName = "CluesNode";

    // ---- schema, run once at start; IF NOT EXISTS makes each idempotent ----

    public static readonly CypherStatement NodeIdConstraint = new(
        "node id constraint",
        "CREATE CONSTRAINT clues_node_id IF NOT EXISTS FOR (n:CluesNode) REQUIRE n.id IS UNIQUE");

    public static readonly CypherStatement NodeKeyConstraint = new(
        "natural key constraint",
        "CREATE CONSTRAINT clues_node_key IF NOT EXISTS FOR (n:CluesNode) REQUIRE n.key IS UNIQUE");

    public static readonly CypherStatement WriteLockConstraint = new(
        "write lock constraint",
        "CREATE CONSTRAINT clues_write_lock IF NOT EXISTS FOR (l:CluesWriteLock) REQUIRE l.id IS UNIQUE");

    public static readonly CypherStatement NameFullTextIndex = new(
        "name full-text index",
        "CREATE FULLTEXT INDEX clues_names IF NOT EXISTS FOR (n:CluesNode) ON EACH [n.name]");

    public static readonly CypherStatement SearchNameTextIndex = new(
        "search name text index",
        "CREATE TEXT INDEX clues_search_names IF NOT EXISTS FOR (n:CluesNode) ON (n.searchName)");

    /// <summary>Uniqueness of the store id within one label (the global one is <see cref="NodeIdConstraint"/>).</summary>
    public static CypherStatement LabelIdConstraint(NodeLabel label) => new(
        $"{label} id constraint",
        $"CREATE CONSTRAINT clues_{Snake(label.ToString())}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE");

    /// <summary>Relationships are found by id through one range index per type.</summary>
    public static CypherStatement RelationshipIdIndex(RelType type) => new(
        $"{type} id index",
        $"CREATE INDEX clues_{Snake(type.ToString())}_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)");

    /// <summary>The schema statements in the order they are run.</summary>
    public static IEnumerable<CypherStatement> Schema()
    {
        yield return NodeIdConstraint;
        yield return NodeKeyConstraint;
        yield return WriteLockConstraint;
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            yield return LabelIdConstraint(label);
        }

        foreach (var type in Enum.GetValues<RelType>())
        {
            yield return RelationshipIdIndex(type);
        }

        yield return NameFullTextIndex;
        yield return SearchNameTextIndex;
    }

    // ---- writes, inside one transaction per batch ----

    /// <summary>Taken first in every write transaction: writers queue on this node, so checks and counts see no other writer.</summary>
    public static readonly CypherStatement AcquireWriteLock = new(
        "acquire write lock",
        "MERGE (l:CluesWriteLock {id: 'graph'}) SET l.version = coalesce(l.version, 0) + 1 RETURN l.version AS version");

    public static readonly CypherStatement DeleteRelationshipsById = new(
        "delete relationships",
        $"UNWIND $ids AS id CALL {{ {UnionById("id", "r")} }} DELETE r",
        "ids");

    public static readonly CypherStatement DeleteNodes = new(
        "delete nodes",
        "UNWIND $ids AS id MATCH (n:CluesNode {id: id}) DETACH DELETE n",
        "ids");

    public static readonly CypherStatement NodeStates = new(
        "node states",
        "UNWIND $ids AS id MATCH (n:CluesNode {id: id}) RETURN n.id AS id, n.label AS label",
        "ids");

    public static readonly CypherStatement KeyOwners = new(
        "natural key owners",
        "UNWIND $keys AS key MATCH (n:CluesNode {key: key}) RETURN key, n.id AS id",
        "keys");

    public static readonly CypherStatement RelationshipStates = new(
        "relationship states",
        $"UNWIND $ids AS id CALL {{ {UnionById("id", "r")} }} RETURN r.id AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end",
        "ids");

    /// <summary>Clears the keys of the nodes about to be written, so two nodes may swap keys in one batch.</summary>
    public static readonly CypherStatement ReleaseKeys = new(
        "release natural keys",
        "UNWIND $ids AS id MATCH (n:CluesNode {id: id}) REMOVE n.key",
        "ids");

    /// <summary>Inserts or replaces nodes of one label (rows: id, label, name, searchName, searchLength, key, props).</summary>
    public static CypherStatement UpsertNodes(NodeLabel label) => new(
        $"upsert {label} nodes",
        $"UNWIND $rows AS row MERGE (n:CluesNode {{id: row.id}}) SET n:{label}, n.label = row.label, n.name = row.name, "
        + "n.searchName = row.searchName, n.searchLength = row.searchLength, n.key = row.key, n.props = row.props",
        "rows");

    /// <summary>Inserts or replaces relationships of one type (rows: id, start, end, validFrom, validTo, props).</summary>
    public static CypherStatement UpsertRelationships(RelType type) => new(
        $"upsert {type} relationships",
        "UNWIND $rows AS row MATCH (a:CluesNode {id: row.start}) MATCH (b:CluesNode {id: row.end}) "
        + $"MERGE (a)-[r:{type} {{id: row.id}}]->(b) SET r.validFrom = row.validFrom, r.validTo = row.validTo, r.props = row.props",
        "rows");

    // ---- reads ----

    private const string NodeColumns = "n.id AS id, n.label AS label, n.name AS name, n.key AS key, n.props AS props";

    public static readonly CypherStatement NodesById = new(
        "nodes by id",
        $"UNWIND $ids AS id MATCH (n:CluesNode {{id: id}}) RETURN {NodeColumns}",
        "ids");

    public static readonly CypherStatement NodeByKey = new(
        "node by natural key",
        $"MATCH (n:CluesNode {{key: $key}}) RETURN {NodeColumns}",
        "key");

    public static readonly CypherStatement RelationshipsById = new(
        "relationships by id",
        $"UNWIND $ids AS id CALL {{ {UnionById("id", "r")} }} "
        + "RETURN r.id AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, r.validFrom AS validFrom, r.validTo AS validTo, r.props AS props",
        "ids");

    public static readonly CypherStatement SearchNames = new(
        "name search",
        "MATCH (n:CluesNode) WHERE n.searchName CONTAINS $text AND ($labels IS NULL OR n.label IN $labels) "
        + "RETURN n.id AS id, n.label AS label, n.name AS name "
        + "ORDER BY CASE WHEN n.searchName = $text THEN 0 WHEN n.searchName STARTS WITH $text THEN 1 ELSE 2 END, n.searchLength, n.id "
        + "LIMIT $limit",
        "text", "labels", "limit");

    private const string WindowPredicate =
        "($types IS NULL OR type(r) IN $types) "
        + "AND ($windowFrom IS NULL OR r.validTo IS NULL OR r.validTo >= $windowFrom) "
        + "AND ($windowTo IS NULL OR r.validFrom IS NULL OR r.validFrom <= $windowTo)";

    /// <summary>
    /// The relationships of each node that pass the type and time filters, with the node at the other end.
    /// Every node found gives at least one row (with null relationship columns when it has none), so the
    /// caller also learns which ids exist. Direction and label filters are applied by the caller.
    /// </summary>
    public static readonly CypherStatement Expand = new(
        "expand nodes",
        "UNWIND $ids AS id MATCH (n:CluesNode {id: id}) "
        + $"OPTIONAL MATCH (n)-[r]-(m:CluesNode) WHERE {WindowPredicate} "
        + "RETURN n.id AS node, n.label AS label, n.name AS name, r.id AS rel, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, "
        + "r.validFrom AS validFrom, r.validTo AS validTo, m.id AS other, m.label AS otherLabel, m.name AS otherName",
        "ids", "types", "windowFrom", "windowTo");

    /// <summary>Like <see cref="Expand"/> for one node, with the relationships' properties.</summary>
    public static readonly CypherStatement NodeRelationships = new(
        "relationships of a node",
        "MATCH (n:CluesNode {id: $id}) "
        + $"OPTIONAL MATCH (n)-[r]-(m:CluesNode) WHERE {WindowPredicate} "
        + "RETURN r.id AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, r.validFrom AS validFrom, r.validTo AS validTo, "
        + "r.props AS props, m.id AS other, m.label AS otherLabel",
        "id", "types", "windowFrom", "windowTo");

    public static readonly CypherStatement Stats = new(
        "statistics",
        "RETURN COLLECT { MATCH (n:CluesNode) WITH n.label AS label, count(*) AS c RETURN [label, c] } AS labels, "
        + "COLLECT { MATCH (:CluesNode)-[r]->(:CluesNode) WITH type(r) AS type, count(*) AS c RETURN [type, c] } AS types");

    public static readonly CypherStatement ScanNodes = new(
        "scan nodes",
        "MATCH (n:CluesNode) WHERE ($label IS NULL OR n.label = $label) AND ($after IS NULL OR n.id > $after) "
        + "RETURN n.id AS id, n.label AS label, n.name AS name ORDER BY n.id LIMIT $pageSize",
        "label", "after", "pageSize");

    /// <summary>Edges by pages of start nodes in id order; a start node without relationships gives one row of nulls.</summary>
    public static readonly CypherStatement ScanEdges = new(
        "scan edges",
        "MATCH (a:CluesNode) WHERE $after IS NULL OR a.id > $after WITH a ORDER BY a.id LIMIT $pageSize "
        + "OPTIONAL MATCH (a)-[r]->(b:CluesNode) "
        + "RETURN a.id AS node, r.id AS rel, type(r) AS type, b.id AS end, r.validFrom AS validFrom, r.validTo AS validTo",
        "after", "pageSize");

    /// <summary>Empties the store (the contract suite starts each test from an empty database).</summary>
    public static readonly CypherStatement DeleteEverything = new(
        "delete everything",
        "MATCH (n:CluesNode) DETACH DELETE n");

    /// <summary>Every statement, each per-label and per-type variant included, for the lint test.</summary>
    public static IEnumerable<CypherStatement> All()
    {
        foreach (var statement in Schema())
        {
            yield return statement;
        }

        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            yield return UpsertNodes(label);
        }

        foreach (var type in Enum.GetValues<RelType>())
        {
            yield return UpsertRelationships(type);
        }

        yield return AcquireWriteLock;
        yield return DeleteRelationshipsById;
        yield return DeleteNodes;
        yield return NodeStates;
        yield return KeyOwners;
        yield return RelationshipStates;
        yield return ReleaseKeys;
        yield return NodesById;
        yield return NodeByKey;
        yield return RelationshipsById;
        yield return SearchNames;
        yield return Expand;
        yield return NodeRelationships;
        yield return Stats;
        yield return ScanNodes;
        yield return ScanEdges;
        yield return DeleteEverything;
    }

    /// <summary>
    /// A union of one index-backed match per relationship type: a relationship is found by id without knowing
    /// its type, and each branch can use that type's id index (a match without a type would scan them all).
    /// </summary>
    private static string UnionById(string idVariable, string relVariable) => string.Join(
        " UNION ",
        Enum.GetValues<RelType>().Select(t => $"WITH {idVariable} MATCH ()-[{relVariable}:{t}]->() WHERE {relVariable}.id = {idVariable} RETURN {relVariable}"));

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
