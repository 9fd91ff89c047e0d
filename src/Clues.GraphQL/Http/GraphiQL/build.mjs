// Bundles GraphiQL 5 and Monaco's workers into one folder for offline serving.
// Usage: node build.mjs [outDir]   (default: ./dist)
// Run by the BuildGraphiQL MSBuild target (GraphiQL.targets) when its inputs are newer than dist/.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync, constants } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022'],
  logLevel: 'warning',
  absWorkingDir: here,
  // React and GraphiQL pick their development builds unless told otherwise.
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: {
    '.ttf': 'file',
    '.woff': 'file',
    '.woff2': 'file',
    '.svg': 'file',
    '.png': 'file',
  },
  assetNames: '[name]-[hash]',
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await Promise.all([
  // The app is an ES module so monaco-environment.js can find its folder from import.meta.url.
  build({
    ...common,
    entryPoints: { index: path.join(here, 'index.jsx') },
    outdir,
    format: 'esm',
    jsx: 'automatic',
    // Only needed for subscriptions over WebSocket, which this endpoint does not offer; the
    // toolkit imports it lazily, so leaving it out keeps the bundle small and the page working.
    external: ['graphql-ws'],
  }),
  // Workers are classic scripts (IIFE) so every browser can start them with new Worker(url).
  build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir,
    format: 'iife',
  }),
]);

// Pre-compressed copies: the server sends them to clients that accept gzip (5 MB of script becomes ~1.5 MB)
// without compressing on every request.
for (const name of await readdir(outdir)) {
  if (/\.(js|css)$/.test(name)) {
    const content = await readFile(path.join(outdir, name));
    await writeFile(path.join(outdir, `${name}.gz`), gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
  }
}

console.log(`GraphiQL bundled into ${outdir}`);
