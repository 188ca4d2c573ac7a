// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
// It computes and applies migrations exactly as the native `prisma migrate`
// does, but needs no binary download, so the project works offline.
//
// The package's main entry imports its .wasm file as an ES module, which Node
// 20 cannot do without a flag, so the module is instantiated here by hand.
// SQLite's adapter is here; PostgreSQL's, with its own repairs, is in
// schema-engine-postgresql.ts.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

export type { SchemaEngine }

// Node has WebAssembly, but @types/node does not declare it (TypeScript's DOM lib does).
declare const WebAssembly: {
  instantiate: (bytes: Uint8Array, imports: Record<string, unknown>) => Promise<{ instance: { exports: Record<string, unknown> } }>
}

let initialised: Promise<void> | undefined

function initWasm (): Promise<void> {
  initialised ??= (async () => {
    // A Rust panic in the engine reports its message through this global (the
    // Prisma CLI sets it); without it the panic surfaces as "Cannot read
    // properties of undefined (reading 'set_message')".
    const global = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (message: string) => void } }
    global.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: message => { console.error(`schema engine panic: ${message}`) } }
    const require = createRequire(import.meta.url)
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
      .replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm')
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bindings })
    const exports = instance.exports as { __wbindgen_start: () => void }
    bindings.__wbg_set_wasm(exports)
    exports.__wbindgen_start()
  })()
  return initialised
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>

/**
 * The better-sqlite3 adapter factory, with two repairs the schema engine needs:
 * the engine runs whole migration scripts through `executeRaw`, which
 * better-sqlite3 refuses when a string holds several statements (so those go
 * to `executeScript`), and it never closes the connections it opens (so we
 * keep them, to close them in `close`).
 */
class MigrationAdapterFactory {
  readonly provider = 'sqlite'
  readonly adapterName: string
  readonly #inner: PrismaBetterSqlite3
  readonly #open: SqliteAdapter[] = []

  constructor (url: string) {
    this.#inner = new PrismaBetterSqlite3({ url })
    this.adapterName = this.#inner.adapterName
  }

  async connect (): Promise<SqliteAdapter> { return this.#track(await this.#inner.connect()) }
  async connectToShadowDb (): Promise<SqliteAdapter> { return this.#track(await this.#inner.connectToShadowDb()) }

  async close (): Promise<void> {
    await Promise.all(this.#open.splice(0).map(adapter => adapter.dispose()))
  }

  #track (adapter: SqliteAdapter): SqliteAdapter {
    const executeRaw = adapter.executeRaw.bind(adapter)
    adapter.executeRaw = async query => {
      try {
        return await executeRaw(query)
      } catch (error) {
        const cause = (error as { cause?: { originalMessage?: string } }).cause
        if (query.args.length > 0 || !/more than one statement/.test(cause?.originalMessage ?? String(error))) throw error
        await adapter.executeScript(query.sql)
        return 0
      }
    }
    this.#open.push(adapter)
    return adapter
  }
}

export interface OpenSchemaEngine {
  engine: SchemaEngine
  close: () => Promise<void>
}

/** What the engine needs of an adapter factory; `close` ends every connection it opened. */
export interface EngineAdapterFactory {
  readonly provider: string
  readonly adapterName: string
  connect: () => Promise<unknown>
  connectToShadowDb: () => Promise<unknown>
  close: () => Promise<void>
}

/**
 * Opens a schema engine on the database at `url`: a SQLite file (`file:...`)
 * or a PostgreSQL database (`postgresql://...`, whose server also hosts the
 * shadow databases a drift check needs). Call `close` when done.
 */
export async function openSchemaEngine (url: string, schema: { path: string, content: string }): Promise<OpenSchemaEngine> {
  await initWasm()
  const factory: EngineAdapterFactory = url.startsWith('file:')
    ? new MigrationAdapterFactory(url)
    : new (await import('./schema-engine-postgresql.js')).PostgresqlMigrationFactory(url)
  const log = (): void => {}
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] }, log,
    bindMigrationAwareSqlAdapterFactory(factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0])
  )
  return {
    engine,
    close: async () => {
      engine.free()
      await factory.close()
    }
  }
}
