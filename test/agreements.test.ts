// /mous: filters that combine, sorting, pages, and errors that explain themselves.
import t from 'tap'
import { buildApp } from './helper.js'

const app = await buildApp(t)

interface Agreement { slug: string, kind: string | null, title: string | null, identified: boolean, signed_at: string, session: { slug: string }, parties: Array<{ slug: string, country: string }>, sectors: Array<{ slug: string }>, minerals: Array<{ slug: string }> }
interface List { data: Agreement[], meta: { total: number, limit: number, offset: number } }

async function list (url: string): Promise<List> {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const slugs = (l: List): string[] => l.data.map(m => m.slug)

const ceremony = 'korea-kazakhstan-2024-signing-ceremony'
const forum = 'korea-kazakhstan-2024-business-forum'

t.test('GET /mous?sector=critical-minerals returns exactly the agreements tagged with it, relations embedded', async t => {
  const l = await list('/mous?sector=critical-minerals')
  t.same(slugs(l), ['critical-minerals-supply-chain-partnership-mou', 'lithium-exploration-mou', 'rare-metals-technology-cooperation-mou'])
  t.equal(l.meta.total, 3)
  const lithium = l.data[1]
  t.same(lithium?.parties.map(p => p.slug), ['kazakh-authorities', 'korea-institute-of-geoscience-and-mineral-resources', 'sk-ecoplant'])
  t.same(lithium?.minerals.map(m => m.slug), ['lithium'])
  t.same(lithium?.sectors.map(s => s.slug), ['critical-minerals'])
})

t.test('the unfiltered list holds all 35, in source order, 50 to a page', async t => {
  const l = await list('/mous')
  t.same(l.meta, { total: 35, limit: 50, offset: 0 })
  t.equal(l.data.length, 35)
  t.same(l.data.slice(0, 11).map(m => m.session.slug), Array(11).fill(ceremony), 'the ceremony\'s 11 come first')
  t.equal(l.data[0]?.slug, 'critical-minerals-supply-chain-partnership-mou')
  t.equal(l.data[34]?.slug, 'korea-kazakhstan-2024-business-forum-unidentified-24')
})

t.test('a comma means OR within a filter; repeating the parameter means the same', async t => {
  const or = await list('/mous?sector=critical-minerals,energy')
  t.equal(or.meta.total, 5)
  t.same(slugs(await list('/mous?sector=critical-minerals&sector=energy')), slugs(or))
  t.same(slugs(await list('/mous?sector=energy')), ['electric-power-mou', 'hyundai-engineering-kazmunaygas-mou'])
})

t.test('filters combine with AND', async t => {
  t.same(slugs(await list('/mous?sector=critical-minerals&mineral=lithium')), ['lithium-exploration-mou'])
  t.same(slugs(await list('/mous?sector=energy&party=kazmunaygas')), ['hyundai-engineering-kazmunaygas-mou'])
  t.same(slugs(await list('/mous?sector=critical-minerals&country=kr')), ['critical-minerals-supply-chain-partnership-mou', 'lithium-exploration-mou'])
  t.equal((await list('/mous?mineral=lithium&sector=energy')).meta.total, 0, 'a valid combination can match nothing')
})

t.test('filtering by a related record returns each agreement with all its relations', async t => {
  const [agreement] = (await list('/mous?party=sk-ecoplant')).data
  t.equal(agreement?.parties.length, 3, 'not only the party that matched')
  const [byCountry] = (await list('/mous?country=KZ&party=kazmunaygas')).data
  t.same(byCountry?.parties.map(p => p.country), ['KR', 'KZ'])
})

t.test('session, summit, kind, identified and date filters', async t => {
  t.equal((await list(`/mous?session=${ceremony}`)).meta.total, 11)
  t.equal((await list(`/mous?session=${forum}`)).meta.total, 24)
  t.equal((await list('/mous?summit=korea-kazakhstan-2024')).meta.total, 35)
  t.equal((await list('/mous?kind=mou')).meta.total, 11)
  t.equal((await list('/mous?kind=unknown')).meta.total, 24, 'the forum\'s are MOUs or agreements: the source does not say which')
  t.equal((await list('/mous?kind=agreement')).meta.total, 0)
  t.equal((await list('/mous?kind=mou,unknown')).meta.total, 35)
  t.equal((await list('/mous?identified=true')).meta.total, 5)
  t.equal((await list('/mous?identified=false&session=' + forum)).meta.total, 24)
  t.equal((await list('/mous?signed_from=2024-06-12&signed_to=2024-06-12')).meta.total, 35)
  t.equal((await list('/mous?signed_from=2024-06-13')).meta.total, 0)
  t.equal((await list('/mous?signed_to=2024-06-11')).meta.total, 0)
})

t.test('q searches titles, summaries and party names, case-insensitively', async t => {
  t.same(slugs(await list('/mous?q=LITHIUM')), ['lithium-exploration-mou'])
  t.same(slugs(await list('/mous?q=KazMunayGas')), ['hyundai-engineering-kazmunaygas-mou'])
  t.same(slugs(await list('/mous?q=Kazakh%20authorities')), ['lithium-exploration-mou'], 'matches a party name')
  t.equal((await list('/mous?q=%25')).meta.total, 0, 'a % is a character to find, not a wildcard')
  t.equal((await list('/mous?q=_')).meta.total, 0, 'so is _')
})

t.test('sort takes fields with - for descending; ties fall back to source order', async t => {
  const byTitle = await list('/mous?identified=true&sort=title')
  t.same(byTitle.data.map(m => m.title), [
    'critical minerals supply chain partnership', 'electric power', 'joint exploration of lithium mines in Kazakhstan',
    'oil, gas and petrochemical field project in Kazakhstan', 'technology cooperation for rare metals'
  ])
  const desc = await list('/mous?identified=true&sort=-title')
  t.same(desc.data.map(m => m.title), [...byTitle.data.map(m => m.title)].reverse())
  const nullsLast = await list('/mous?sort=title&limit=6')
  t.equal(nullsLast.data[5]?.title, null, 'agreements without a title come after those with one')
  const bySlug = await list('/mous?sort=-slug&limit=1')
  t.equal(bySlug.data[0]?.slug, 'rare-metals-technology-cooperation-mou')
  t.same(slugs(await list('/mous?sort=-signed_at,title&limit=35')).slice(0, 5), slugs(byTitle), 'several keys apply in turn')
})

t.test('pages: Link and X-Total-Count, the last page, past the end, limit bounds', async t => {
  const res = await app.inject('/mous?sector=critical-minerals,energy&limit=2&offset=2')
  t.equal(res.headers['x-total-count'], '5')
  t.equal(res.headers.link,
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=0>; rel="first", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=0>; rel="prev", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=4>; rel="next", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=4>; rel="last"')
  const last = await list('/mous?limit=10&offset=30')
  t.equal(last.data.length, 5)
  t.notMatch((await app.inject('/mous?limit=10&offset=30')).headers.link, /rel="next"/)
  const past = await app.inject('/mous?offset=100')
  t.equal(past.statusCode, 200)
  t.same(past.json().data, [])
  t.equal(past.json().meta.total, 35, 'the total is still right past the end')
  t.match(past.headers.link, /offset=0&limit=50>; rel="prev", <[^>]*offset=0&limit=50>; rel="last"/, 'prev leads back to the last page')
  t.equal((await list('/mous?limit=500')).meta.limit, 500)
  t.equal((await list('/mous?limit=1')).data.length, 1)
  for (const bad of ['limit=0', 'limit=501', 'limit=-1', 'limit=abc', 'offset=-1', 'limit=1.5', 'limit=']) {
    const r = await app.inject(`/mous?${bad}`)
    t.equal(r.statusCode, 400, bad)
    t.equal(r.json().errors[0].name, bad.split('=')[0], `${bad} names the parameter`)
  }
})

t.test('an unknown slug in a filter is a 400 that names it and suggests the closest', async t => {
  const res = await app.inject('/mous?sector=critcal-minerals')
  t.equal(res.statusCode, 400)
  t.equal(res.headers['content-type'], 'application/problem+json')
  const problem = res.json()
  t.match(problem, { type: '/problems/invalid-parameters', title: String, status: 400, instance: '/mous?sector=critcal-minerals' })
  t.match(problem.errors[0], { in: 'query', name: 'sector', value: 'critcal-minerals', suggestions: ['critical-minerals'] })
  t.match(problem.detail, /sector: there is no sector "critcal-minerals"; did you mean "critical-minerals"/)

  const party = (await app.inject('/mous?party=kazmunaigas')).json()
  t.equal(party.errors[0].suggestions[0], 'kazmunaygas')
  const two = (await app.inject('/mous?mineral=lithium,litium,uranum')).json()
  t.same(two.errors.map((e: { value: string }) => e.value), ['litium', 'uranum'], 'each unknown value is named')
  const country = (await app.inject('/mous?country=KP')).json()
  t.match(country.errors[0], { name: 'country', value: 'KP' })
})

t.test('every invalid value of every parameter is reported in one answer', async t => {
  const errorsOf = async (url: string): Promise<Array<[string, string | undefined]>> => {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    return res.json().errors.map((e: { name: string, value?: string }) => [e.name, e.value])
  }
  t.same(await errorsOf('/mous?sector=critcal-minerals&mineral=litium'), [['sector', 'critcal-minerals'], ['mineral', 'litium']],
    'two filters with unknown slugs')
  t.same(await errorsOf('/mous?kind=treaty,pact&identified=yes'), [['kind', 'treaty'], ['kind', 'pact'], ['identified', 'yes']],
    'each refused value of a list, by itself')
  t.same(await errorsOf('/mous?signed_from=2024-02-31&sector=critcal-minerals&party=kazmunaygas&colour=red'),
    [['signed_from', '2024-02-31'], ['colour', undefined], ['sector', 'critcal-minerals']],
    'invalid values, unknown parameters and unknown slugs together')
  t.same(await errorsOf('/sessions?summit=nope&kind=gala'), [['kind', 'gala'], ['summit', 'nope']], 'on other lists too')
})

t.test('repeating a list parameter is the same as a comma', async t => {
  t.same(slugs(await list('/mous?sector=critical-minerals&sector=energy&kind=MOU')), slugs(await list('/mous?sector=critical-minerals,energy&kind=mou')))
  t.equal((await list('/mous?identified=false')).data.every(a => !a.identified), true)
})

t.test('an unknown parameter is a 400 that lists the accepted ones', async t => {
  const res = await app.inject('/mous?sectr=energy')
  t.equal(res.statusCode, 400)
  const [error] = res.json().errors
  t.match(error, { in: 'query', name: 'sectr' })
  t.ok(error.accepted.includes('sector') && error.accepted.includes('limit'))
  const detail = await app.inject('/mous/lithium-exploration-mou?expand=all')
  t.equal(detail.statusCode, 400, 'detail routes too')
  t.match(detail.json().errors[0], { name: 'expand', detail: 'unknown parameter; this operation takes no query parameters', accepted: [] },
    'a route without parameters says it takes none')
})

t.test('other invalid values say what would be accepted', async t => {
  const cases: Array<[string, string, RegExp]> = [
    ['kind=treaty', 'kind', /must be one of mou, agreement, unknown/],
    ['identified=yes', 'identified', /must be true or false/],
    ['signed_from=12-06-2024', 'signed_from', /YYYY-MM-DD|Invalid/],
    ['signed_to=2024-02-31', 'signed_to', /must be a calendar date/],
    ['sort=date', 'sort', /cannot sort by "date"; accepted: signed_at, title/],
    ['q=', 'q', /must not be empty/],
    ['sector=', 'sector', /at least one value/]
  ]
  for (const [query, name, detail] of cases) {
    const res = await app.inject(`/mous?${query}`)
    t.equal(res.statusCode, 400, query)
    t.match(res.json().errors[0], { name, detail }, query)
  }
})

t.test('GET /mous/{slug}: full detail with citations; unknown slug is a 404', async t => {
  const res = await app.inject('/mous/hyundai-engineering-kazmunaygas-mou')
  t.equal(res.statusCode, 200)
  const agreement = res.json()
  t.match(agreement, {
    slug: 'hyundai-engineering-kazmunaygas-mou',
    kind: 'mou',
    identified: true,
    session: { slug: ceremony, city: 'Astana', venue: null },
    summit: { slug: 'korea-kazakhstan-2024', city: 'Astana' },
    session_basis: 'inferred'
  })
  t.same(agreement.parties.map((p: { slug: string, role: string }) => [p.slug, p.role]), [['hyundai-engineering', 'signatory'], ['kazmunaygas', 'signatory']])
  const fields = new Set(agreement.citations.map((c: { field: string }) => c.field))
  for (const field of ['', 'session', 'kind', 'title', 'summary', 'parties/kazmunaygas', 'sectors/energy']) t.ok(fields.has(field), `cites "${field}"`)
  t.ok(agreement.citations.every((c: { source: { slug: string } }) => c.source.slug === 'joongang-2024-06-12-korea-kazakhstan-critical-minerals'))

  const missing = await app.inject('/mous/no-such-mou')
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { status: 404, detail: 'There is no agreement "no-such-mou".' })
})

t.test('HEAD works wherever GET does', async t => {
  for (const url of ['/mous?sector=energy', '/mous/electric-power-mou', '/summits', '/openapi.json']) {
    const get = await app.inject(url)
    const head = await app.inject({ method: 'HEAD', url })
    t.equal(head.statusCode, 200, url)
    t.equal(head.body, '', `${url} has no body`)
    t.equal(head.headers['content-type'], get.headers['content-type'], `${url} content type`)
  }
  t.equal((await app.inject({ method: 'HEAD', url: '/mous/nope' })).statusCode, 404)
})
