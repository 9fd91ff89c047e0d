// Entry of the offline GraphiQL page served by Clues.GraphQL's MapGraphQL endpoint.
// The server renders <div id="graphiql" data-endpoint=… data-headers=…>; no inline script is
// needed, so the page's Content-Security-Policy can forbid inline scripts entirely.
import './monaco-environment.js';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './page.css';

const host = document.getElementById('graphiql');
const endpoint = host.dataset.endpoint || window.location.pathname;
const defaultQuery = host.dataset.defaultQuery || undefined;
// Headers the server suggests (e.g. an Authorization placeholder for a development token); shown in
// the headers editor so a user can edit them. Invalid JSON is ignored rather than breaking the page.
let defaultHeaders;
if (host.dataset.headers) {
  try {
    defaultHeaders = JSON.stringify(JSON.parse(host.dataset.headers), null, 2);
  } catch {
    defaultHeaders = undefined;
  }
}

// Saved example operations, one tab each ({query, variables} as GraphiQL's defaultTabs expects). GraphiQL
// only uses them when the browser has no stored tabs, so a user's own work is never replaced.
let defaultTabs;
if (host.dataset.tabs) {
  try {
    const parsed = JSON.parse(host.dataset.tabs);
    defaultTabs = Array.isArray(parsed) && parsed.length > 0
      ? parsed.map((tab) => ({ query: String(tab.query ?? ''), variables: tab.variables ?? undefined, headers: defaultHeaders }))
      : undefined;
  } catch {
    defaultTabs = undefined;
  }
}

const fetcher = createGraphiQLFetcher({
  url: new URL(endpoint, window.location.href).toString(),
  // No subscriptionUrl: the endpoint speaks plain HTTP, so graphql-ws is never loaded.
});

createRoot(host).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    defaultTabs={defaultTabs}
    defaultHeaders={defaultHeaders}
    defaultEditorToolsVisibility={defaultHeaders ? 'headers' : undefined}
    shouldPersistHeaders={false}
  />,
);
