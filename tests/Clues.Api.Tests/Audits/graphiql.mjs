// Opens GraphiQL in headless Chromium, waits for the schema documentation, runs a query and checks the result
// pane, then saves a screenshot. Prints a JSON report on stdout; exits non-zero when a check fails.
// Usage: node graphiql.mjs <endpoint url> <screenshot.png>
// Chromium: /usr/bin/chromium (Debian package "chromium"), or the path in CHROMIUM_PATH.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, watchPage } from '../browser-page.mjs';

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node graphiql.mjs <endpoint url> <screenshot.png>');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(3);
}

// One line: Monaco auto-indents and auto-closes brackets on typed newlines. ASCII only: a bare Debian
// Chromium has no CJK font, and tofu in the screenshot helps nobody.
const query = '{ stats { nodes relationships } search(text: "XC", first: 2) { rank node { __typename id } } }';
const origin = new URL(url).origin;
const report = { url, screenshot, cspViolations: [], externalRequests: [], pageErrors: [], consoleErrors: [], docs: null, result: null, tabs: [] };
const userDataDir = mkdtempSync(path.join(tmpdir(), 'clues-chromium-'));
let context;
let failure = null;

try {
  context = await launchChromium(chromium, { executablePath, userDataDir, viewport: { width: 1400, height: 900 } });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30000);

  // Anything the page loads must come from the server itself: no CDN.
  watchPage(page, origin, report);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) {
    throw new Error(`GET ${url} answered ${response?.status()}`);
  }

  await page.waitForSelector('.graphiql-container');

  // The server's example operations open as tabs, titled by their operation names.
  report.tabs = await page.$$eval('.graphiql-tab', (tabs) => tabs.map((t) => (t.textContent ?? '').trim()));

  // The documentation explorer shows the root types once introspection has loaded the schema.
  await page.click('[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer-root-type');
  report.docs = (await page.textContent('.graphiql-doc-explorer-content'))?.slice(0, 300) ?? null;

  // Type the ad-hoc query in a new tab, as a user would: the example tabs carry their own operation names, and
  // GraphiQL would send a replaced tab's old name with the new text.
  await page.click('.graphiql-tab-add');
  await page.waitForFunction(() => document.querySelectorAll('.graphiql-tab').length > 5);

  // Replace the operation editor's text. insertText avoids Monaco's auto-closing of brackets.
  await page.click('.graphiql-query-editor .monaco-editor');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => /"nodes":\s*\d+/.test(document.querySelector('.graphiql-response')?.textContent?.replace(/\u00a0/g, ' ') ?? ''),
    null,
    { timeout: 30000 },
  );
  report.result = (await page.textContent('.graphiql-response'))?.replace(/\u00a0/g, ' ').slice(0, 500) ?? null;

  // Let workers finish starting, so late CSP violations are caught too.
  await page.waitForTimeout(500);
  report.cspViolations.push(...(await page.evaluate(() => window.__cspViolations)));
  await page.screenshot({ path: screenshot, fullPage: false });
} catch (error) {
  failure = String(error?.stack ?? error);
  try {
    const page = context?.pages()[0];
    if (page) {
      await page.screenshot({ path: screenshot, fullPage: false });
    }
  } catch {
    // The screenshot of a failed run is a bonus.
  }
} finally {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

report.failure = failure;
report.cspViolations = [...new Set(report.cspViolations)].slice(0, 50);
report.externalRequests = [...new Set(report.externalRequests)].slice(0, 50);
console.log(JSON.stringify(report));
const problems = failure || report.cspViolations.length > 0 || report.externalRequests.length > 0 || report.pageErrors.length > 0;
// exitCode rather than process.exit(): a pipe is written asynchronously, and exit() could cut the report.
process.exitCode = problems ? 1 : 0;
