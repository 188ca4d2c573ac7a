// Where a kept answer's CPU time goes, from a CPU profile of the server under
// load (`node --cpu-prof`): each sample is charged to the first feature found
// walking its stack from the leaf to the root, so a feature's share includes
// what it calls (randomUUID for the request id, JSON for the log line). Time
// in Node's own code that no feature called is Node's HTTP work (parsing,
// the socket, timers); in Fastify's, routing, hooks and request/reply
// objects. Shares do not depend on how busy the machine is: every part slows
// down alike.
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

interface Frame { functionName: string, url: string, lineNumber?: number, columnNumber?: number }
interface Profile {
  /** Microseconds of the monotonic clock (process.hrtime's). */
  startTime: number
  nodes: Array<{ id: number, callFrame: Frame, children?: number[] }>
  samples: number[]
  timeDeltas: number[]
}

/** The app's own file, whether it runs built (dist/…js) or from source (src/…ts). */
const own = (path: string) => (frame: Frame): boolean => new RegExp(`/(dist|src)/${path}\\.(js|ts)$`).test(frame.url)
const inPackage = (pattern: string) => (frame: Frame): boolean => new RegExp(`/node_modules/${pattern}/`).test(frame.url)

/** In the order they are looked for on each frame. */
export const features: Array<{ name: string, test: (frame: Frame) => boolean }> = [
  {
    name: 'access log line',
    test: frame => inPackage('(pino|sonic-boom|on-exit-leak-free)')(frame) || own('request-logger')(frame) ||
      (own('logging')(frame) && /^(requestCompleted|writeAccessLine\d*)$/.test(frame.functionName))
  },
  // (A bundle may rename a function: requestId2.)
  { name: 'request id', test: frame => own('plugins/request-id')(frame) || (own('logging')(frame) && /^requestId\d*$/.test(frame.functionName)) },
  { name: 'rate limit', test: frame => own('plugins/rate-limit')(frame) || own('http/rate-windows')(frame) },
  { name: 'CORS', test: inPackage('@fastify/cors') },
  { name: 'security headers', test: own('plugins/security') },
  { name: 'freshness check', test: own('db/(bounded-)?data-version') },
  { name: 'URL length check', test: own('plugins/url-length') },
  { name: 'handler timeout', test: own('plugins/handler-timeout') },
  {
    name: 'response cache (lookup, negotiation, headers)',
    test: frame => own('plugins/http-cache')(frame) || own('http/kept-headers')(frame) || inPackage('(lru-cache|@fastify/accept-negotiator)')(frame)
  }
]

const nodeInternal = (frame: Frame): boolean => frame.url === '' || frame.url.startsWith('node:')
const fastify = inPackage('(fastify|find-my-way|avvio|fast-querystring|light-my-request|fastify-plugin|@fastify/error)')

/** Monotonic time in µs, the profile's clock (V8's ticks are CLOCK_MONOTONIC, as process.hrtime is). */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n)

/**
 * The server runs bundled (dist/server.bundle.js): each frame of the bundle is
 * given the source file it came from, by the bundle's map (bundle.mjs), so
 * that the features above can be told apart.
 */
function unbundled (frames: Frame[]): void {
  const maps = new Map<string, SourceMap | null>()
  for (const frame of frames) {
    if (!frame.url.endsWith('.bundle.js') || frame.lineNumber === undefined || frame.columnNumber === undefined) continue
    if (!maps.has(frame.url)) {
      const mapFile = `${fileURLToPath(frame.url)}.map`
      maps.set(frame.url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null)
    }
    const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber)
    if (entry !== undefined && 'originalSource' in entry) frame.url = entry.originalSource
  }
}

/** CPU time by part, in ms, between two monotonicUs() times; idle time left out. */
export function cpuByPart (file: string, fromUs: number, toUs: number): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  unbundled(profile.nodes.map(node => node.callFrame))
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const parts = new Map<string, number>()
  let time = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    if (time < fromUs || time > toUs || ms === 0) continue
    const part = partOf(profile.samples[i] as number, byId, parent)
    if (part !== null) parts.set(part, (parts.get(part) ?? 0) + ms)
  }
  return parts
}

function partOf (leaf: number, byId: Map<number, Profile['nodes'][number]>, parent: Map<number, number>): string | null {
  const leafName = byId.get(leaf)?.callFrame.functionName
  if (leafName === '(idle)') return null
  if (leafName === '(garbage collector)') return 'garbage collection'
  if (leafName === '(program)') return 'V8 and native code not attributed to a function'
  let sawNode = false
  let sawFastify = false
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
    const frame = byId.get(id)?.callFrame
    if (frame === undefined) break
    const feature = features.find(f => f.test(frame))
    if (feature !== undefined) {
      // Node's own work under the cache's writeHead and end: the answer's bytes.
      return feature.name.startsWith('response cache') && sawNode ? 'writing the answer (headers and body, Node)' : feature.name
    }
    if (nodeInternal(frame) && !sawFastify) sawNode = true
    if (fastify(frame)) sawFastify = true
  }
  return sawFastify ? 'Fastify (routing, hooks, request and reply)' : 'Node HTTP (parsing, socket, timers)'
}
