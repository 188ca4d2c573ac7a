// GroupCount and PartyPairCount: the counts /stats, an unfiltered group_by
// and /party-pairs read. The loader writes them (test/scale.test.ts holds
// /stats, every group_by and the pairs to the oracle); a database loaded
// before the tables existed gets them from the migrations that add them, and
// must answer exactly what a fresh load does.
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import { execute, rowsOf, syntheticDatabase, testConfig } from './helper.js'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { serverOptions } from '../src/server-options.js'
import { applyMigrations, readMigrations } from '../src/setup/migrations.js'

const database = await syntheticDatabase(t)
const countsOf = async (table: string): Promise<string[]> => (await rowsOf(database, `SELECT * FROM "${table}"`))
  .map(row => Object.values(row).map(String).join(' ')).sort()
/** What a new server on the database answers (its own response cache, empty), closed before the database changes. */
const answers = async (): Promise<string[]> => {
  const config = testConfig(database)
  await loadPrismaClient(database.provider)
  const server = Fastify(serverOptions(config))
  await server.register(fp(app), { config })
  try {
    const urls = ['/stats', '/mous?group_by=sector', '/mous?group_by=country&limit=5', '/mous?group_by=party_kind', '/mous?group_by=party&limit=3', '/mous?group_by=kind',
      '/party-pairs?limit=5', '/party-pairs?limit=3&offset=40', '/party-pairs?sector=energy&limit=3']
    return await Promise.all(urls.map(async url => {
      const res = await server.inject(url)
      return `${url} ${res.statusCode} ${res.body}`
    }))
  } finally {
    await server.close()
  }
}

t.test('a database loaded before the stored counts existed is given the same counts by their migrations', async t => {
  const loaded = { groups: await countsOf('GroupCount'), pairs: await countsOf('PartyPairCount') }
  t.ok(loaded.groups.some(row => /^party_kind \S+ [1-9]/.test(row)) && loaded.groups.some(row => /^sector {2}\d/.test(row)),
    'the loader wrote counts per value and of the agreements with none')
  t.ok(loaded.pairs.length > 1000, 'and the pairs of parties')
  const before = await answers()

  const names = (await readMigrations()).migrationDirectories.map(m => m.path)
  const migrations = [names.find(name => name.endsWith('_group_counts')), names.find(name => name.endsWith('_party_pair_counts'))]
  // The database as the migration before them left it: no tables, the migrations not applied.
  await execute(database, 'DROP TABLE "GroupCount"')
  await execute(database, 'DROP TABLE "PartyPairCount"')
  await execute(database, `DELETE FROM "_prisma_migrations" WHERE "migration_name" IN ('${migrations.join("', '")}')`)
  t.same(await applyMigrations(database), migrations)

  t.same(await countsOf('GroupCount'), loaded.groups, 'the same counts as the load wrote')
  t.same(await countsOf('PartyPairCount'), loaded.pairs, 'the same pairs')
  t.same(await answers(), before, '/stats, group_by and /party-pairs answer as before, byte for byte')
})
