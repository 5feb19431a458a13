/**
 * Entry point of the CLI bundle. A request for help or the version is answered from the help texts
 * alone; for anything else the rest of the command line loads (cli-run.ts). The build bundles this
 * entry whole, with the help texts, so that `--help` reads one file: each module loaded at start
 * costs about 2 ms, and the split bundle's help path was six.
 */
import { helpAnswer } from './cli-help.js'

// The worker this entry starts for a bounded command is handed its arguments, never a request for help.
const { isMainThread } = process.getBuiltinModule('node:worker_threads')
const answer = isMainThread ? helpAnswer(process.argv.slice(2)) : undefined
if (answer) {
  process.stdout.write(answer.text)
  process.exitCode = answer.exit
} else {
  const { run } = await import('./cli-run.js')
  process.exitCode = await run(new URL(import.meta.url))
}
