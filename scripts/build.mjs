// Bundles the CLI and the action into dist/ with esbuild, and the report viewer (dist/viewer.js and
// dist/viewer.css, which report.html inlines). `--outdir DIR` builds elsewhere (CI builds into a
// temporary folder and compares it with the committed dist/).
import { build } from 'esbuild'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })

await build({
  // dist/index.js is the action (action.yml `main`), dist/cli.js the command line.
  entryPoints: { cli: 'src/cli-main.ts', index: 'src/action-main.ts' },
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (ajv) call require(); an ESM bundle has to provide it.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __sgCreateRequire } from 'node:module';\nconst require = __sgCreateRequire(import.meta.url);"
  },
  legalComments: 'linked',
  logLevel: 'warning'
})

// The viewer runs inline in report.html: one classic script and one style sheet, minified, for
// browsers with DecompressionStream (Chrome 80, Firefox 113, Safari 16.4).
await build({
  entryPoints: { viewer: 'src/report/html/client/main.ts' },
  outdir: values.outdir,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome100', 'firefox113', 'safari16.4'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning'
})
await build({
  entryPoints: { viewer: 'src/report/html/client/style.css' },
  outdir: values.outdir,
  bundle: true,
  minify: true,
  logLevel: 'warning'
})
