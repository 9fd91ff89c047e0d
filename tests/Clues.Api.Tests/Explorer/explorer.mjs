// Walks through the graph explorer in headless Chromium the way an analyst would: search a scenario person,
// open the neighbourhood, merge a second one, pick two nodes and find the shortest paths, export GraphML and
// JSON. Saves three screenshots and prints a JSON report on stdout; exits non-zero when a check fails.
// Usage: node explorer.mjs <explorer url> <screenshot dir> [<Authorization header value>]
// Chromium: /usr/bin/chromium (Debian package "chromium"), or the path in CHROMIUM_PATH.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, watchPage } from '../browser-page.mjs';

const [url, screenshotDir, authorization] = process.argv.slice(2);
if (!url || !screenshotDir) {
  console.error('usage: node explorer.mjs <explorer url> <screenshot dir> [<Authorization header value>]');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(3);
}

// Scenario 1 of seed/README.md (demo preset, default seed): the cadre and his brother-in-law's company. They are
// two hops apart (王伦良 → 黄江固 → company), so neither neighbourhood alone holds a path worth finding.
const PERSON = '王伦良';
const COMPANY = '江临市祥丰市政工程有限公司';

const origin = new URL(url).origin;
const shots = {
  search: path.join(screenshotDir, 'explorer-search.png'),
  neighbourhood: path.join(screenshotDir, 'explorer-neighbourhood.png'),
  path: path.join(screenshotDir, 'explorer-path.png'),
};
const report = {
  url,
  screenshots: shots,
  cspViolations: [],
  externalRequests: [],
  pageErrors: [],
  consoleErrors: [],
  steps: {},
};
const userDataDir = mkdtempSync(path.join(tmpdir(), 'clues-chromium-'));
const downloadDir = mkdtempSync(path.join(tmpdir(), 'clues-downloads-'));
let context;
let failure = null;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const explorer = (page) => page.evaluate(() => ({ ...window.__explorer.counts(), ...window.__explorer.state }));

/** Clicks a control that starts a page action and waits until that action has finished, well or not. */
async function act(page, selector, what) {
  const before = await page.evaluate(() => window.__explorer.state.done);
  await page.click(selector);
  await page.waitForFunction((n) => window.__explorer.state.done > n && window.__explorer.state.busy === 0, before);
  const state = await explorer(page);
  check(!state.lastError, `${what} failed: ${state.lastError}`);
  return state;
}

/** Searches and clicks the result with exactly this name; returns its node id. */
async function searchAndOpen(page, text) {
  await page.fill('#search-input', text);
  await act(page, '#search-button', `Searching ${text}`);
  const result = page.locator('#result-list .result', { has: page.locator('.result-name', { hasText: text }) }).first();
  const id = await result.getAttribute('data-id');
  check(id, `Searching ${text} did not list it`);
  await act(page, `#result-list .result[data-id="${id}"]`, `Opening ${text}`);
  return id;
}

/** Clicks a node where it is drawn, as a user would. */
async function clickNode(page, id) {
  const point = await page.evaluate((nodeId) => window.__explorer.renderedPosition(nodeId), id);
  check(point, `Node ${id} is not drawn`);
  await page.mouse.click(point.x, point.y);
}

async function downloadExport(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = path.join(downloadDir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

try {
  context = await launchChromium(chromium, { executablePath, userDataDir, viewport: { width: 1500, height: 900 }, acceptDownloads: true });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30000);

  // Anything the page loads must come from the server itself: no CDN.
  watchPage(page, origin, report);
  await page.addInitScript((token) => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
    // The page sends the token it finds here, as it would after an analyst pasted one in.
    if (token) {
      localStorage.setItem('clues.token', token);
    }
  }, authorization ?? null);

  const response = await page.goto(url, { waitUntil: 'load' });
  check(response && response.status() === 200, `GET ${url} answered ${response?.status()}`);
  report.steps.pageUrl = page.url();
  await page.waitForSelector('#explorer.ready');

  // 1. Search.
  await page.fill('#search-input', PERSON);
  await act(page, '#search-button', `Searching ${PERSON}`);
  report.steps.searchResults = await page.locator('#result-list .result-name').allTextContents();
  check(report.steps.searchResults.includes(PERSON), `Searching ${PERSON} did not list him: ${report.steps.searchResults.join(', ')}`);
  await page.screenshot({ path: shots.search });

  // 2. His neighbourhood, then the company's merged in.
  const personId = await searchAndOpen(page, PERSON);
  const first = await explorer(page);
  report.steps.personNeighbourhood = { nodes: first.nodes, edges: first.edges };
  check(first.nodes > 1 && first.edges > 0, `The neighbourhood of ${PERSON} drew ${first.nodes} nodes and ${first.edges} edges`);
  const companyId = await searchAndOpen(page, COMPANY);
  const merged = await explorer(page);
  report.steps.mergedNeighbourhoods = { nodes: merged.nodes, edges: merged.edges };
  check(merged.nodes > first.nodes, `Merging the company's neighbourhood added no nodes (${first.nodes} → ${merged.nodes})`);
  report.steps.badges = await page.evaluate(() => window.__explorer.cy.nodes('[omitted > 0]').length);
  await page.screenshot({ path: shots.neighbourhood });

  // 3. Pick both ends on the canvas and ask for the paths.
  await page.evaluate(() => window.__explorer.cy.nodes().unselect());
  await clickNode(page, personId);
  await clickNode(page, companyId);
  const selected = await page.evaluate(() => window.__explorer.cy.nodes(':selected').map((n) => n.id()));
  report.steps.selected = selected;
  check(selected.length === 2 && selected.includes(personId) && selected.includes(companyId), `Clicking the two nodes selected ${JSON.stringify(selected)}`);
  const afterPaths = await act(page, '#path-button', 'Finding paths');
  const onPath = await page.evaluate(() => window.__explorer.onPath());
  report.steps.paths = {
    count: afterPaths.lastPaths.paths.length,
    lengths: afterPaths.lastPaths.paths.map((p) => p.length),
    listed: await page.locator('#path-list .path-item').allTextContents(),
    highlightedNodes: onPath.nodes.length,
    highlightedEdges: onPath.edges.length,
  };
  check(afterPaths.lastPaths.paths.length > 0, 'No path was found between the cadre and the company');
  check(onPath.nodes.includes(personId) && onPath.nodes.includes(companyId) && onPath.edges.length > 0, 'The path is not highlighted');
  await page.screenshot({ path: shots.path });

  // 4. Exports: the downloaded files must describe exactly what is drawn.
  const counts = await page.evaluate(() => window.__explorer.counts());
  const graphml = await downloadExport(page, '#export-graphml');
  report.steps.graphml = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0 ? doc.getElementsByTagName('parsererror')[0].textContent : null,
      root: doc.documentElement.localName,
      nodes: doc.getElementsByTagNameNS(ns, 'node').length,
      edges: doc.getElementsByTagNameNS(ns, 'edge').length,
      labels: [...doc.getElementsByTagNameNS(ns, 'data')].filter((d) => d.getAttribute('key') === 'label').map((d) => d.textContent),
    };
  }, graphml.text);
  report.steps.graphml.file = graphml.name;
  report.steps.graphml.expected = counts;
  check(report.steps.graphml.parseError === null, `The GraphML does not parse: ${report.steps.graphml.parseError}`);
  check(report.steps.graphml.root === 'graphml', 'The GraphML root element is not <graphml>');
  check(report.steps.graphml.nodes === counts.nodes && report.steps.graphml.edges === counts.edges,
    `The GraphML holds ${report.steps.graphml.nodes} nodes and ${report.steps.graphml.edges} edges; ${counts.nodes} and ${counts.edges} are drawn`);
  check(report.steps.graphml.labels.includes(PERSON) && report.steps.graphml.labels.includes(COMPANY), 'The GraphML lacks the scenario names');
  report.steps.graphml.labels = report.steps.graphml.labels.slice(0, 10);

  const json = JSON.parse((await downloadExport(page, '#export-json')).text);
  report.steps.json = { nodes: json.nodes.length, edges: json.edges.length };
  check(json.nodes.length === counts.nodes && json.edges.length === counts.edges, 'The JSON export does not match what is drawn');

  report.steps.status = await page.textContent('#status');
  report.cspViolations.push(...(await page.evaluate(() => window.__cspViolations)));
} catch (error) {
  failure = String(error?.stack ?? error);
  try {
    const page = context?.pages()[0];
    if (page) {
      report.steps.statusAtFailure = await page.textContent('#status').catch(() => null);
      await page.screenshot({ path: path.join(screenshotDir, 'explorer-failure.png') });
    }
  } catch {
    // The screenshot of a failed run is a bonus.
  }
} finally {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(downloadDir, { recursive: true, force: true });
}

report.failure = failure;
report.cspViolations = [...new Set(report.cspViolations)].slice(0, 50);
report.externalRequests = [...new Set(report.externalRequests)].slice(0, 50);
console.log(JSON.stringify(report));
const problems = failure || report.cspViolations.length > 0 || report.externalRequests.length > 0 || report.pageErrors.length > 0;
// exitCode rather than process.exit(): a pipe is written asynchronously, and exit() could cut the report.
process.exitCode = problems ? 1 : 0;
