// An agreement's detail is written by the database (src/db/sql/agreement-detail.ts
// and claims.ts: writtenClaimRows) and sent past the route's serializer. It must
// be, byte for byte, what the serializer (zod's check, then JSON.stringify)
// writes of the same agreement shaped in JavaScript: its row and relations
// (agreementDetailRow, toAgreement), its claims and citations (provenanceOf),
// and its disputed facts (disputedFields), as the route built it before. On the
// seeded database, on the synthetic one, and on text made to break hand-written JSON.
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { toAgreement } from '../src/data/agreements.js'
import { provenanceOf } from '../src/data/claims.js'
import { agreementDetailRow } from '../src/db/sql/agreement-rows.js'
import { serializerCompiler } from '../src/http/serializer.js'
import { disputedFields } from '../src/provenance/claims.js'
import { AgreementDetail } from '../src/schemas/agreements.js'
import { buildApp, buildAppWithDatabase, execute, rowsOf, seededDatabase, syntheticDatabase } from './helper.js'

const serializeDetail = serializerCompiler({ schema: AgreementDetail, method: 'GET', url: '/mous/:slug', httpStatus: '200' }) as (data: unknown) => string

/** The detail as JavaScript shapes it, from the rows the lists' reference reads. */
async function shaped (app: FastifyInstance, slug: string): Promise<AgreementDetail> {
  const [row, { citations, claims }] = await Promise.all([agreementDetailRow(app.prisma, slug), provenanceOf(app.prisma, 'agreement', slug)])
  if (row === undefined) throw new Error(`${slug}: no such agreement`)
  const agreement = toAgreement(row)
  return {
    ...agreement,
    session: agreement.session === null ? null : { ...agreement.session, city: row.sessionCity, venue: row.sessionVenue },
    summit: { ...agreement.summit, city: row.summitCity, venue: row.summitVenue },
    place: row.place,
    disputed_facts: disputedFields(claims.map(claim => ({ ...claim, value: Array.isArray(claim.value) ? JSON.stringify(claim.value) : claim.value }))),
    sources: row.sources as AgreementDetail['sources'],
    citations,
    claims
  }
}

/** Each slug's detail against the serializer's; the details, parsed, for the caller to check what they covered. */
async function sameAsShaped (t: Test, app: FastifyInstance, slugs: string[]): Promise<AgreementDetail[]> {
  const differences: string[] = []
  const details: AgreementDetail[] = []
  for (const slug of slugs) {
    const res = await app.inject(`/mous/${slug}`)
    if (res.statusCode !== 200) throw new Error(`${slug}: ${res.statusCode} ${res.body}`)
    const expected = serializeDetail(await shaped(app, slug))
    if (res.body !== expected) {
      let i = 0
      while (res.body[i] === expected[i]) i++
      differences.push(`${slug} at ${i}: ${JSON.stringify(res.body.slice(i - 40, i + 80))}, expected ${JSON.stringify(expected.slice(i - 40, i + 80))}`)
    }
    details.push(res.json())
  }
  t.same(differences, [], `${slugs.length} details are what the serializer writes of them`)
  return details
}

const slugsOf = async (app: FastifyInstance, where = 'TRUE'): Promise<string[]> =>
  (await app.prisma.$queryRawUnsafe<Array<{ slug: string }>>(`SELECT "slug" FROM "Agreement" WHERE ${where} ORDER BY "id"`)).map(row => row.slug)

t.test('every agreement of the seeded database', async t => {
  const app = await buildApp(t)
  const details = await sameAsShaped(t, app, await slugsOf(app))
  t.equal(details.length, 35)
  t.ok(details.some(detail => detail.claims.some(claim => Array.isArray(claim.value))), 'a set\'s claim: its members as an array')
  t.ok(details.some(detail => detail.citations.length > 0 && detail.citations.length < detail.claims.length), 'citations: some claims only')
})

t.test('agreements spread over the synthetic database, disputed ones among them', async t => {
  const app = await buildApp(t, { database: await syntheticDatabase(t), rateLimitMax: 0 })
  const spread = await slugsOf(app, '"id" % 97 = 0')
  const disputed = await slugsOf(app, '"disputed" AND "id" % 13 = 0')
  const details = await sameAsShaped(t, app, [...spread, ...disputed.slice(0, 40)])
  t.ok(details.length > 240)
  t.ok(details.filter(detail => detail.disputed_facts.length > 0).length >= 40, 'disputed facts named')
  t.ok(details.some(detail => detail.session === null) && details.some(detail => detail.session !== null), 'with and without a session')
})

t.test('text that needs escaping is written as the app writes it', async t => {
  const database = await seededDatabase(t)
  const slug = 'critical-minerals-supply-chain-partnership-mou'
  // Quotes, backslashes, CR, LF, control characters, separators JSON leaves alone, astral characters.
  const text = 'He said "yes";\r\nthen\nno\r\u0001\u001f\t\\ \u2028\u2029 \u00e9 \ud83d\ude00 \u007f'
  const quoted = `'${text.replaceAll("'", "''")}'`
  const [agreement] = await rowsOf(database, `SELECT "id", "summitId", "sessionId" FROM "Agreement" WHERE "slug" = '${slug}'`)
  await execute(database, `UPDATE "Agreement" SET "place" = ${quoted} WHERE "slug" = '${slug}'`)
  await execute(database, `UPDATE "Summit" SET "venue" = ${quoted} WHERE "id" = ${String(agreement?.summitId)}`)
  await execute(database, `UPDATE "Session" SET "city" = ${quoted} WHERE "id" = ${String(agreement?.sessionId)}`)
  await execute(database, `UPDATE "Claim" SET "note" = ${quoted}, "locator" = ${quoted} WHERE "subjectType" = 'agreement' AND "subjectKey" = '${slug}'`)
  await execute(database, `UPDATE "Claim" SET "value" = ${quoted} WHERE "subjectType" = 'agreement' AND "subjectKey" = '${slug}' AND "field" = 'title'`)
  await execute(database, `UPDATE "Source" SET "title" = ${quoted} WHERE "id" IN (SELECT "sourceId" FROM "AgreementSource" WHERE "agreementId" = ${String(agreement?.id)})`)
  const { app } = await buildAppWithDatabase(t, { database })
  const [detail] = await sameAsShaped(t, app, [slug])
  t.equal(detail?.place, text, 'the place parses back to the stored text')
  t.equal(detail?.summit.venue, text)
  t.equal(detail?.session?.city, text)
  t.ok(detail?.claims.every(claim => claim.note === text && claim.locator === text))
  t.ok(detail?.claims.some(claim => claim.field === 'title' && claim.value === text))
  t.ok(detail?.sources.every(source => source.title === text))
})
