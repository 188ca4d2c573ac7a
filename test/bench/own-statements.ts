// The API's own SQL for a request, to set beside the raw-SQL baseline: the
// app, built in the benchmark's process on the same file, answers the request
// once (a cache miss, by inject) while the statements its SQLite connection
// runs are recorded; the benchmark then times them as it times the baselines
// (baselines.ts: prepared once, run back to back). An operation's time is then
// its statements and the rest of the request, each measured.
import Database from 'better-sqlite3'
import Fastify, { type FastifyInstance } from 'fastify'
import app from '../../src/app.js'
import { parseConfig } from '../../src/config.js'
import { loadPrismaClient } from '../../src/db/client.js'
import { serverOptions } from '../../src/server-options.js'
import type { Statement } from './baselines.js'

interface Recordable { source: string, all: (...params: unknown[]) => unknown[] }

let recording: Statement[] | undefined

/**
 * Every better-sqlite3 statement's `all` (the one way Prisma's adapter reads)
 * notes its SQL and parameters while a request is recorded. better-sqlite3 has
 * no statement hook of its own, so its prototype is wrapped, once, in this
 * process only.
 */
function recordStatements (): void {
  const probe = new Database(':memory:')
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Recordable & { recorded?: true }
  probe.close()
  if (prototype.recorded === true) return
  const all = prototype.all
  prototype.all = function (this: Recordable, ...params: unknown[]) {
    recording?.push({ sql: this.source, params })
    return all.apply(this, params)
  }
  prototype.recorded = true
}

export interface OwnStatements {
  /** The statements the API runs to answer `url` (a GET), with its parameters. */
  of: (url: string) => Promise<Statement[]>
  close: () => Promise<void>
}

export async function ownStatements (path: string): Promise<OwnStatements> {
  recordStatements()
  // Without a rate limit: the pass asks more than a client may.
  const config = { ...parseConfig({}), database: { provider: 'sqlite', path } as const, logLevel: 'silent' as const, rateLimitMax: 0 }
  await loadPrismaClient('sqlite')
  const server: FastifyInstance = Fastify(serverOptions(config))
  await server.register(app, { config })
  await server.ready()
  let n = 0
  return {
    async of (url) {
      const statements: Statement[] = []
      recording = statements
      try {
        // A distinct Accept, as the benchmark's requests have: never an answer the response cache kept.
        const res = await server.inject({ method: 'GET', url, headers: { accept: `application/json, x/own-${n++}` } })
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} in process`)
      } finally {
        recording = undefined
      }
      return statements
    },
    close: async () => { await server.close() }
  }
}
