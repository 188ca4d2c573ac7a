// Warms the query path once the server listens: the first request of each
// kind of query pays for compiling it (Prisma's query compiler, V8's lazy
// compilation of the code it runs), tens of milliseconds each. So, starting
// a moment after it listens, the server sends itself one request of each
// kind, one at a time and only while no client request is in flight: a
// client that arrives at once is served first, and /ready is not delayed.
// Their answers are kept by the response cache like any other; their access
// lines say `"reqId":"warm-up-…"`.
import { setTimeout as sleep } from 'node:timers/promises'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

interface Page { data?: Array<{ slug?: string }> }

/** Each step is a URL, or makes one from the answers so far (a slug the data has); null skips it. */
type Step = string | ((answers: Map<string, Page>) => string | null)

const slugOf = (answers: Map<string, Page>, url: string): string | undefined => answers.get(url)?.data?.[0]?.slug

export const steps: Step[] = [
  '/mous?limit=1',
  answers => slugOf(answers, '/mous?limit=1') === undefined ? null : `/mous/${slugOf(answers, '/mous?limit=1')}`,
  '/sectors?limit=1',
  answers => slugOf(answers, '/sectors?limit=1') === undefined ? null : `/mous?limit=1&sector=${slugOf(answers, '/sectors?limit=1')}`,
  '/mous?group_by=party',
  '/stats',
  '/summits?limit=1',
  answers => slugOf(answers, '/summits?limit=1') === undefined ? null : `/summits/${slugOf(answers, '/summits?limit=1')}`,
  '/parties?limit=1'
]

/**
 * Sends the steps' requests to `app`, each once `idle()` says no client
 * request is in flight; stops early once `stopped()` (the server is closing).
 */
export async function warmUp (app: FastifyInstance, idle: () => boolean, stopped: () => boolean = () => false): Promise<number> {
  const answers = new Map<string, Page>()
  let sent = 0
  for (const step of steps) {
    const url = typeof step === 'string' ? step : step(answers)
    if (url === null) continue
    while (!idle() && !stopped()) await sleep(20)
    if (stopped()) break
    const answer = await app.inject({ url, headers: { 'x-request-id': `warm-up-${++sent}` } })
    if (answer.statusCode === 200 && String(answer.headers['content-type']).startsWith('application/json')) {
      answers.set(url, answer.json<Page>())
    }
  }
  return sent
}

export default fp<{ delayMs?: number }>(async (app, { delayMs = 100 }) => {
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onListen', async () => {
    // Client requests in flight, counted only while warming up.
    let active = 0
    const count = (_request: unknown, response: NodeJS.EventEmitter): void => {
      active++
      response.once('close', () => { active-- })
    }
    app.server.on('request', count)
    const timer = setTimeout(() => {
      warmUp(app, () => active === 0, () => closing)
        .then(sent => { app.log.debug({ requests: sent }, 'warmed up') })
        .catch((error: unknown) => { app.log.warn({ err: error }, 'warm-up failed') })
        .finally(() => { app.server.off('request', count) })
    }, delayMs)
    timer.unref()
  })
}, { name: 'warm-up' })
