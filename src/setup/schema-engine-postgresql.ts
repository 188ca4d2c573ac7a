// The node-postgres adapter factory, as the WebAssembly schema engine needs it.
// Prisma 7.10's PrismaPg needs two repairs for migrations (found in the
// feasibility study, /work/notes/postgres-findings.md §3):
// - its connectToShadowDb drops the shadow database while its own pool is
//   still connected, and given a connection string connects the "shadow" to
//   the MAIN database, so a drift check would write to it. Here the shadow is a
//   database of our own, created and dropped beside the main one;
// - it cannot read PostgreSQL's one-byte "char" type (OID 18), which the
//   engine's schema describer selects from pg_catalog on every describe;
// - its executeScript splits a migration at every `;`, which breaks any
//   statement holding one (a function body, a string) and runs the pieces one
//   by one, so a failure half-way leaves half a migration applied. Here the
//   script goes to the server whole, as one simple query.
import { randomUUID } from 'node:crypto'
import { PrismaPg } from '@prisma/adapter-pg'
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import pg from 'pg'

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>
interface Field { dataTypeID: number }
/** The adapter's private IO step and raw result, which the "char" repair hooks into. */
interface Internals {
  performIO: (query: object) => Promise<{ fields?: Field[] }>
  queryRaw: (query: object) => Promise<{ columnTypes: number[] }>
  /** Turns a driver error into the adapter's, and throws it. */
  onError: (error: unknown) => never
}

const CHAR_OID = 18
const TEXT_OID = 25

function repaired (adapter: PgAdapter): PgAdapter {
  const internals = adapter as unknown as Internals
  adapter.executeScript = async script => {
    const client = await adapter.underlyingDriver().connect()
    try {
      await client.query(script)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {}) // in case the script opened a transaction
      internals.onError(error)
    } finally {
      client.release()
    }
  }
  const charColumns = new WeakMap<object, number[]>()
  const performIO = internals.performIO.bind(adapter)
  internals.performIO = async query => {
    const result = await performIO(query)
    const columns: number[] = []
    result.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return
      field.dataTypeID = TEXT_OID // read it as text…
      columns.push(index)
    })
    if (columns.length > 0) charColumns.set(query, columns)
    return result
  }
  const queryRaw = internals.queryRaw.bind(adapter)
  internals.queryRaw = async query => {
    const result = await queryRaw(query)
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character // …typed as the engine expects
    return result
  }
  return adapter
}

export class PostgresqlMigrationFactory {
  readonly provider = 'postgres'
  readonly adapterName: string
  readonly #url: string
  readonly #open: PgAdapter[] = []

  constructor (url: string) {
    this.#url = url
    this.adapterName = new PrismaPg(url).adapterName
  }

  async connect (): Promise<PgAdapter> {
    return this.#track(repaired(await new PrismaPg({ connectionString: this.#url, max: 2 }).connect()))
  }

  async connectToShadowDb (): Promise<PgAdapter> {
    const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`
    const admin = new pg.Client({ connectionString: this.#url })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    const url = new URL(this.#url)
    url.pathname = `/${name}`
    const adapter = repaired(await new PrismaPg({ connectionString: url.toString(), max: 2 }).connect())
    const dispose = adapter.dispose.bind(adapter)
    let disposed: Promise<void> | undefined
    adapter.dispose = async () => {
      disposed ??= (async () => {
        await dispose()
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      })()
      return disposed
    }
    return this.#track(adapter)
  }

  /** The engine never closes what it opens. */
  async close (): Promise<void> {
    await Promise.allSettled(this.#open.splice(0).map(adapter => adapter.dispose()))
  }

  #track (adapter: PgAdapter): PgAdapter {
    this.#open.push(adapter)
    return adapter
  }
}
