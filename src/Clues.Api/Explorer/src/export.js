// Turns the drawn subgraph into files analysts take to other tools: GraphML (Gephi, i2 Analyst's Notebook via
// its GraphML import, yEd) and plain JSON. Built in the browser from what is on the canvas, so an export shows
// exactly what the analyst saw, with no second trip to the server.

import { kindInfo, relationshipLabel } from './labels.js';

// Characters XML 1.0 forbids even when escaped; a stray control character in a name would make the file unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(value) {
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A property value as one GraphML cell: scalars as they are, objects and lists as JSON. */
function cell(value) {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The subgraph as plain data: { nodes: [...], edges: [...] } in drawing order. */
export function snapshot(cy) {
  const nodes = cy.nodes().map((n) => {
    const d = n.data();
    return {
      id: d.id,
      typename: d.typename,
      kind: d.kind,
      kindLabel: kindInfo(d.kind).label,
      name: d.name,
      degree: d.degree ?? null,
      omittedNeighbors: d.omitted ?? null,
      properties: d.props,
    };
  });
  const edges = cy.edges().map((e) => {
    const d = e.data();
    return {
      id: d.id,
      type: d.type,
      typeLabel: relationshipLabel(d.type),
      source: d.source,
      target: d.target,
      validFrom: d.validFrom ?? null,
      validTo: d.validTo ?? null,
    };
  });
  return { nodes, edges };
}

export function toJson(cy) {
  return JSON.stringify({ format: 'clues-subgraph', version: 1, exportedAt: new Date().toISOString(), ...snapshot(cy) }, null, 2);
}

export function toGraphML(cy) {
  const { nodes, edges } = snapshot(cy);

  // One GraphML key per node property seen, so Gephi shows them as columns. Key ids are generated (p0, p1, ...)
  // because property names need not be valid XML ids; attr.name carries the real name.
  const propertyKeys = new Map();
  for (const node of nodes) {
    for (const name of Object.keys(node.properties ?? {})) {
      if (!propertyKeys.has(name)) {
        propertyKeys.set(name, `p${propertyKeys.size}`);
      }
    }
  }

  const out = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  // Gephi takes the "label" attribute as the node and edge label.
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  out.push('  <key id="kind" for="node" attr.name="kind" attr.type="string"/>');
  out.push('  <key id="kindLabel" for="node" attr.name="类型" attr.type="string"/>');
  out.push('  <key id="typename" for="node" attr.name="typename" attr.type="string"/>');
  out.push('  <key id="degree" for="node" attr.name="degree" attr.type="int"/>');
  for (const [name, key] of propertyKeys) {
    out.push(`  <key id="${key}" for="node" attr.name="${xml(name)}" attr.type="string"/>`);
  }
  out.push('  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>');
  out.push('  <key id="type" for="edge" attr.name="type" attr.type="string"/>');
  out.push('  <key id="validFrom" for="edge" attr.name="validFrom" attr.type="string"/>');
  out.push('  <key id="validTo" for="edge" attr.name="validTo" attr.type="string"/>');
  out.push('  <graph id="clues" edgedefault="directed">');

  for (const node of nodes) {
    out.push(`    <node id="${xml(node.id)}">`);
    out.push(`      <data key="label">${xml(node.name)}</data>`);
    out.push(`      <data key="kind">${xml(node.kind)}</data>`);
    out.push(`      <data key="kindLabel">${xml(node.kindLabel)}</data>`);
    out.push(`      <data key="typename">${xml(node.typename)}</data>`);
    if (Number.isInteger(node.degree)) {
      out.push(`      <data key="degree">${node.degree}</data>`);
    }
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (value !== null && value !== undefined) {
        out.push(`      <data key="${propertyKeys.get(name)}">${xml(cell(value))}</data>`);
      }
    }
    out.push('    </node>');
  }

  for (const edge of edges) {
    out.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">`);
    out.push(`      <data key="elabel">${xml(edge.typeLabel)}</data>`);
    out.push(`      <data key="type">${xml(edge.type)}</data>`);
    if (edge.validFrom) {
      out.push(`      <data key="validFrom">${xml(edge.validFrom)}</data>`);
    }
    if (edge.validTo) {
      out.push(`      <data key="validTo">${xml(edge.validTo)}</data>`);
    }
    out.push('    </edge>');
  }

  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
