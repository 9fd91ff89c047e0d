// Shared by the page tests (Audits/graphiql.mjs, Explorer/explorer.mjs): how Debian's Chromium is launched
// headless in this sandbox, and what every page is watched for. Each script passes in playwright-core's
// `chromium` from its own node_modules, so this module needs no packages of its own.

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this closed network refuses.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(chromium, { executablePath, userDataDir, viewport, acceptDownloads = false }) {
  return chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, acceptDownloads, viewport, args: chromiumArgs });
}

// Records into `report` every request that leaves the server (no CDN allowed), page errors, CSP reports and console errors.
export function watchPage(page, origin, report) {
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith(origin) && !requestUrl.startsWith('data:') && !requestUrl.startsWith('blob:')) {
      report.externalRequests.push(requestUrl);
    }
  });
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) {
      report.cspViolations.push(text);
    } else if (message.type() === 'error') {
      report.consoleErrors.push(text);
    }
  });
}
