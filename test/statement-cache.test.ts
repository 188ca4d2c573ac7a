// On SQLite, the server's connection prepares a statement once and runs it
// again with each request's values (src/db/statement-cache.ts): the values of
// one run never leak into the next, and reads, writes and transactions work
// as before.
import Database from 'better-sqlite3'
import t from 'tap'
import { createPrismaClient } from '../src/db/client.js'
import { copyOfSeededDatabase } from './helper.js'

t.test('a statement is prepared once and run with each call\'s values', async t => {
  const prepared: string[] = []
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    prepared.push(sql)
    return prepare.call(this, sql)
  } as typeof prepare
  t.teardown(() => { Database.prototype.prepare = prepare })

  const prisma = await createPrismaClient({ provider: 'sqlite', path: copyOfSeededDatabase(t) })
  t.teardown(() => prisma.$disconnect())
  const titleOf = async (slug: string): Promise<unknown> =>
    (await prisma.$queryRaw<Array<{ title: string }>>`SELECT "title" FROM "Agreement" WHERE "slug" = ${slug}`)[0]?.title ?? null
  const slugs = ['critical-minerals-supply-chain-partnership-mou', 'electric-power-mou', 'no-such-agreement']
  const first = await Promise.all(slugs.map(titleOf))
  t.match(first, [/critical minerals/i, /power/i, null])
  for (let round = 0; round < 3; round++) t.same(await Promise.all(slugs.map(titleOf)), first, `round ${round}: each call its own values`)
  t.equal(prepared.filter(sql => sql.includes('SELECT "title" FROM "Agreement"')).length, 1, 'prepared once')

  // Prisma's own queries, a write and a transaction through the same kept statements.
  const before = await prisma.agreement.count()
  t.equal(await prisma.agreement.count({ where: { slug: 'electric-power-mou' } }), 1)
  t.equal(await prisma.$executeRaw`UPDATE "Agreement" SET "place" = ${'Astana'} WHERE "slug" = ${'electric-power-mou'}`, 1)
  t.equal(await prisma.$executeRaw`UPDATE "Agreement" SET "place" = ${'Astana'} WHERE "slug" = ${'no-such-agreement'}`, 0)
  const [count, row] = await prisma.$transaction([
    prisma.agreement.count(), prisma.agreement.findUnique({ where: { slug: 'electric-power-mou' }, select: { place: true } })
  ])
  t.equal(count, before)
  t.same(row, { place: 'Astana' })
})
