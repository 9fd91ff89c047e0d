// Bundles the graph explorer (src/main.js with cytoscape) into dist/ for embedding in Clues.Api.dll.
// Usage: node build.mjs [outDir]   (default: ./dist)
// Run by the CluesBuildExplorer MSBuild target (Explorer.targets) when its inputs are newer than dist/.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { explorer: path.join(here, 'src', 'main.js') },
  outdir,
  bundle: true,
  minify: true,
  legalComments: 'none',
  format: 'esm',
  target: ['es2022'],
  logLevel: 'warning',
  absWorkingDir: here,
  define: { 'process.env.NODE_ENV': '"production"' },
});

// The page and its stylesheet are hand-written; they are copied as they are.
await copyFile(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
await copyFile(path.join(here, 'explorer.css'), path.join(outdir, 'explorer.css'));

console.log(`Explorer bundled into ${outdir}`);
