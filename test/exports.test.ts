// CSV and NDJSON exports: chosen by Accept or format, same filters and sort,
// not capped at the page limit, and CSV that parses back.
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { z } from 'zod'
import { toCsv } from '../src/http/exports.js'
import { buildAppWithDatabase } from './helper.js'

// Freshness checked on every request: a test below writes to the database and reads the change at once.
const { app, prisma } = await buildAppWithDatabase(t, { cacheFreshnessMs: 0 })
const csv = (body: string): Array<Record<string, string>> => parse(body, { columns: true })

t.test('CSV by format=csv: RFC 4180, UTF-8, header row, a download, and it parses back', async t => {
  const res = await app.inject('/mous?sector=critical-minerals&format=csv')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/csv; charset=utf-8; header=present')
  t.equal(res.headers['content-disposition'], 'attachment; filename="mous.csv"')
  t.match(res.body, /\r\n$/, 'CRLF line ends')
  const rows = csv(res.body)
  t.same(rows.map(r => r.slug), ['critical-minerals-supply-chain-partnership-mou', 'lithium-exploration-mou', 'rare-metals-technology-cooperation-mou'])
  const lithium = rows[1]
  t.match(lithium, {
    kind: 'mou',
    identified: 'true',
    summit: 'korea-kazakhstan-2024',
    summit_name: 'Korea-Kazakhstan summit',
    parties: 'kazakhstan-ministry-of-industry-and-construction; korea-institute-of-geoscience-and-mineral-resources; sk-ecoplant',
    parties_names: 'Ministry of Industry and Construction of Kazakhstan; Korea Institute of Geoscience and Mineral Resources; SK ecoplant',
    minerals: 'lithium'
  })
  t.equal(rows[0]?.summary, (await app.inject('/mous/critical-minerals-supply-chain-partnership-mou')).json().summary,
    'a field with commas survives the round trip')
})

t.test('a field holding a line break is quoted, a lone CR or LF as much as CRLF', async t => {
  const items = [{ slug: 'a', title: 'one\ntwo' }, { slug: 'b', title: 'three\rfour' }, { slug: 'c', title: 'five\r\nsix' }]
  const text = toCsv(z.object({ slug: z.string(), title: z.string() }), items)
  t.equal(text, 'slug,title\r\na,"one\ntwo"\r\nb,"three\rfour"\r\nc,"five\r\nsix"\r\n')
  t.same(csv(text), items)
})

t.test('the header row is the same whatever matches, even nothing', async t => {
  const empty = await app.inject('/mous?sector=energy&mineral=lithium&format=csv')
  const full = await app.inject('/mous?format=csv')
  t.equal(empty.body.split('\r\n')[0], full.body.split('\r\n')[0])
  t.same(csv(empty.body), [])
})

t.test('NDJSON: one JSON object per line, the same items as the JSON list', async t => {
  const res = await app.inject('/mous?country=KR&format=ndjson')
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  t.equal(res.headers['content-disposition'], 'attachment; filename="mous.ndjson"')
  const lines = res.body.trimEnd().split('\n').map(line => JSON.parse(line))
  t.same(lines, (await app.inject('/mous?country=KR')).json().data)
})

t.test('Accept chooses the format; format wins over Accept; an unmet Accept is a 406', async t => {
  t.match((await app.inject({ url: '/parties', headers: { accept: 'text/csv' } })).headers['content-type'], 'text/csv')
  t.match((await app.inject({ url: '/parties', headers: { accept: 'application/x-ndjson' } })).headers['content-type'], 'application/x-ndjson')
  t.match((await app.inject({ url: '/parties', headers: { accept: 'text/html,*/*;q=0.8' } })).headers['content-type'], 'application/json')
  t.match((await app.inject({ url: '/parties?format=json', headers: { accept: 'text/csv' } })).headers['content-type'], 'application/json')
  const refused = await app.inject({ url: '/parties', headers: { accept: 'application/xml' } })
  t.equal(refused.statusCode, 406)
  t.equal(refused.headers['content-type'], 'application/problem+json')
  t.match(refused.json().detail, /allows none of application\/json, text\/csv, application\/x-ndjson/)
  t.equal((await app.inject({ url: '/mous/electric-power-mou', headers: { accept: 'text/csv' } })).statusCode, 406, 'details are JSON only')
  t.equal((await app.inject('/mous/electric-power-mou?format=csv')).statusCode, 400, 'and take no format parameter')
})

t.test('every list and aggregate exports, with its own columns', async t => {
  const heads: Record<string, string> = {
    '/summits': 'slug,name,date,city,venue,occasion,countries,countries_names',
    '/sessions': 'slug,name,kind,date,summit,summit_name,city,venue,attendance_count',
    '/parties': 'slug,name,kind,country,country_name,agreement_count',
    '/countries': 'code,name,party_count,agreement_count',
    '/sectors': 'slug,name,agreement_count',
    '/minerals': 'slug,name,symbol,form,resource_countries,resource_countries_names,agreement_count',
    '/sources': 'slug,kind,title,publisher',
    '/mous?group_by=sector': 'key,name,count',
    '/stats': 'section,key,name,count,reported,recorded,identified',
    '/party-pairs': 'party_a,party_a_name,party_b,party_b_name,count,agreements',
    '/summits/korea-kazakhstan-2024/mous': 'slug,kind,title,summary'
  }
  for (const [url, head] of Object.entries(heads)) {
    const res = await app.inject(`${url}${url.includes('?') ? '&' : '?'}format=csv`)
    t.equal(res.statusCode, 200, url)
    t.ok(res.body.startsWith(head), `${url}: ${res.body.split('\r\n')[0]}`)
    t.ok(csv(res.body).length > 0, `${url} has rows`)
  }
  const stats = csv((await app.inject('/stats?format=csv')).body)
  t.match(stats.find(r => r.key === 'korea-kazakhstan-2024-business-forum'), { section: 'session', reported: '24', recorded: '23', identified: '7' })
  t.match(stats.find(r => r.section === 'summit'), { key: 'korea-kazakhstan-2024', reported: '35', recorded: '35', recorded_without_session: '1' })
  t.match(stats.find(r => r.section === 'reported' && r.key === 'kukmin-ilbo-37-documents'), { reported: '37', of: 'korea-kazakhstan-2024', rank: 'normal' })
})

t.test('exports are not capped at the page limit; JSON pages are', async t => {
  // This test's own copy of the database gets 60 more agreements.
  const session = await prisma.session.findFirstOrThrow({ where: { kind: 'business_forum' } })
  await prisma.agreement.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      slug: `extra-${i}`, summitId: session.summitId, sessionId: session.id, sessionBasis: 'stated', ordinal: 100 + i, kind: null, identified: false
    }))
  })
  const json = (await app.inject('/mous')).json()
  t.same([json.data.length, json.meta.total], [50, 95])
  t.equal(csv((await app.inject('/mous?format=csv')).body).length, 95)
  t.equal((await app.inject('/mous?format=ndjson')).body.trimEnd().split('\n').length, 95)
  t.equal(csv((await app.inject('/mous?format=csv&limit=10&offset=90')).body).length, 5, 'an explicit page still applies')
})

t.test('an export of every summit, more than one statement may bind (Prisma: 999 parameters on SQLite, 32,766 on PostgreSQL)', async t => {
  // This test's own copy of the database gets 33,000 more summits; each summit read binds its id
  // to read its countries, leaders and sessions in order.
  const extra = 33_000
  await prisma.$executeRawUnsafe(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${extra})
    INSERT INTO "Summit" ("slug", "name", "date", "city") SELECT 'extra-summit-' || i, 'Extra summit', '2030-01-01', 'Nowhere' FROM n`)
  const res = await app.inject('/summits?format=csv')
  t.equal(res.statusCode, 200, res.statusCode === 200 ? '' : res.body)
  const slugs = csv(res.body).map(row => row.slug)
  const extras = Array.from({ length: extra }, (_, i) => `extra-summit-${i + 1}`).sort()
  t.same(slugs, ['korea-kazakhstan-2024', ...extras], 'every summit once, by date then slug')
  const lines = (await app.inject('/summits?format=ndjson')).body.trimEnd().split('\n').map(line => JSON.parse(line) as { slug: string })
  t.equal(lines.length, extra + 1)
  t.same(lines[0], (await app.inject('/summits?limit=1')).json().data[0], 'the shipped summit with its countries, leaders, sessions and counts')
  t.same(lines.at(-1), (await app.inject(`/summits?limit=1&offset=${extra}`)).json().data[0], 'the last, as its page gives it')
})
