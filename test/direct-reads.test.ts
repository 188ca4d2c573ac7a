// On SQLite, the data layer's SQL reads go to the database's connection
// directly (src/db/direct-reads.ts), not through Prisma's $queryRaw: the same
// rows, counted as the server counts its statements; writes and transactions
// still go through Prisma.
import t from 'tap'
import { createPrismaClient, type PrismaClient } from '../src/db/client.js'
import { readRows, readWith, writtenOnce } from '../src/db/direct-reads.js'
import { Prisma } from '../src/generated/prisma/client.js'
import { copyOfSeededDatabase } from './helper.js'

/** Counts the client's own $queryRaw calls: the way a read would go without a direct one. */
function spyOnQueryRaw (prisma: PrismaClient): { calls: number } {
  const spy = { calls: 0 }
  const queryRaw = prisma.$queryRaw.bind(prisma)
  prisma.$queryRaw = ((...args: Parameters<typeof queryRaw>) => { spy.calls++; return queryRaw(...args) }) as typeof queryRaw
  return spy
}

const detail = (slug: string): Prisma.Sql => Prisma.sql`
  SELECT a."slug", a."identified", a."sourceCount", (SELECT count(*) FROM "AgreementParty" x WHERE x."agreementId" = a."id") AS "parties"
  FROM "Agreement" a WHERE a."slug" = ${slug} AND a."identified" = ${true}`

t.test('a read goes to the connection directly, with the rows $queryRaw gives (integers as numbers, booleans as 0 or 1)', async t => {
  let statements = 0
  const prisma = await createPrismaClient({ provider: 'sqlite', path: copyOfSeededDatabase(t) }, { onQuery: () => { statements++ } })
  t.teardown(() => prisma.$disconnect())
  await prisma.$connect()
  const spy = spyOnQueryRaw(prisma)

  const rows = await readRows(prisma, detail('electric-power-mou'))
  t.equal(spy.calls, 0, 'not through $queryRaw')
  t.equal(statements, 1, 'counted as a statement')
  const viaPrisma = await prisma.$queryRaw<Array<Record<string, unknown>>>(detail('electric-power-mou'))
  t.equal(viaPrisma.length, 1)
  const [{ slug, identified, sourceCount, parties }] = viaPrisma as [Record<string, unknown>]
  t.same(rows, [{ slug, identified: identified === true ? 1 : 0, sourceCount: Number(sourceCount), parties: Number(parties) }])
  t.type(rows[0]?.parties, 'number', 'a count is a number, which JSON can write')
  t.same(await readRows(prisma, detail('no-such-agreement')), [])
})

t.test('a write, and a read in a transaction, go through Prisma', async t => {
  const prisma = await createPrismaClient({ provider: 'sqlite', path: copyOfSeededDatabase(t) })
  t.teardown(() => prisma.$disconnect())
  await prisma.$connect()
  const spy = spyOnQueryRaw(prisma)
  const [written] = await readRows<{ slug: string }>(prisma,
    Prisma.sql`UPDATE "Agreement" SET "place" = ${'Astana'} WHERE "slug" = ${'electric-power-mou'} RETURNING "slug"`)
  t.same(written, { slug: 'electric-power-mou' })
  t.equal(spy.calls, 1, 'the write through $queryRaw')
  // Starts as a read does, but writes: SQLite says so of the statement, and Prisma runs it.
  const [again] = await readRows<{ slug: string }>(prisma, Prisma.sql`WITH given AS (SELECT ${'Almaty'} AS "place")
    UPDATE "Agreement" SET "place" = (SELECT "place" FROM given) WHERE "slug" = ${'electric-power-mou'} RETURNING "slug"`)
  t.same(again, { slug: 'electric-power-mou' })
  t.equal(spy.calls, 2, 'a CTE\'s write through $queryRaw')
  await readRows(prisma, Prisma.sql`WITH given AS (SELECT ${'Astana'} AS "place")
    UPDATE "Agreement" SET "place" = (SELECT "place" FROM given) WHERE "slug" = ${'electric-power-mou'}`)
  t.equal(spy.calls, 3, 'and one that returns no rows')
  const place = await prisma.$transaction(async tx => await readRows<{ place: string }>(tx,
    Prisma.sql`SELECT "place" FROM "Agreement" WHERE "slug" = ${'electric-power-mou'}`))
  t.same(place, [{ place: 'Astana' }], 'the transaction reads what was written')
})

t.test('before the client connects, and after it disconnects, a read connects it and goes directly', async t => {
  const prisma = await createPrismaClient({ provider: 'sqlite', path: copyOfSeededDatabase(t) })
  t.teardown(() => prisma.$disconnect())
  const spy = spyOnQueryRaw(prisma)
  const first = await readRows(prisma, detail('electric-power-mou'))
  t.equal(first.length, 1)
  await prisma.$disconnect()
  t.same(await readRows(prisma, detail('electric-power-mou')), first, 'the same rows, of the same types')
  t.equal(spy.calls, 0, 'neither through $queryRaw')
})

t.test('a statement written once reads, with each reading\'s values in their places, the rows its query would', async t => {
  const prisma = await createPrismaClient({ provider: 'sqlite', path: copyOfSeededDatabase(t) })
  t.teardown(() => prisma.$disconnect())
  await prisma.$connect()
  const spy = spyOnQueryRaw(prisma)
  const statement = writtenOnce(detail('a value that only marks a place'))
  for (const slug of ['electric-power-mou', 'lithium-exploration-mou', 'no-such-agreement']) {
    t.same(await readWith(prisma, statement, [slug, true]), await readRows(prisma, detail(slug)), slug)
  }
  t.equal(spy.calls, 0, 'not through $queryRaw')
  await t.rejects(readWith(prisma, statement, ['electric-power-mou']), /1 values for a statement that takes 2/, 'a value missing is an error, not a shifted statement')
  // Through Prisma (a transaction), the same.
  t.same(await prisma.$transaction(async tx => await readWith(tx, statement, ['electric-power-mou', true])), await readRows(prisma, detail('electric-power-mou')))
})
