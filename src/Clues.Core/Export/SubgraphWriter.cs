using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Core.Export;

/// <summary>
/// Writes a <see cref="Subgraph"/> as GraphML (for Gephi, yEd and i2 Analyst's Notebook imports) and as JSON (for
/// programs). Both carry every node's label, name and properties and every relationship's type, validity interval
/// and properties; GraphML flattens properties to one JSON string attribute, since its attribute types are scalars.
/// Output is deterministic (nodes and edges in the given order, keys sorted) so two exports of the same data are
/// byte-identical, which signed packages rely on.
/// </summary>
public static class SubgraphWriter
{
    private static readonly JsonSerializerOptions Json = new(NodeMapper.JsonOptions) { WriteIndented = false };

    /// <summary>Writes GraphML (UTF-8, no BOM).</summary>
    /// <param name="subgraph">What to write.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] ToGraphMl(Subgraph subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var (nodes, relationships) = Closed(subgraph);
        using var buffer = new MemoryStream();
        var scratch = new ArrayBufferWriter<byte>(256);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
            Key(xml, "label", "node", "label");
            Key(xml, "name", "node", "name");
            Key(xml, "nprops", "node", "properties");
            Key(xml, "type", "edge", "type");
            Key(xml, "validFrom", "edge", "validFrom");
            Key(xml, "validTo", "edge", "validTo");
            Key(xml, "eprops", "edge", "properties");
            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "clues");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in nodes)
            {
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "label", node.Label.ToString());
                Data(xml, "name", node.Name);
                Data(xml, "nprops", SortedJson(node.Properties, scratch));
                xml.WriteEndElement();
            }

            foreach (var rel in relationships)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", rel.Id);
                xml.WriteAttributeString("source", rel.StartId);
                xml.WriteAttributeString("target", rel.EndId);
                Data(xml, "type", rel.Type.ToString());
                Data(xml, "validFrom", rel.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(xml, "validTo", rel.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(xml, "eprops", SortedJson(rel.Properties, scratch));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the JSON form: <c>{"nodes":[{id,label,name,properties}],"edges":[{id,type,source,target,validFrom,validTo,properties}]}</c>.</summary>
    /// <param name="subgraph">What to write.</param>
    /// <returns>The document's UTF-8 bytes.</returns>
    public static byte[] ToJson(Subgraph subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var (nodes, relationships) = Closed(subgraph);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("nodes");
            foreach (var node in nodes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", node.Id);
                writer.WriteString("label", node.Label.ToString());
                writer.WriteString("name", node.Name);
                writer.WritePropertyName("properties");
                WriteSorted(writer, node.Properties);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("edges");
            foreach (var rel in relationships)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rel.Id);
                writer.WriteString("type", rel.Type.ToString());
                writer.WriteString("source", rel.StartId);
                writer.WriteString("target", rel.EndId);
                writer.WriteString("validFrom", rel.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("validTo", rel.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WritePropertyName("properties");
                WriteSorted(writer, rel.Properties);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static (IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships) Closed(Subgraph subgraph)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<NodeRecord>(subgraph.Nodes.Count);
        foreach (var node in subgraph.Nodes)
        {
            if (ids.Add(node.Id))
            {
                nodes.Add(node);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var relationships = subgraph.Relationships
            .Where(r => ids.Contains(r.StartId) && ids.Contains(r.EndId) && seen.Add(r.Id))
            .ToList();
        return (nodes, relationships);
    }

    // Keys in ordinal order so equal data gives equal bytes; values are written as they are, not copied.
    private static void WriteSorted(Utf8JsonWriter writer, JsonObject properties)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer, Json);
            }
        }

        writer.WriteEndObject();
    }

    private static string SortedJson(JsonObject properties, ArrayBufferWriter<byte> scratch)
    {
        scratch.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(scratch, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteSorted(writer, properties);
        }

        return Encoding.UTF8.GetString(scratch.WrittenSpan);
    }

    private static void Key(XmlWriter xml, string id, string domain, string name)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
