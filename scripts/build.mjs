// Bundles the CLI and the action into dist/ with esbuild. `--outdir DIR` builds elsewhere
// (CI builds into a temporary folder and compares it with the committed dist/).
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
