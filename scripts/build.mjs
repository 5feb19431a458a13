// Bundles the CLI and the action into dist/ with esbuild, and the report viewer (dist/viewer.js and
// dist/viewer.css, which report.html inlines). `--outdir DIR` builds elsewhere (CI builds into a
// temporary folder and compares it with the committed dist/).
import { build } from 'esbuild'
import { chmodSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })

// The folder holds only what this build writes; chunk names carry their content's hash, so files of
// an earlier build (chunks, license notes) would otherwise linger beside the new ones.
rmSync(values.outdir, { recursive: true, force: true })

// Modules generated here and put in the bundle in place of a placeholder in src/config: the schema
// files' validators (standalone.ts for precompiled.ts), so no command compiles a schema when it
// starts, and the built-in scenarios as validated now (prevalidate.ts for prevalidated.ts), so no
// command parses their YAML. Each generator is TypeScript, bundled on its own and run from memory.
async function generated(entry) {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    // As in the bundle below: CommonJS dependencies call require(), here for Node's own modules only.
    banner: { js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});` },
    logLevel: 'warning'
  })
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`)
}
const { precompiledModule } = await generated('src/config/standalone.ts')
const { prevalidatedModule } = await generated('src/config/prevalidate.ts')
const placeholders = { 'precompiled.ts': precompiledModule(), 'prevalidated.ts': prevalidatedModule('scenarios') }
const generatedModules = {
  name: 'generated-modules',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]pre(compiled|validated)\.ts$/ }, (args) => ({
      contents: placeholders[args.path.split(/[\\/]/).pop()],
      loader: 'js',
      resolveDir: join('src', 'config')
    }))
  }
}

const common = {
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning'
}

await build({
  ...common,
  // dist/cli-run.js is the command line past help (dist/cli.js, below, loads it); dist/main.js the
  // action as a module that exports `run` without calling it, which is what @github/local-action
  // (and anything else) imports.
  entryPoints: { 'cli-run': 'src/cli-run.ts', main: 'src/action.ts' },
  // Each dynamic import() becomes a chunk loaded when a command first needs it, so `--help` or
  // `verify` does not parse the engine and the provider SDKs. Chunks sit beside cli.js (not in a
  // subfolder): modules locate the repository from their own import.meta.url, one level up.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  plugins: [generatedModules],
  // CommonJS dependencies (ajv) call require(); an ESM bundle has to provide it.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __sgCreateRequire } from 'node:module';\nconst require = __sgCreateRequire(import.meta.url);"
  }
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

// dist/index.js (action.yml `main`) only calls dist/main.js's `run`, so the action is bundled once.
await build({
  ...common,
  entryPoints: { index: 'src/action-main.ts' },
  plugins: [
    {
      name: 'action-module',
      setup(b) {
        b.onResolve({ filter: /^\.\/action\.js$/ }, () => ({ path: './main.js', external: true }))
      }
    }
  ]
})

// dist/cli.js answers --help and --version from the help texts bundled into it whole, one file
// (a module loaded at start costs about 2 ms; split, the help path was six), and loads
// dist/cli-run.js for a command. The help texts are also in a chunk of the split build, for
// cli-run.js: a second copy of pure code, which keeps no state to share.
await build({
  ...common,
  entryPoints: { cli: 'src/cli-main.ts' },
  plugins: [
    {
      name: 'cli-run-module',
      setup(b) {
        b.onResolve({ filter: /^\.\/cli-run\.js$/ }, () => ({ path: './cli-run.js', external: true }))
      }
    }
  ],
  banner: { js: '#!/usr/bin/env node' }
})

// Installed as the `scheming-gate` command (package.json `bin`), the CLI must be executable.
chmodSync(join(values.outdir, 'cli.js'), 0o755)
