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

t.test('/summits/{slug}: counts per source and per session, leaders and commitments with their citations', async t => {
  const summit = await get('/summits/korea-kazakhstan-2024')
  t.match(summit, {
    date: '2024-06-12',
    city: 'Astana',
    venue: 'presidential palace',
    agreements: { reported: 35, recorded: 35, identified: 19, recorded_with_session: 34, recorded_without_session: 1 }
  })
  t.same(summit.agreements.reported_by_source.map((r: { count: number, rank: string }) => [r.count, r.rank]),
    [[35, 'preferred'], [35, 'preferred'], [35, 'preferred'], [35, 'preferred'], [37, 'normal'], [33, 'deprecated']])
  t.same(summit.countries.map((c: { code: string, role: string }) => [c.code, c.role]), [['KR', 'visitor'], ['KZ', 'host']])
  t.same(summit.leaders.map((l: { name: string, office: string, country: { code: string } }) => [l.name, l.office, l.country.code]),
    [['Yoon Suk Yeol', 'President', 'KR'], ['Kassym-Jomart Tokayev', 'President', 'KZ']])
  for (const leader of summit.leaders) {
    t.same(leader.citations.map((c: { field: string }) => c.field).sort(), ['country', 'name', 'office'], `${leader.slug}: citations shown`)
  }
  t.same(summit.sessions.map((s: { kind: string, agreements: { reported: number, recorded: number, identified: number } }) =>
    [s.kind, s.agreements.reported, s.agreements.recorded, s.agreements.identified]), [
    ['signing_ceremony', 11, 11, 11],
    ['business_forum', 24, 23, 7]
  ])
  t.match(summit.sessions[0], { venue: 'Akorda presidential palace', witnesses: 'Yoon and Tokayev' })
  t.match(summit.sessions[1], { venue: 'Hilton Astana', attendance: { count: 300, approximate: true } })
  t.equal(summit.commitments.length, 15)
  t.match(summit.commitments.find((c: { kind: string }) => c.kind === 'assessment'), {
    slug: 'presidential-office-assessment-of-critical-minerals-mou',
    agreement: { slug: 'critical-minerals-supply-chain-partnership-mou' },
    countries: [{ code: 'KR' }],
    statement: /^The presidential office said that this has institutionalized a means/
  }, 'the presidential office\'s assessment of the partnership MOU')
  t.ok(summit.commitments.some((c: { kind: string, subject: string }) => c.kind === 'endorsement' && c.subject === 'K-Silk Road Cooperation Initiative'))
  for (const commitment of summit.commitments) {
    t.ok(commitment.citations.some((c: { field: string, quote: string }) => c.field === '' && c.quote === commitment.statement), `${commitment.slug}: its statement, cited`)
  }
  t.ok(summit.citations.some((c: { field: string, basis: string }) => c.field === 'date' && c.basis === 'inferred'))
  t.match(summit.claims.find((c: { field: string, rank: string }) => c.field === 'date' && c.rank === 'deprecated'),
    { value: '2024-06-11', source: { slug: 'korea-times-us-minerals-partnership' } }, 'a source\'s wrong day, kept and deprecated')
  t.equal((await app.inject('/summits/nope')).statusCode, 404)
  t.equal((await get('/summits/korea-kazakhstan-2024/mous')).meta.total, 35, 'its agreements include the one whose session is unknown')
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
  t.match(forum, { reported_agreement_kinds: 'MOUs and agreements', agreements: { reported: 24, recorded: 23 } })
  t.ok(forum.citations.length > 0)
  const witnesses = forum.claims.filter((c: { field: string }) => c.field === 'witnesses')
  t.same([...new Set(witnesses.map((c: { value: string, rank: string }) => `${c.rank}: ${c.value}`))], [
    'preferred: the two industry ministers, Ahn Duk-geun and Kanat Sharlapaev',
    'normal: Yoon and Tokayev'
  ], 'who witnessed the forum\'s signings: both accounts kept')
})

t.test('/parties filters by kind, country and name, and sorts', async t => {
  const all = await get('/parties')
  t.equal(all.meta.total, 26)
  const names = all.data.map((p: { name: string }) => p.name)
  t.same(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')), 'by name by default, in any letter case')
  t.ok(names.indexOf('Kazakhstan') >= 0 && names.indexOf('Kazakhstan') < names.indexOf('KazMunayGas') && names.indexOf('KazMunayGas') < names.indexOf('KEPCO KPS'),
    'Kazakhstan, then KazMunayGas, then KEPCO KPS (in code point order KEPCO KPS would come first)')
  t.same((await get('/parties?sort=-name')).data.map((p: { name: string }) => p.name), [...names].reverse(), '-name: the reverse')
  t.same((await get('/parties?kind=company')).data.map((p: { slug: string }) => p.slug), ['doosan-enerbility', 'hyundai-engineering', 'kepco-kps', 'sk-ecoplant'])
  t.same((await get('/parties?kind=company,state_owned_enterprise&country=KZ')).data.map((p: { slug: string }) => p.slug),
    ['kazmunaygas', 'samruk-energy', 'samruk-kazyna', 'tau-ken-samruk'])
  t.same((await get('/parties?kind=bank,association')).data.map((p: { slug: string }) => p.slug),
    ['development-bank-of-kazakhstan', 'export-import-bank-of-korea', 'korea-international-trade-association'])
  t.same((await get('/parties?q=geoscience')).data.map((p: { slug: string }) => p.slug), ['korea-institute-of-geoscience-and-mineral-resources'])
  t.same((await get('/parties?q=institute')).data.map((p: { slug: string }) => p.slug),
    ['korea-institute-for-advancement-of-technology', 'korea-institute-of-geoscience-and-mineral-resources'])
  const byCount = await get('/parties?sort=-agreement_count&limit=1')
  t.same([byCount.data[0].slug, byCount.data[0].agreement_count], ['ministry-of-trade-industry-and-energy', 3])
  t.equal((await app.inject('/parties?sort=size')).statusCode, 400)
  t.equal((await app.inject('/parties?kind=ngo')).statusCode, 400)
})

t.test('/parties/{slug} and its agreements', async t => {
  const party = await get('/parties/kazmunaygas')
  t.match(party, { kind: 'state_owned_enterprise', country: { code: 'KZ' }, agreement_count: 1, agreements: [{ slug: 'hyundai-engineering-kazmunaygas-mou' }] })
  t.ok(party.citations.some((c: { field: string, quote: string }) => c.field === 'kind' && c.quote.includes('state-run')))
  t.same(party.aliases, [
    { name: 'KazMunayGas JSC', sources: [{ slug: 'money-s-hyundai-engineering', title: 'unknown', kind: 'newspaper' }] },
    { name: '카즈무나이가스', sources: [{ slug: 'money-s-hyundai-engineering', title: 'unknown', kind: 'newspaper' }] }
  ])
  t.same((await get('/parties/sk-ecoplant/mous')).data.map((m: { slug: string }) => m.slug), ['lithium-exploration-mou'])
})

t.test('/parties/{slug}: a ministry renamed, and a centre under two names, as ranked claims', async t => {
  const ministry = await get('/parties/kazakhstan-ministry-of-industry-and-construction')
  t.equal(ministry.name, 'Ministry of Industry and Construction of Kazakhstan')
  t.same(ministry.aliases.map((a: { name: string }) => a.name), ['산업건설부', 'Ministry of Industry and Infrastructure Development'])
  t.match(ministry.claims.find((c: { field: string, rank: string }) => c.field === 'name' && c.rank === 'deprecated'),
    { value: 'Ministry of Industry and Infrastructure Development', source: { slug: 'yonhap-via-myanmar-news-gazette', kind: 'wire' }, quote: null, locator: String })
  t.match(ministry.claims.find((c: { field: string }) => c.field === 'aliases/Ministry of Industry and Infrastructure Development'), { basis: 'inferred', note: /earlier name/ })
  const centre = await get('/parties/kazakhstan-national-center-for-technology-forecasting')
  t.notOk(centre.aliases.some((a: { name: string }) => a.name.includes('Evaluation')), 'the wire copy\'s name is a deprecated claim, not an alias')
  t.match(centre.claims.find((c: { field: string, rank: string }) => c.field === 'name' && c.rank === 'deprecated'), { value: 'National Center of Science and Technology Evaluation' })
  t.same((await get('/parties/tau-ken-samruk')).agreement_count, 0, 'named by one source only as a fourth party: kept as a claim on the lithium MOU')
})

t.test('/countries with their party and agreement counts', async t => {
  const countries = await get('/countries')
  t.same(countries.data, [
    { code: 'KR', name: 'South Korea', party_count: 14, agreement_count: 15 },
    { code: 'KZ', name: 'Kazakhstan', party_count: 12, agreement_count: 15 }
  ])
  const kz = await get('/countries/kz')
  t.equal(kz.code, 'KZ', 'codes are case-insensitive')
  t.match(kz.background, [{ slug: 'kazakhstan-gave-up-nuclear-weapons', statement: /^Once holding the fourth-largest nuclear arsenal in the world/, citations: [{ field: '' }, { field: 'subject' }] }])
  t.ok(kz.citations.some((c: { field: string, source: { slug: string } }) => c.field === 'code' && c.source.slug === 'iso-3166-1-alpha-2'))
  t.equal((await get('/countries/KR/mous')).meta.total, 15)
  t.equal((await app.inject('/countries/KP')).statusCode, 404)
  t.equal((await app.inject('/countries/KP/mous')).statusCode, 404)
})

t.test('/sectors and /minerals with agreement counts, and sectors\' coverage beside them', async t => {
  const sectors = await get('/sectors')
  t.same(sectors.data.map((s: { slug: string, agreement_count: number }) => [s.slug, s.agreement_count]), [
    ['critical-minerals', 3], ['energy', 4], ['trade', 2], ['infrastructure', 0], ['finance', 2], ['new-industries', 0], ['industry', 2],
    ['science-and-technology', 2], ['forestry', 1], ['civil-service', 1], ['emissions-reduction', 1], ['knowledge-sharing', 1], ['employment-and-labour', 1]
  ])
  const newIndustries = await get('/sectors/new-industries')
  t.match(newIndustries, { agreement_count: 0, coverage: [{ summit: 'korea-kazakhstan-2024', session: null, count: null, basis: 'inferred' }] },
    'covered, per the article, though no agreement is known to be in it')
  t.match(newIndustries.claims.find((c: { field: string }) => c.field === 'coverage/korea-kazakhstan-2024'), { basis: 'inferred', note: /may describe only the\s+forum/ })
  t.match(await get('/sectors/industry'), { agreement_count: 2, coverage: [{ session: 'korea-kazakhstan-2024-business-forum', count: 5, basis: 'stated' }] })
  t.equal((await get('/sectors/energy')).name, 'Energy and power plants')
  t.equal((await get('/sectors/critical-minerals/mous?mineral=rare-metals')).meta.total, 1)
  const minerals = await get('/minerals?form=element')
  t.same(minerals.data.map((m: { symbol: string }) => m.symbol), ['Li', 'U', 'Cr', 'Ti', 'Be', 'Al', 'P', 'Mn', 'Co', 'Ni', 'Cu', 'Nb', 'Ta', 'W', 'Re'])
  t.equal((await get('/minerals?country=KZ')).meta.total, 5)
  t.match(await get('/minerals/rare-earth-metals'), {
    form: 'group', symbol: null, agreement_count: 1, resource_countries: [{ code: 'KZ' }], needed_by: [{ code: 'KR', industries: 'semiconductor and battery industries' }]
  })
  const uranium = await get('/minerals/uranium')
  t.match(uranium.needed_by, [{ code: 'KR' }])
  t.match(uranium.claims.find((c: { field: string }) => c.field === 'needed_by/KR'), { basis: 'inferred', note: /read as said of all four/ })
  t.same((await get('/minerals/lithium/mous')).data.map((m: { slug: string }) => m.slug),
    ['critical-minerals-supply-chain-partnership-mou', 'lithium-exploration-mou', 'rare-metals-technology-cooperation-mou'])
  t.equal((await app.inject('/minerals/unobtainium/mous')).statusCode, 404)
})

t.test('/sources and their full texts, as committed', async t => {
  const sources = await get('/sources')
  t.equal(sources.meta.total, 32)
  t.same((await get('/sources?kind=article')).data.map((s: { published_at: string }) => s.published_at), ['2024-06-12T19:49:00+09:00'])
  const slug = 'joongang-2024-06-12-korea-kazakhstan-critical-minerals'
  const source = await get(`/sources/${slug}`)
  t.match(source, { publisher: 'Korea JoongAng Daily', author: 'Sarah Kim', time_zone: 'Asia/Seoul', cited_by: 'quote', published_on: '2024-06-12' })
  t.ok(source.citation_count > 100)
  const text = await app.inject(`/sources/${slug}/text`)
  t.match(text.headers['content-type'], 'text/plain')
  t.equal(text.body, readFileSync(join(projectRoot, 'seed/sources/000_a24add8b2c68cbfc.txt'), 'utf8'))
})

t.test('/sources cited by reference: publisher, title, address, dates, language; no text', async t => {
  t.same((await get('/sources?kind=official_release,registry,wire')).data.map((s: { slug: string }) => s.slug),
    ['yonhap-via-myanmar-news-gazette', 'korea-forest-service-forestry-mou', 'kotra-mou-registry-1661'])
  t.equal((await get('/sources?kind=newspaper')).meta.total, 26)
  const fetv = await get('/sources/fetv-eximbank-dbk')
  t.match(fetv, { kind: 'newspaper', cited_by: 'reference', title: 'unknown', publisher: 'FETV', published_on: 'unknown', retrieved_on: '2026-11-29', language: 'ko', text_sha256: null })
  t.match(await get('/sources/korea-forest-service-forestry-mou'), { kind: 'official_release', published_on: '2024-06-14', url: /^https:\/\/english\.forest\.go\.kr\// })
  const text = await app.inject('/sources/fetv-eximbank-dbk/text')
  t.equal(text.statusCode, 404)
  t.match(text.json().detail, /cited by reference: the project does not ship its text\. Read it at https:\/\/www\.fetv\.co\.kr/)
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
