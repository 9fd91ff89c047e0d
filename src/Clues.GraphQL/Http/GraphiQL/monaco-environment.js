// Monaco asks for a web worker per language service. The workers are bundled by build.mjs into the
// folder that holds this bundle, so they are loaded from the same origin (no CDN, no blob: URLs,
// which keeps the page's Content-Security-Policy at worker-src 'self').
// This module is imported first by index.jsx, so the environment exists before Monaco loads.
const base = new URL('./', import.meta.url);

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(new URL('json.worker.js', base), { name: 'json' });
      case 'graphql':
        return new Worker(new URL('graphql.worker.js', base), { name: 'graphql' });
      default:
        return new Worker(new URL('editor.worker.js', base), { name: label || 'editor' });
    }
  },
};
