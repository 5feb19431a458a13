/** Runs a test body against a loopback fake provider that replays the scripted agents for `episodes`. */
import type { EpisodeSpec } from '../../src/scenario/plan.js'
import { FakeServer, type FakeOptions } from '../fakes/server.js'
import { replayPolicy } from '../fakes/replay.js'

export async function withFakeServer<T>(episodes: Iterable<EpisodeSpec>, opts: Partial<FakeOptions>, f: (url: string, server: FakeServer) => Promise<T>): Promise<T> {
  const server = new FakeServer({ policy: replayPolicy(episodes), ...opts })
  const url = await server.start()
  try {
    return await f(url, server)
  } finally {
    await server.stop()
  }
}
