// A JSON page of summits is written by the database, a line per summit
// (src/db/sql/summit-lines.ts). It must be, byte for byte, what the route's
// serializer writes of the same page read through Prisma and shaped in
// JavaScript (listSummits, which CSV and NDJSON exports still use): on the
// synthetic database, every page of 500 and a country's pages; on the shipped
// dataset, with text made to need escaping, sources that disagree, and a
// summit with nothing listed. /stats' summits are written there too: each
// must hold the counts its detail (read through Prisma) gives; and /stats in
// JSON, written from the database's text, must be what the serializer writes
// of the same answer parsed.
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { statsOf, statsParts } from '../src/data/aggregates.js'
import { getSummit, listSummits } from '../src/data/summits.js'
import { summitTotalLines } from '../src/db/sql/summit-lines.js'
import { serializerCompiler } from '../src/http/serializer.js'
import { Stats } from '../src/schemas/aggregates.js'
import type { Filters } from '../src/schemas/pages.js'
import { SummitList, type SummitQuery } from '../src/schemas/summits.js'
import { buildApp, buildAppWithDatabase, execute, seededDatabase, syntheticDatabase } from './helper.js'

/** What the route's serializer writes of a page of summits (as it did of every page before the database wrote them). */
const serializeList = serializerCompiler({ schema: SummitList, method: 'GET', url: '/summits', httpStatus: '200' }) as (data: unknown) => string
/** What the route's serializer writes of /stats. */
const serializeStats = serializerCompiler({ schema: Stats, method: 'GET', url: '/stats', httpStatus: '200' }) as (data: unknown) => string

/** Where two texts first differ, and what follows there in each. */
function difference (actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined
  let i = 0
  while (i < actual.length && actual[i] === expected[i]) i++
  return `at ${i}: ${JSON.stringify(actual.slice(i, i + 200))}, expected ${JSON.stringify(expected.slice(i, i + 200))}`
}

/**
 * Every JSON page of `size` summits matching `filters`, from the first to one
 * past the last, against the serializer's page of listSummits'; how many
 * summits they held.
 */
async function samePages (t: Test, app: FastifyInstance, filters: Filters<SummitQuery>, size: number): Promise<number> {
  const query = filters.country === undefined ? '' : `country=${filters.country.join(',')}&`
  const differences: string[] = []
  let seen = 0
  for (let offset = 0; ; offset += size) {
    const res = await app.inject(`/summits?${query}limit=${size}&offset=${offset}`)
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
    const read = await listSummits(app.prisma, filters, { limit: size, offset })
    const different = difference(res.body, serializeList({ kind: 'list', data: read.data, meta: { total: read.total, limit: size, offset } }))
    if (different !== undefined) differences.push(`offset ${offset}: ${different}`)
    seen += read.data.length
    if (read.data.length === 0) break
  }
  t.same(differences, [], `/summits?${query}: every page of ${size}, and one past the last, as the serializer writes listSummits' (${seen} summits)`)
  return seen
}

/** /stats' summits against the oldest summits' details: the same summits, counts and sessions' counts. */
async function sameTotals (t: Test, app: FastifyInstance): Promise<void> {
  const stats = (await app.inject('/stats')).json()
  const oldest = await listSummits(app.prisma, {}, { limit: 50, offset: 0 })
  const expected = await Promise.all(oldest.data.map(async ({ slug }) => {
    const detail = await getSummit(app.prisma, slug)
    return {
      slug: detail.slug,
      name: detail.name,
      date: detail.date,
      agreements: detail.agreements,
      sessions: detail.sessions.map(({ slug, name, kind, date, agreements }) => ({ slug, name, kind, date, agreements }))
    }
  }))
  t.same(stats.summits, expected, `/stats' ${expected.length} summits: the oldest, with the counts their details give`)
  const before = app.dbStats.queries
  await summitTotalLines(app.prisma, 50)
  t.equal(app.dbStats.queries - before, 1, 'read in one statement (through Prisma: three)')
}

/** /stats in JSON, as written from the database's text, against the serializer's writing of the same parts parsed. */
async function sameStats (t: Test, app: FastifyInstance): Promise<void> {
  const res = await app.inject('/stats')
  t.equal(res.statusCode, 200)
  const expected = serializeStats(statsOf(await statsParts(app.prisma, app.dataset())))
  t.equal(difference(res.body, expected), undefined, '/stats: byte for byte what the serializer writes')
}

t.test('on the synthetic database, every JSON page of summits is the page listSummits reads, byte for byte, in one statement', async t => {
  const app = await buildApp(t, { database: await syntheticDatabase(t), rateLimitMax: 0 })
  const total = (await app.inject('/summits?limit=1')).json().meta.total
  t.ok(total > 500, `${total} summits, more than a page`)
  t.equal(await samePages(t, app, {}, 500), total)
  t.ok(await samePages(t, app, { country: ['KR', 'MX'] }, 200) > 200)

  // Read through Prisma, a page was eight statements: the summits, their count, countries, leaders and sessions, the sources' reports and their sources, the countries' names.
  const before = app.dbStats.queries
  t.equal((await app.inject('/summits?limit=500&offset=100')).statusCode, 200) // a page not asked for yet, so not in the response cache
  t.equal(app.dbStats.queries - before, 1, 'a page of 500: one statement')
  await sameTotals(t, app)
  await sameStats(t, app)
})

t.test('on the shipped dataset, text that needs escaping, sources that disagree and a summit with nothing listed are written as the app writes them', async t => {
  const database = await seededDatabase(t)
  const text = 'He said "yes", twice;\r\nthen\nno\r\u0001\u001f\t\\ \u2028\u2029 \u00e9 \ud83d\ude00 \u007f'
  await execute(database, `UPDATE "Summit" SET "venue" = '${text.replaceAll("'", "''")}' WHERE "slug" = 'korea-kazakhstan-2024'`)
  await execute(database, 'UPDATE "Leader" SET "office" = \'President "of", the\nRepublic\' WHERE "slug" = \'kassym-jomart-tokayev\'')
  await execute(database, 'UPDATE "Country" SET "name" = \'Kazakh\\stan\' WHERE "code" = \'KZ\'')
  await execute(database, 'INSERT INTO "Summit" ("slug", "name", "date", "city") VALUES (\'an-empty-summit\', \'An empty summit\', \'2025-01-01\', \'Seoul\')')
  const { app } = await buildAppWithDatabase(t, { database })
  t.equal(await samePages(t, app, {}, 1), 2)
  t.equal(await samePages(t, app, { country: ['KZ'] }, 50), 1)
  const [summit, empty] = (await app.inject('/summits')).json().data
  t.equal(summit.venue, text, 'the venue parses back to the stored text')
  t.same(summit.agreements.reported_by_source.map((report: { count: number, rank: string }) => `${report.count} ${report.rank}`),
    ['35 preferred', '35 preferred', '35 preferred', '35 preferred', '37 normal', '33 deprecated'], 'every source\'s report, best rank first')
  t.match(empty, { countries: [], leaders: [], sessions: [], agreements: { reported: null, recorded: 0, reported_by_source: [] } })
  await sameTotals(t, app)
  await sameStats(t, app)
  const stats = (await app.inject('/stats')).json()
  t.ok(stats.countries.some((country: { name: string }) => country.name === 'Kazakh\\stan'), 'a country\'s name that needs escaping, in its tile')
  t.same(stats.summits[0].sessions.map((session: { agreements: { reported_by_source: unknown[] } }) => session.agreements.reported_by_source.length > 0), [true, true],
    'both sessions\' reports, from their own claims')
})
