/**
 * Where the package's own files are: the built-in suite, the default policy and the report viewer.
 * A module of its own so that a command can name them without loading the pipeline.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package root: src/ and dist/ (the bundle and its chunks) both sit one level below it. */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BUILTIN_SCENARIOS = join(ROOT, 'scenarios')
export const BUILTIN_THRESHOLDS = join(ROOT, 'thresholds.json')
/** The report viewer's script and style, built into dist/ beside the bundles (report.html inlines them). */
export const VIEWER_DIR = join(ROOT, 'dist')
