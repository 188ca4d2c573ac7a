// Lists and exports of agreements are written by the database, a line per
// agreement (src/db/sql/agreement-lines.ts): JSON pages, CSV and NDJSON pages,
// full exports. Each must be, byte for byte, what the app makes of the same
// agreements read the way a detail reads one (its row statement, relations
// parsed and shaped in JavaScript: toAgreement): the route's serializer (zod's
// check, then JSON.stringify) for a JSON page, its CSV (csv-stringify, columns
// from the item schema) and JSON.stringify for exports. On the synthetic
// database (every agreement, filtered and sorted, from a cursor) and on text
// made to break a hand-written CSV or JSON.
import type { FastifyInstance } from 'fastify'
import { parse } from 'csv-parse/sync'
import t, { type Test } from 'tap'
import { toAgreement } from '../src/data/agreements.js'
import { csvColumns } from '../src/db/sql/agreement-lines.js'
import { agreementDetailRow } from '../src/db/sql/agreement-rows.js'
import { sqlOf } from '../src/db/sql/sql-dialect.js'
import { columnsOf, toCsv, toNdjson } from '../src/http/exports.js'
import { serializerCompiler } from '../src/http/serializer.js'
import { Agreement, AgreementList } from '../src/schemas/agreements.js'
import { buildApp, buildAppWithDatabase, execute, seededDatabase, syntheticDatabase } from './helper.js'

/** What the list routes' serializer wrote of a page before the database wrote its items. */
const serializeList = serializerCompiler({ schema: AgreementList, method: 'GET', url: '/mous', httpStatus: '200' }) as (data: unknown) => string

/** Each agreement as lists show it, read as its detail reads it: one statement each, shaped in JavaScript. */
async function readOneByOne (app: FastifyInstance, slugs: string[]): Promise<Agreement[]> {
  const items: Agreement[] = []
  for (const slug of slugs) {
    const row = await agreementDetailRow(app.prisma, slug)
    if (row === undefined) throw new Error(`${slug}: no such agreement`)
    items.push(toAgreement(row))
  }
  return items
}

/** Where two texts first differ, and the line there in each: what a failure shows (the texts are megabytes). */
function difference (actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined
  let i = 0
  while (i < actual.length && actual[i] === expected[i]) i++
  const lineAt = (text: string): string => JSON.stringify(text.slice(text.lastIndexOf('\n', i - 1) + 1, i + 200))
  return `at ${i}: ${lineAt(actual)}, expected ${lineAt(expected)}`
}

/** Of a list's JSON pages, those read one by one too (the first, every fourth, the last): reading all took minutes on PostgreSQL. */
const CHECKED_EVERY = 4

/**
 * Every agreement a list answers, as JSON pages of 500 walked by cursor. The
 * body of the first page, every fourth and the last must be what the
 * serializer writes of their agreements read one by one.
 */
async function pagesOf (t: Test, app: FastifyInstance, path: string): Promise<Agreement[]> {
  const items: Agreement[] = []
  const differences: string[] = []
  let checked = 0
  let cursor = '*'
  for (let page = 0; ; page++) {
    const res = await app.inject(`${path}${path.includes('?') ? '&' : '?'}limit=500&cursor=${encodeURIComponent(cursor)}`)
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
    const body = res.json()
    const last = body.meta.next_cursor === null
    if (page % CHECKED_EVERY === 0 || last) {
      const read = await readOneByOne(app, body.data.map((item: Agreement) => item.slug))
      const different = difference(res.body, serializeList({ kind: 'list', data: read, meta: body.meta }))
      if (different !== undefined) differences.push(`page ${page}: ${different}`)
      checked += read.length
    }
    items.push(...body.data)
    if (last) break
    cursor = body.meta.next_cursor
  }
  t.same(differences, [], `${path}: the JSON pages read one by one (${checked} of ${items.length} agreements) are what the serializer writes of them`)
  return items
}

/** The same list exported (streamed), in both formats, and as a page in each, against its JSON pages' agreements. */
async function sameAsPages (t: Test, app: FastifyInstance, path: string, expectedRows?: number): Promise<Agreement[]> {
  const items = await pagesOf(t, app, path)
  if (expectedRows !== undefined) t.equal(items.length, expectedRows, `${path}: ${expectedRows} agreements`)
  const separator = path.includes('?') ? '&' : '?'
  const csv = await app.inject(`${path}${separator}format=csv`)
  t.equal(csv.headers['x-total-count'], String(items.length))
  t.equal(difference(csv.body, toCsv(Agreement, items)), undefined, `${path}: the CSV export is the CSV of its agreements`)
  const ndjson = await app.inject(`${path}${separator}format=ndjson`)
  t.equal(difference(ndjson.body, toNdjson(items)), undefined, `${path}: the NDJSON export is JSON.stringify of its agreements`)
  const offset = Math.floor(items.length / 3)
  const csvPage = await app.inject(`${path}${separator}format=csv&limit=200&offset=${offset}`)
  t.equal(difference(csvPage.body, toCsv(Agreement, items.slice(offset, offset + 200))), undefined, `${path}: a CSV page`)
  const ndjsonPage = await app.inject(`${path}${separator}format=ndjson&limit=200&offset=${offset}`)
  t.equal(difference(ndjsonPage.body, toNdjson(items.slice(offset, offset + 200))), undefined, `${path}: an NDJSON page`)
  return items
}

t.test('the SQL writes the columns of the CSV header, in order', async t => {
  const prisma = (await buildApp(t)).prisma
  t.same(csvColumns(sqlOf(prisma)), columnsOf(Agreement).map(column => column.name))
})

t.test('on the synthetic database, every page and export is its agreements read one by one, byte for byte', async t => {
  const app = await buildApp(t, { database: await syntheticDatabase(t), rateLimitMax: 0 })
  await sameAsPages(t, app, '/mous', 20_035)
  const items = await sameAsPages(t, app, '/sectors/trade/mous?country=KR&sort=-title')
  t.ok(items.length > 100, 'a filtered, sorted export of many batches')
  await sameAsPages(t, app, '/mous?sort=signed_at,-kind&identified=false')
  const cursor = (await app.inject('/mous?sort=-title&limit=100&cursor=*')).json().meta.next_cursor as string
  const fromCursor = (await app.inject(`/mous?sort=-title&format=ndjson&cursor=${encodeURIComponent(cursor)}`)).body.trimEnd().split('\n')
  t.equal(fromCursor.length, 20_035 - 100, 'an export from a cursor starts after it')
  t.equal(JSON.parse(fromCursor[0] as string).slug, (await app.inject('/mous?sort=-title&limit=1&offset=100')).json().data[0].slug)
  // Exports are read 500 rows a batch, where batches start read 16 batches ahead (data/agreement-exports.ts).
  for (const rows of [16_000, 16_001, 8_000, 500, 499]) {
    const lines = (await app.inject(`/mous?format=ndjson&offset=${20_035 - rows}`)).body.trimEnd().split('\n')
    t.equal(lines.length, rows, `an export of ${rows} rows, each once`)
    t.equal(new Set(lines).size, rows)
    const slugAt = async (offset: number): Promise<string> => (await app.inject(`/mous?limit=1&offset=${offset}`)).json().data[0].slug
    t.equal(JSON.parse(lines[0] as string).slug, await slugAt(20_035 - rows))
    t.equal(JSON.parse(lines.at(-1) as string).slug, await slugAt(20_034))
  }
  const none = await app.inject('/mous?format=csv&sector=trade&mineral=lithium&q=zzzzqqq')
  t.equal(none.body, `${columnsOf(Agreement).map(column => column.name).join(',')}\r\n`, 'no match: the header alone')
})

t.test('text that needs quoting or escaping is written as the app writes it', async t => {
  const database = await seededDatabase(t)
  // Quotes, commas, CR, LF, control characters, separators JSON leaves alone, astral characters.
  const title = 'He said "yes", twice;\r\nthen\nno\r\u0001\u001f\t\\ \u2028\u2029 \u00e9 \ud83d\ude00 \u007f'
  const slug = 'critical-minerals-supply-chain-partnership-mou'
  await execute(database, `UPDATE "Agreement" SET "title" = '${title.replaceAll("'", "''")}', "summary" = ',' WHERE "slug" = '${slug}'`)
  await execute(database, 'UPDATE "Party" SET "name" = \'Korea "Zinc", Inc.\' WHERE "slug" = (SELECT min("slug") FROM "Party")')
  await execute(database, `UPDATE "Sector" SET "name" = 'Line
break' WHERE "slug" = 'critical-minerals'`)
  const { app } = await buildAppWithDatabase(t, { database })
  const items = await sameAsPages(t, app, '/mous')
  t.ok(items.length > 30)
  const rows = parse((await app.inject('/mous?format=csv')).body, { columns: true }) as Array<Record<string, string>>
  const edited = rows.find(row => row.slug === slug)
  t.equal(edited?.title, title, 'the CSV parses back to the stored title')
  t.equal(edited?.summary, ',')
  t.match(edited?.sectors_names, /Line\nbreak/)
  t.ok(rows.some(row => row.parties_names?.includes('Korea "Zinc", Inc.')))
  const page = await app.inject('/mous?format=csv&limit=50')
  t.ok(page.body.includes('"Line\nbreak"'), 'a page quotes a lone line break too, as the stream does')
})
