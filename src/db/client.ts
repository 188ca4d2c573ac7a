// The one place a PrismaClient is made, for the database DATABASE_URL names:
// SQLite through better-sqlite3, or PostgreSQL through node-postgres. Prisma
// ties a generated client to one provider, so each has its own, both generated
// from the same model (prisma/generate.mjs; test/migrations-postgresql.test.ts
// checks the PostgreSQL schema is derived from SQLite's). The data layer is
// typed against SQLite's client: the queries it can express are the ones both
// accept (PostgreSQL's only adds options such as `mode: 'insensitive'`, which
// would behave differently on SQLite anyway). TypeScript cannot prove two
// generated namespaces alike, hence the cast; the behaviour suites, run on
// both databases, are the proof.
import type { PrismaClient } from '../generated/prisma/client.js'
import { isRead, readDirectly } from './direct-reads.js'
import { type Connection, keepStatements, type ReadRows } from './statement-cache.js'
import type { DatabaseTarget, Provider } from './target.js'

export type { PrismaClient }
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

interface Options {
  /**
   * Called for each statement the client sends (see plugins/db.ts), outside a
   * transaction. Counted at the driver adapter: Prisma's query events cost
   * about as much again as a short statement.
   */
  onQuery?: () => void
  /** PostgreSQL: connections in the pool (node-postgres' default is 10). */
  poolSize?: number
}

const loading = new Map<Provider, Promise<unknown>>()

/**
 * Loads a provider's generated client and driver adapter, once. The server
 * calls it while it loads its other modules, so that opening the database (a
 * plugin, which must start within Fastify's plugin timeout) finds them loaded.
 */
export async function loadPrismaClient (provider: Provider): Promise<void> {
  if (!loading.has(provider)) {
    loading.set(provider, provider === 'sqlite'
      ? Promise.all([import('@prisma/adapter-better-sqlite3'), import('../generated/prisma/client.js')])
      : Promise.all([import('@prisma/adapter-pg'), import('../generated/prisma-postgresql/client.js')]))
  }
  await loading.get(provider)
}

export async function createPrismaClient (target: DatabaseTarget, options: Options = {}): Promise<PrismaClient> {
  const counted = <F>(factory: F): F => options.onQuery === undefined ? factory : countingQueries(factory, options.onQuery)
  if (target.provider === 'sqlite') {
    // Loaded on demand, like PostgreSQL's: a process only loads the driver it uses.
    const [{ PrismaBetterSqlite3 }, { PrismaClient }] = await Promise.all([
      import('@prisma/adapter-better-sqlite3'), import('../generated/prisma/client.js')
    ])
    const direct: { read: ReadRows | null, onQuery?: () => void } = { read: null, onQuery: options.onQuery }
    const adapter = onConnect(new PrismaBetterSqlite3({ url: `file:${target.path}` }), connected => {
      direct.read = keepStatements((connected as unknown as { client: Connection }).client)
      const dispose = connected.dispose.bind(connected)
      connected.dispose = async () => {
        direct.read = null
        await dispose()
      }
    })
    const client = new PrismaClient({ adapter: counted(adapter) })
    readDirectly(client, direct)
    return client
  }
  const [{ PrismaPg }, { PrismaClient }] = await Promise.all([
    import('@prisma/adapter-pg'), import('../generated/prisma-postgresql/client.js')
  ])
  const adapter = new PrismaPg({ connectionString: target.url, max: options.poolSize }, {
    // A connection the server drops (a restart, a failover) is replaced by the pool; say so rather than crash.
    onPoolError: error => { process.emitWarning(`PostgreSQL pool: ${error.message}`) }
  })
  return new PrismaClient({ adapter: counted(readsWithoutNul(adapter)) }) as unknown as PrismaClient
}

interface Queryable {
  queryRaw: (query: { sql: string, args: unknown[] }) => Promise<unknown>
  executeRaw: (query: { sql: string, args: unknown[] }) => Promise<unknown>
  dispose: () => Promise<void>
}
interface Factory { connect: () => Promise<Queryable> }

/** A driver adapter factory whose every connection is first given to `prepared`. */
function onConnect<F> (factory: F, prepared: (adapter: Queryable) => void): F {
  const inner = factory as unknown as Factory
  const connect = inner.connect.bind(inner)
  inner.connect = async () => {
    const adapter = await connect()
    prepared(adapter)
    return adapter
  }
  return factory
}

function countingQueries<F> (factory: F, onQuery: () => void): F {
  return onConnect(factory, adapter => {
    const queryRaw = adapter.queryRaw.bind(adapter)
    const executeRaw = adapter.executeRaw.bind(adapter)
    adapter.queryRaw = async query => { onQuery(); return await queryRaw(query) }
    adapter.executeRaw = async query => { onQuery(); return await executeRaw(query) }
  })
}

/**
 * PostgreSQL text cannot hold U+0000 and refuses a query that sends one (a
 * 500, where SQLite answers that nothing matches: a slug of "%00" is a 404).
 * No stored text holds one, so a read's parameter that does matches nothing:
 * it is sent as NULL, which matches nothing either. (The data layer never
 * negates a user's value, where NULL would differ.) Writes are left alone, to
 * fail as they must.
 */
function readsWithoutNul<F> (factory: F): F {
  return onConnect(factory, adapter => {
    const queryRaw = adapter.queryRaw.bind(adapter)
    adapter.queryRaw = async query => queryRaw(query.args.some(hasNul) && isRead(query.sql)
      ? { ...query, args: query.args.map(arg => hasNul(arg) ? null : arg) }
      : query)
  })
}

const hasNul = (value: unknown): boolean => typeof value === 'string' && value.includes('\u0000')
