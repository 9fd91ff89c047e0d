// The graph explorer (关系图谱): search, draw and expand neighbourhoods, find shortest paths, export.
// Everything goes through the GraphQL API named by the page's data-graphql attribute (set by the server, so the
// page needs no inline script and the Content-Security-Policy can forbid them).

import cytoscape from 'cytoscape';
import { CluesApi, GraphQLError, storedToken, storeToken } from './api.js';
import { NODE_KINDS, PROPERTY_LABELS, kindInfo, relationshipLabel } from './labels.js';
import { toGraphML, toJson } from './export.js';

const root = document.getElementById('explorer');
const api = new CluesApi(root.dataset.graphql || '/graphql');
const $ = (id) => document.getElementById(id);

const ui = {
  form: $('search-form'),
  input: $('search-input'),
  results: $('result-list'),
  status: $('status'),
  expand: $('expand-button'),
  path: $('path-button'),
  clear: $('clear-button'),
  graphml: $('export-graphml'),
  json: $('export-json'),
  token: $('token-button'),
  details: $('details'),
  paths: $('path-list'),
  legend: $('legend'),
};

/** What the page has done, for the headless test and for anyone debugging in the console. */
const state = { busy: 0, done: 0, lastError: null, searches: 0, expansions: 0, pathSets: 0, lastPaths: null, lastExport: null };

const cy = cytoscape({
  container: $('graph'),
  // Tapping toggles a node's selection, so picking the two ends of a path needs no modifier key.
  selectionType: 'additive',
  boxSelectionEnabled: false,
  wheelSensitivity: 0.3,
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)',
        label: 'data(caption)',
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': 11,
        'font-family': '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif',
        color: '#1d2733',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    // Nodes with neighbours the server left out get a ring; the caption's second line says how many (+N).
    { selector: 'node[omitted > 0]', style: { 'border-width': 3, 'border-color': '#f5b041', 'border-style': 'double' } },
    { selector: 'node.center', style: { width: 36, height: 36 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f6feb', 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(caption)',
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#1f6feb', 'target-arrow-color': '#1f6feb', width: 3 } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#e5484d', 'border-style': 'solid' } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#e5484d', 'target-arrow-color': '#e5484d', width: 4, color: '#b42318', 'font-size': 11, 'z-index': 10 },
    },
  ],
});

// ----- status and errors --------------------------------------------------------------------------------------

function setStatus(text, isError = false) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

function describe(error) {
  if (error instanceof GraphQLError) {
    if (error.status === 401 || error.status === 403) {
      return `无权访问（${error.status}）：请点击“令牌”设置访问令牌。${error.message}`;
    }
    return error.message;
  }
  return String(error?.message ?? error);
}

/** Runs one user action: shows progress, reports failures in the status line, never leaves the page stuck. */
async function action(label, work) {
  state.busy++;
  document.body.classList.add('busy');
  setStatus(`${label}…`);
  try {
    const message = await work();
    state.lastError = null;
    setStatus(message ?? '');
  } catch (error) {
    state.lastError = describe(error);
    setStatus(`${label}失败：${state.lastError}`, true);
  } finally {
    state.busy--;
    state.done++;
    document.body.classList.toggle('busy', state.busy > 0);
    updateButtons();
  }
}

// ----- nodes as the API returns them --------------------------------------------------------------------------

/** The node's kind as a NodeKind name: each node type is named after its kind (InspectionRound → INSPECTION_ROUND). */
function kindOf(node) {
  return node.__typename.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** What to write on a node: its name, or for nodes without one (clue, post, payment) their code, title or voucher. */
function displayName(node) {
  return node.name ?? node.code ?? node.title ?? node.voucherNo ?? node.purpose ?? node.id;
}

/** The node's own fields, for the side panel and the exports. */
function propertiesOf(node) {
  const props = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'id' && key !== '__typename') {
      props[key] = value;
    }
  }
  return props;
}

function caption(name, omitted) {
  return omitted > 0 ? `${name}\n+${omitted}` : name;
}

/** Adds a node, or refreshes the one drawn with the same id. */
function upsertNode(node, extra = {}) {
  const kind = kindOf(node);
  const info = kindInfo(kind);
  const name = displayName(node);
  const existing = cy.getElementById(node.id);
  const data = {
    id: node.id,
    typename: node.__typename,
    kind,
    name,
    color: info.color,
    shape: info.shape,
    props: propertiesOf(node),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== null) {
      data[key] = value;
    }
  }
  if (existing.nonempty()) {
    existing.data(data);
    existing.data('caption', caption(name, existing.data('omitted') ?? 0));
    return;
  }
  data.caption = caption(name, data.omitted ?? 0);
  cy.add({ group: 'nodes', data });
}

function setOmitted(id, omitted) {
  const element = cy.getElementById(id);
  if (element.nonempty() && Number.isInteger(omitted)) {
    element.data('omitted', omitted);
    element.data('caption', caption(element.data('name'), omitted));
  }
}

/** Adds a relationship unless it is drawn already. */
function upsertEdge(edge) {
  if (cy.getElementById(edge.id).nonempty()) {
    return;
  }
  if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) {
    // An edge to a node the server left out (over the limit) cannot be drawn.
    return;
  }
  cy.add({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      caption: relationshipLabel(edge.type),
      validFrom: edge.validFrom ?? null,
      validTo: edge.validTo ?? null,
    },
  });
}

/** Lays the graph out again; new nodes start around the node they were reached from, old ones stay near. */
function relayout(added, anchorId) {
  if (added.length === 0) {
    return;
  }
  const anchor = cy.getElementById(anchorId);
  const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  added.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / added.length;
    node.position({ x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) });
  });
  const first = cy.nodes().length === added.length;
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: first,
    fit: true,
    padding: 40,
    nodeRepulsion: () => 60000,
    idealEdgeLength: () => 140,
    nodeOverlap: 40,
    numIter: 1500,
  }).run();
}

// ----- actions ------------------------------------------------------------------------------------------------

async function search(text) {
  const hits = await api.search(text, 20);
  state.searches++;
  ui.results.replaceChildren();
  for (const hit of hits) {
    const node = hit.node;
    const info = kindInfo(kindOf(node));
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'result';
    button.dataset.id = node.id;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.backgroundColor = info.color;
    const name = document.createElement('span');
    name.className = 'result-name';
    name.textContent = displayName(node);
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = info.label;
    button.append(swatch, name, kind);
    button.addEventListener('click', () => action('展开邻居', () => expand(node.id, true)));
    item.append(button);
    ui.results.append(item);
  }
  return hits.length > 0 ? `找到 ${hits.length} 个结果，点击结果展开其关系` : `没有名称包含“${text}”的节点`;
}

/** Draws a node's neighbourhood and merges it into what is on the canvas. */
async function expand(id, focus = false) {
  const subgraph = await api.neighborhood(id, 1, 200);
  if (!subgraph) {
    throw new GraphQLError(['该节点不存在或已无权查看'], 0);
  }
  state.expansions++;
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    for (const entry of subgraph.nodes) {
      upsertNode(entry.node, { degree: entry.degree, depth: entry.depth });
      // The server counts what it left out relative to this subgraph; a node already expanded keeps its own
      // count unless it is the one expanded now.
      if (entry.node.id === id || !cy.getElementById(entry.node.id).hasClass('expanded')) {
        setOmitted(entry.node.id, entry.omittedNeighbors);
      }
    }
    for (const edge of subgraph.edges) {
      upsertEdge(edge);
    }
  });
  const center = cy.getElementById(id);
  center.addClass('expanded center');
  const added = cy.nodes().filter((n) => !before.has(n.id()));
  relayout(added, id);
  if (focus) {
    cy.nodes().unselect();
    center.select();
    showNode(center);
  }
  const truncated = subgraph.truncated ? `，另有 ${subgraph.omittedNodes} 个节点未显示` : '';
  return `${center.data('name')}：新增 ${added.length} 个节点，图中共 ${cy.nodes().length} 个节点、${cy.edges().length} 条关系${truncated}`;
}

async function findPaths() {
  const [from, to] = selectedNodes();
  const result = await api.paths(from.id(), to.id(), 6, 20);
  state.pathSets++;
  state.lastPaths = result;
  clearHighlight();
  ui.paths.replaceChildren();
  if (result.paths.length === 0) {
    return `${from.data('name')} 与 ${to.data('name')} 之间 6 步内没有路径`;
  }

  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    for (const path of result.paths) {
      path.nodes.forEach((node) => upsertNode(node));
      path.edges.forEach((edge) => upsertEdge(edge));
    }
  });
  relayout(cy.nodes().filter((n) => !before.has(n.id())), from.id());

  result.paths.forEach((path, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'path-item';
    button.textContent = describePath(path);
    button.addEventListener('click', () => highlight([path]));
    item.append(button);
    ui.paths.append(item);
    if (index === 0) {
      item.classList.add('first');
    }
  });
  highlight(result.paths);
  const more = result.truncated ? '（结果已截断）' : '';
  return `找到 ${result.paths.length} 条最短路径，长度 ${result.paths[0].length}${more}`;
}

function describePath(path) {
  const parts = [];
  path.nodes.forEach((node, i) => {
    parts.push(displayName(node));
    const edge = path.edges[i];
    if (edge) {
      const forward = edge.source === node.id;
      parts.push(forward ? ` —${relationshipLabel(edge.type)}→ ` : ` ←${relationshipLabel(edge.type)}— `);
    }
  });
  return parts.join('');
}

function highlight(paths) {
  clearHighlight();
  const ids = new Set(paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
  const onPath = cy.elements().filter((e) => ids.has(e.id()));
  cy.elements().not(onPath).addClass('dimmed');
  onPath.addClass('on-path');
  cy.fit(onPath, 80);
  // A short path would otherwise fill the screen with three giant nodes; keep the drawing at a readable scale.
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center(onPath);
  }
}

function clearHighlight() {
  cy.elements().removeClass('dimmed on-path');
}

function selectedNodes() {
  return cy.nodes(':selected').toArray();
}

// ----- side panel ---------------------------------------------------------------------------------------------

function showProperties(title, rows) {
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('dl');
  for (const [key, value] of rows) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    const term = document.createElement('dt');
    term.textContent = PROPERTY_LABELS[key] ?? key;
    const detail = document.createElement('dd');
    detail.textContent = typeof value === 'object' ? JSON.stringify(value) : String(value);
    list.append(term, detail);
  }
  ui.details.replaceChildren(heading, list);
}

function showNode(node) {
  const d = node.data();
  showProperties(`${d.name}（${kindInfo(d.kind).label}）`, [
    ['id', d.id],
    ...Object.entries(d.props ?? {}),
    ['degree', d.degree],
    ['omittedNeighbors', d.omitted],
  ]);
}

function showEdge(edge) {
  const d = edge.data();
  const source = cy.getElementById(d.source).data('name');
  const target = cy.getElementById(d.target).data('name');
  showProperties(`${relationshipLabel(d.type)}：${source} → ${target}`, [
    ['id', d.id],
    ['type', d.type],
    ['validFrom', d.validFrom],
    ['validTo', d.validTo],
  ]);
}

// ----- exports ------------------------------------------------------------------------------------------------

function download(text, type, filename) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function stamp() {
  return new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
}

function exportGraphML() {
  const text = toGraphML(cy);
  state.lastExport = { format: 'graphml', nodes: cy.nodes().length, edges: cy.edges().length };
  download(text, 'application/graphml+xml;charset=utf-8', `clues-subgraph-${stamp()}.graphml`);
  setStatus(`已导出 GraphML：${cy.nodes().length} 个节点、${cy.edges().length} 条关系`);
}

function exportJson() {
  const text = toJson(cy);
  state.lastExport = { format: 'json', nodes: cy.nodes().length, edges: cy.edges().length };
  download(text, 'application/json;charset=utf-8', `clues-subgraph-${stamp()}.json`);
  setStatus(`已导出 JSON：${cy.nodes().length} 个节点、${cy.edges().length} 条关系`);
}

// ----- wiring -------------------------------------------------------------------------------------------------

function updateButtons() {
  const selected = selectedNodes().length;
  const empty = cy.nodes().length === 0;
  ui.expand.disabled = selected === 0 || state.busy > 0;
  ui.path.disabled = selected !== 2 || state.busy > 0;
  ui.graphml.disabled = empty;
  ui.json.disabled = empty;
  ui.clear.disabled = empty;
  ui.token.textContent = storedToken() ? '令牌（已设置）' : '令牌';
}

function buildLegend() {
  for (const [, info] of Object.entries(NODE_KINDS)) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.backgroundColor = info.color;
    item.append(swatch, document.createTextNode(info.label));
    ui.legend.append(item);
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.input.value.trim();
  if (text) {
    action('搜索', () => search(text));
  }
});

ui.expand.addEventListener('click', () =>
  action('展开', async () => {
    let message = '';
    for (const node of selectedNodes()) {
      message = await expand(node.id());
    }
    return message;
  }),
);
ui.path.addEventListener('click', () => action('查找路径', findPaths));
ui.clear.addEventListener('click', () => {
  cy.elements().remove();
  ui.paths.replaceChildren();
  ui.details.replaceChildren();
  setStatus('已清空');
  updateButtons();
});
ui.graphml.addEventListener('click', exportGraphML);
ui.json.addEventListener('click', exportJson);
ui.token.addEventListener('click', () => {
  // A prompt keeps the page free of a settings form for a value most deployments set once per browser.
  const token = window.prompt('访问令牌（Bearer），留空则清除：', storedToken() ?? '');
  if (token !== null) {
    storeToken(token.trim());
    updateButtons();
  }
});

cy.on('tap', 'node', (event) => showNode(event.target));
cy.on('tap', 'edge', (event) => showEdge(event.target));
cy.on('dbltap', 'node', (event) => action('展开', () => expand(event.target.id())));
cy.on('select unselect add remove', () => updateButtons());
cy.on('tap', (event) => {
  if (event.target === cy) {
    clearHighlight();
  }
});

buildLegend();
updateButtons();
setStatus('输入姓名、单位或企业名称后按“搜索”');
root.classList.add('ready');

// For the headless browser test and console debugging: read-only views of the page's state.
window.__explorer = {
  cy,
  state,
  counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length, selected: selectedNodes().length }),
  nodeIds: () => cy.nodes().map((n) => n.id()),
  renderedPosition: (id) => {
    const node = cy.getElementById(id);
    if (node.empty()) {
      return null;
    }
    const box = cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  onPath: () => ({ nodes: cy.nodes('.on-path').map((n) => n.id()), edges: cy.edges('.on-path').map((e) => e.id()) }),
};
