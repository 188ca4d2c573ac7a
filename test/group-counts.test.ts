// GroupCount: the counts /stats and an unfiltered group_by read. The loader
// writes them (test/scale.test.ts holds /stats and every group_by to the
// oracle); a database loaded before the table existed gets them from the
// migration that adds it, and must answer exactly what a fresh load does.
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import { execute, rowsOf, syntheticDatabase, testConfig } from './helper.js'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { serverOptions } from '../src/server-options.js'
import { applyMigrations, readMigrations } from '../src/setup/migrations.js'

const database = await syntheticDatabase(t)
const countsOf = async (): Promise<string[]> => (await rowsOf(database, 'SELECT "dimension", "value", "count" FROM "GroupCount"'))
  .map(row => `${String(row.dimension)} ${String(row.value)} ${String(row.count)}`).sort()
/** What a new server on the database answers (its own response cache, empty), closed before the database changes. */
const answers = async (): Promise<string[]> => {
  const config = testConfig(database)
  await loadPrismaClient(database.provider)
  const server = Fastify(serverOptions(config))
  await server.register(fp(app), { config })
  try {
    const urls = ['/stats', '/mous?group_by=sector', '/mous?group_by=country&limit=5', '/mous?group_by=party_kind', '/mous?group_by=party&limit=3', '/mous?group_by=kind']
    return await Promise.all(urls.map(async url => {
      const res = await server.inject(url)
      return `${url} ${res.statusCode} ${res.body}`
    }))
  } finally {
    await server.close()
  }
}

t.test('a database loaded before GroupCount existed is given the same counts by its migration', async t => {
  const loaded = await countsOf()
  t.ok(loaded.some(row => /^party_kind \S+ [1-9]/.test(row)) && loaded.some(row => /^sector {2}\d/.test(row)),
    'the loader wrote counts per value and of the agreements with none')
  const before = await answers()

  const migration = (await readMigrations()).migrationDirectories.map(m => m.path).find(name => name.endsWith('_group_counts'))
  t.ok(migration, 'the migration that adds GroupCount')
  // The database as the migration before it left it: no table, the migration not applied.
  await execute(database, 'DROP TABLE "GroupCount"')
  await execute(database, `DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${String(migration)}'`)
  t.same(await applyMigrations(database), [migration])

  t.same(await countsOf(), loaded, 'the same rows as the load wrote')
  t.same(await answers(), before, '/stats and group_by answer as before, byte for byte')
})
