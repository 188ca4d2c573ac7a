// Summits, sessions, parties, countries, sectors, minerals and sources.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { buildApp } from './helper.js'

const app = await buildApp(t)
const get = async (url: string): Promise<any> => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return String(res.headers['content-type']).startsWith('application/json') ? res.json() : res.body
}

t.test('/summits/{slug}: sessions with reported vs. recorded counts, leaders, commitments', async t => {
  const summit = await get('/summits/korea-kazakhstan-2024')
  t.match(summit, { date: '2024-06-12', city: 'Astana', venue: 'presidential palace', agreements: { reported: 35, recorded: 35, identified: 5 } })
  t.same(summit.countries.map((c: { code: string, role: string }) => [c.code, c.role]), [['KR', 'visitor'], ['KZ', 'host']])
  t.same(summit.leaders.map((l: { name: string, office: string, country: { code: string } }) => [l.name, l.office, l.country.code]),
    [['Yoon Suk Yeol', 'President', 'KR'], ['Kassym-Jomart Tokayev', 'President', 'KZ']])
  t.same(summit.sessions.map((s: { kind: string, agreements: object }) => [s.kind, s.agreements]), [
    ['signing_ceremony', { reported: 11, recorded: 11, identified: 5 }],
    ['business_forum', { reported: 24, recorded: 24, identified: 0 }]
  ])
  t.match(summit.sessions[1], { venue: 'a hotel', attendance: { count: 300, approximate: true } })
  t.equal(summit.commitments.length, 14)
  t.ok(summit.commitments.some((c: { kind: string, subject: string }) => c.kind === 'endorsement' && c.subject === 'K-Silk Road Cooperation Initiative'))
  t.ok(summit.citations.some((c: { field: string, basis: string }) => c.field === 'date' && c.basis === 'inferred'))
  t.equal((await app.inject('/summits/nope')).statusCode, 404)
})

t.test('/summits lists, filtered by country', async t => {
  t.equal((await get('/summits')).meta.total, 1)
  t.equal((await get('/summits?country=kz')).meta.total, 1)
  const bad = await app.inject('/summits?country=XX')
  t.equal(bad.statusCode, 400)
  t.match(bad.json().errors[0], { name: 'country', value: 'XX' })
})

t.test('/sessions and /sessions/{slug}', async t => {
  t.same((await get('/sessions')).data.map((s: { kind: string }) => s.kind), ['signing_ceremony', 'business_forum'])
  t.equal((await get('/sessions?kind=business_forum')).meta.total, 1)
  t.equal((await app.inject('/sessions?kind=banquet')).statusCode, 400)
  const forum = await get('/sessions/korea-kazakhstan-2024-business-forum')
  t.match(forum, { reported_agreement_kinds: 'MOUs and agreements', agreements: { reported: 24, recorded: 24 } })
  t.ok(forum.citations.length > 0)
})

t.test('/parties filters by kind, country and name, and sorts', async t => {
  const all = await get('/parties')
  t.equal(all.meta.total, 7)
  const names = all.data.map((p: { name: string }) => p.name)
  t.same(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')), 'by name by default, in any letter case')
  t.ok(names.indexOf('Kazakh authorities') < names.indexOf('KazMunayGas'), 'Kazakh authorities before KazMunayGas')
  t.same((await get('/parties?sort=-name')).data.map((p: { name: string }) => p.name), [...names].reverse(), '-name: the reverse')
  t.same((await get('/parties?kind=company')).data.map((p: { slug: string }) => p.slug), ['hyundai-engineering', 'sk-ecoplant'])
  t.same((await get('/parties?kind=company,state_owned_enterprise&country=KZ')).data.map((p: { slug: string }) => p.slug), ['kazmunaygas'])
  t.same((await get('/parties?q=institute')).data.map((p: { slug: string }) => p.slug), ['korea-institute-of-geoscience-and-mineral-resources'])
  const byCount = await get('/parties?sort=-agreement_count&limit=1')
  t.equal(byCount.data[0].agreement_count, 1)
  t.equal((await app.inject('/parties?sort=size')).statusCode, 400)
  t.equal((await app.inject('/parties?kind=ngo')).statusCode, 400)
})

t.test('/parties/{slug} and its agreements', async t => {
  const party = await get('/parties/kazmunaygas')
  t.match(party, { kind: 'state_owned_enterprise', country: { code: 'KZ' }, agreement_count: 1, agreements: [{ slug: 'hyundai-engineering-kazmunaygas-mou' }] })
  t.ok(party.citations.some((c: { field: string, quote: string }) => c.field === 'kind' && c.quote.includes('state-run')))
  t.same((await get('/parties/sk-ecoplant/mous')).data.map((m: { slug: string }) => m.slug), ['lithium-exploration-mou'])
})

t.test('/countries with their party and agreement counts', async t => {
  const countries = await get('/countries')
  t.same(countries.data, [
    { code: 'KR', name: 'South Korea', party_count: 4, agreement_count: 3 },
    { code: 'KZ', name: 'Kazakhstan', party_count: 3, agreement_count: 3 }
  ])
  const kz = await get('/countries/kz')
  t.equal(kz.code, 'KZ', 'codes are case-insensitive')
  t.ok(kz.citations.some((c: { field: string, source: { slug: string } }) => c.field === 'code' && c.source.slug === 'iso-3166-1-alpha-2'))
  t.equal((await get('/countries/KR/mous')).meta.total, 3)
  t.equal((await app.inject('/countries/KP')).statusCode, 404)
  t.equal((await app.inject('/countries/KP/mous')).statusCode, 404)
})

t.test('/sectors and /minerals with agreement counts', async t => {
  const sectors = await get('/sectors')
  t.same(sectors.data.map((s: { slug: string, agreement_count: number }) => [s.slug, s.agreement_count]), [
    ['critical-minerals', 3], ['energy', 2], ['trade', 0], ['infrastructure', 0], ['finance', 0], ['new-industries', 0]
  ])
  t.equal((await get('/sectors/energy')).name, 'Energy and power plants')
  t.equal((await get('/sectors/critical-minerals/mous?mineral=rare-metals')).meta.total, 1)
  const minerals = await get('/minerals?form=element')
  t.same(minerals.data.map((m: { symbol: string }) => m.symbol), ['Li', 'U', 'Cr', 'Ti'])
  t.equal((await get('/minerals?country=KZ')).meta.total, 5)
  t.match(await get('/minerals/rare-earth-metals'), { form: 'group', symbol: null, agreement_count: 0, resource_countries: [{ code: 'KZ' }] })
  t.same((await get('/minerals/lithium/mous')).data.map((m: { slug: string }) => m.slug), ['lithium-exploration-mou'])
  t.equal((await app.inject('/minerals/unobtainium/mous')).statusCode, 404)
})

t.test('/sources and their full texts, as committed', async t => {
  const sources = await get('/sources')
  t.equal(sources.meta.total, 3)
  t.same((await get('/sources?kind=article')).data.map((s: { published_at: string }) => s.published_at), ['2024-06-12T19:49:00+09:00'])
  const slug = 'joongang-2024-06-12-korea-kazakhstan-critical-minerals'
  const source = await get(`/sources/${slug}`)
  t.match(source, { publisher: 'Korea JoongAng Daily', author: 'Sarah Kim', time_zone: 'Asia/Seoul' })
  t.ok(source.citation_count > 100)
  const text = await app.inject(`/sources/${slug}/text`)
  t.match(text.headers['content-type'], 'text/plain')
  t.equal(text.body, readFileSync(join(projectRoot, 'seed/sources/000_a24add8b2c68cbfc.txt'), 'utf8'))
})

t.test('an unknown path is a 404 problem that points to the documentation', async t => {
  const res = await app.inject('/agreements')
  t.equal(res.statusCode, 404)
  t.equal(res.headers['content-type'], 'application/problem+json')
  t.match(res.json().detail, /There is no GET \/agreements.*\/docs/)
})

t.test('another method on a read-only path is a 405 that says which are allowed', async t => {
  for (const [method, url] of [['POST', '/mous'], ['DELETE', '/mous/electric-power-mou'], ['PUT', '/countries/KR']] as const) {
    const res = await app.inject({ method, url })
    t.equal(res.statusCode, 405, `${method} ${url}`)
    t.equal(res.headers.allow, 'GET, HEAD')
    t.equal(res.headers['content-type'], 'application/problem+json')
  }
  t.equal((await app.inject({ method: 'POST', url: '/nowhere' })).statusCode, 404)
})
