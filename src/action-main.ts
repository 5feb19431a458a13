/** Entry point of the action (dist/index.js): runs the action module (dist/main.js, which exports `run`). */
import { run } from './action.js'

await run()
