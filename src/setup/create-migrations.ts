// `npm run db:migrate -- create <name>`: after a change to prisma/schema.prisma,
// derives PostgreSQL's copy of the schema from it and adds a migration, under
// the same folder name, to each history that lags its schema. PostgreSQL's is
// computed on a shadow database: on the server SHADOW_DATABASE_URL names, else
// on a throwaway local server (local-postgres.ts, a dev dependency).
import { readFile, writeFile } from 'node:fs/promises'
import type { Provider } from '../db/target.js'
import { postgresqlSchemaPath, schemaPath } from '../paths.js'
import { createProviderMigration, historyDir } from './migrations.js'
import { derivePostgresqlSchema } from './postgresql-schema.js'

export interface Created { provider: Provider, folder: string }

/** A PostgreSQL server's URL for shadow databases, and how to let it go. */
export async function shadowServer (url = process.env.SHADOW_DATABASE_URL): Promise<{ url: string, stop: () => Promise<void> }> {
  if (url !== undefined && url !== '') return { url, stop: async () => {} }
  const { startLocalPostgres } = await import('./local-postgres.js')
  const local = await startLocalPostgres()
  return { url: local.url('postgres'), stop: local.stop }
}

export interface CreateAllOptions {
  now?: Date
  /** Tests: other copies of the schema and the histories. */
  schema?: string
  postgresqlSchemaFile?: string
  dirs?: Record<Provider, string>
  server?: string
}

export async function createMigrations (name: string, options: CreateAllOptions = {}): Promise<Created[]> {
  const { now = new Date(), dirs = { sqlite: historyDir('sqlite'), postgresql: historyDir('postgresql') } } = options
  const sqlite = options.schema ?? await readFile(schemaPath, 'utf8')
  const postgresql = derivePostgresqlSchema(sqlite)
  await writeFile(options.postgresqlSchemaFile ?? postgresqlSchemaPath, postgresql)
  const created: Created[] = []
  const sqliteFolder = await createProviderMigration('sqlite', name, { now, schema: sqlite, dir: dirs.sqlite })
  if (sqliteFolder !== undefined) created.push({ provider: 'sqlite', folder: sqliteFolder })
  const server = options.server === undefined ? await shadowServer() : { url: options.server, stop: async () => {} }
  try {
    const folder = await createProviderMigration('postgresql', name, { now, schema: postgresql, dir: dirs.postgresql, server: server.url })
    if (folder !== undefined) created.push({ provider: 'postgresql', folder })
  } finally {
    await server.stop()
  }
  return created
}
