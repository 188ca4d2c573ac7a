// Test helpers: every test file gets its own copy of the seeded template
// database (on the database the suite runs on, see fixtures/provider.ts), and
// apps are built without listening and closed after the test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Test } from 'tap'
import app from '../src/app.js'
import { createPrismaClient, loadPrismaClient, type PrismaClient } from '../src/db/client.js'
import { withConnection } from '../src/db/postgresql.js'
import type { DatabaseTarget } from '../src/db/target.js'
import { parseConfig, type Config } from '../src/config.js'
import { serverOptions } from '../src/server-options.js'
import { emptyPostgresDatabase, seededPostgresDatabase, syntheticPostgresDatabase } from './fixtures/postgres.js'
import { testProvider } from './fixtures/provider.js'
import { syntheticTemplatePath, templatePath } from './fixtures/template.js'

export { testProvider }

/** A new empty directory, removed after the test. */
export function tempDir (t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'accords-test-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A fresh copy of the seeded SQLite database, removed after the test. */
export function copyOfSeededDatabase (t: Test): string {
  const path = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, path)
  return path
}

/** A fresh copy of the seeded database, on the suite's database, removed after the test. */
export async function seededDatabase (t: Test): Promise<DatabaseTarget> {
  return testProvider() === 'sqlite'
    ? { provider: 'sqlite', path: copyOfSeededDatabase(t) }
    : { provider: 'postgresql', url: await seededPostgresDatabase(t) }
}

/** A fresh copy of the synthetic template (the shipped dataset and 20,000 generated agreements), on the suite's database, removed after the test. */
export async function syntheticDatabase (t: Test): Promise<DatabaseTarget> {
  if (testProvider() === 'postgresql') return { provider: 'postgresql', url: await syntheticPostgresDatabase(t) }
  const path = join(tempDir(t), 'synthetic.db')
  copyFileSync(syntheticTemplatePath, path)
  return { provider: 'sqlite', path }
}

/** A database with nothing in it (a SQLite file of no tables), on the suite's database. */
export async function emptyDatabase (t: Test): Promise<DatabaseTarget> {
  if (testProvider() === 'postgresql') return { provider: 'postgresql', url: await emptyPostgresDatabase(t) }
  const path = join(tempDir(t), 'empty.db')
  new Database(path).close() // the server creates the file before anything opens it
  return { provider: 'sqlite', path }
}

/** A Prisma client on `database`, disconnected after the test. */
export async function prismaOn (t: Test, database: DatabaseTarget): Promise<PrismaClient> {
  const prisma = await createPrismaClient(database)
  t.teardown(() => prisma.$disconnect())
  return prisma
}

/** The rows a query answers on `database`, outside Prisma. */
export async function rowsOf (database: DatabaseTarget, sql: string): Promise<Array<Record<string, unknown>>> {
  if (database.provider === 'postgresql') return withConnection(database.url, async client => (await client.query(sql)).rows)
  const db = new Database(database.path, { readonly: true })
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>
  } finally {
    db.close()
  }
}

/** Runs SQL (a statement without results) on `database`, outside Prisma, as an operator would. */
export async function execute (database: DatabaseTarget, sql: string): Promise<void> {
  if (database.provider === 'postgresql') {
    await withConnection(database.url, async client => { await client.query(sql) })
    return
  }
  const db = new Database(database.path)
  try {
    db.exec(sql)
  } finally {
    db.close()
  }
}

/** Every row of every table, each table's rows in a stable order: what "nothing changed" compares. */
export async function snapshot (database: DatabaseTarget): Promise<Record<string, unknown[]>> {
  if (database.provider === 'sqlite') {
    const db = new Database(database.path, { readonly: true })
    try {
      const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string, sql: string }>
      // The full-text index's own tables are WITHOUT ROWID: ordered by their key.
      return Object.fromEntries(tables.map(({ name, sql }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${/WITHOUT ROWID/i.test(sql) ? '1, 2' : 'rowid'}`).all()]))
    } finally {
      db.close()
    }
  }
  return withConnection(database.url, async client => {
    const tables = (await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows
    const dump: Record<string, unknown[]> = {}
    for (const { name } of tables) {
      const rows = (await client.query(`SELECT * FROM "${name}"`)).rows.map(row => JSON.stringify(row)).sort()
      dump[name] = rows.map(row => JSON.parse(row) as unknown)
    }
    return dump
  })
}

/** The configuration tests run with: `database` (a SQLite path, or a database) and silent logs. */
export function testConfig (database: string | DatabaseTarget, overrides: Partial<Config> = {}): Config {
  return {
    ...parseConfig({}),
    database: typeof database === 'string' ? { provider: 'sqlite', path: database } : database,
    logLevel: 'silent',
    ...overrides
  }
}

export async function buildApp (t: Test, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  return (await buildAppWithDatabase(t, overrides)).app
}

/**
 * The app, and a Prisma client of the test's own on the same database:
 * writes through it come from another connection, as a re-seed would.
 */
export async function buildAppWithDatabase (t: Test, overrides: Partial<Config> = {}): Promise<{ app: FastifyInstance, prisma: PrismaClient, database: DatabaseTarget }> {
  const database = overrides.database ?? await seededDatabase(t)
  const config = testConfig(database, overrides)
  await loadPrismaClient(database.provider) // as the server does before it registers the app
  // The server's Fastify options (request ids, refusals, timeouts; logs silent).
  const server = Fastify(serverOptions(config))
  // Registered with fastify-plugin, so tests can see the app's decorations (prisma, dbStats).
  await server.register(fp(app), { config })
  t.teardown(() => server.close())
  await server.ready()
  return { app: server, prisma: await prismaOn(t, database), database }
}

/**
 * Polls `check` until it holds, up to `ms`: a change committed elsewhere
 * reaches a PostgreSQL server's response cache by notification, within
 * milliseconds but not synchronously (on SQLite it holds the first time).
 */
export async function eventually (check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const start = Date.now()
  for (;;) {
    if (await check()) return true
    if (Date.now() - start > ms) return false
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}
