// /mous: filters that combine, sorting, pages, and errors that explain themselves.
import t from 'tap'
import { buildApp } from './helper.js'

const app = await buildApp(t)

interface Agreement { slug: string, kind: string | null, title: string | null, identified: boolean, signed_at: string | null, session: { slug: string } | null, parties: Array<{ slug: string, country: string }>, sectors: Array<{ slug: string }>, minerals: Array<{ slug: string }> }
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
  t.same(lithium?.parties.map(p => p.slug), ['kazakhstan-ministry-of-industry-and-construction', 'korea-institute-of-geoscience-and-mineral-resources', 'sk-ecoplant'])
  t.same(lithium?.minerals.map(m => m.slug), ['lithium'])
  t.same(lithium?.sectors.map(s => s.slug), ['critical-minerals'])
})

t.test('the unfiltered list holds all 35, by date of signing then in source order, 50 to a page', async t => {
  const l = await list('/mous')
  t.same(l.meta, { total: 35, limit: 50, offset: 0 })
  t.equal(l.data.length, 35)
  t.same(l.data.slice(0, 11).map(m => m.session?.slug), Array(11).fill(ceremony), 'the ceremony\'s 11 come first')
  t.same([l.data[0]?.slug, l.data[0]?.signed_at], ['greenhouse-gas-reduction-projects-mou', '2024-06-11'], 'signed in writing the day before')
  t.equal(l.data[1]?.slug, 'critical-minerals-supply-chain-partnership-mou')
  t.equal(l.data[33]?.slug, 'korea-kazakhstan-2024-business-forum-unidentified-16')
  t.match(l.data[34], { slug: 'eximbank-dbk-on-lending-mou', session: null, summit: { slug: 'korea-kazakhstan-2024' } }, 'its session is unknown; its summit is known')
})

t.test('a comma means OR within a filter; repeating the parameter means the same', async t => {
  const or = await list('/mous?sector=critical-minerals,energy')
  t.equal(or.meta.total, 7)
  t.same(slugs(await list('/mous?sector=critical-minerals&sector=energy')), slugs(or))
  t.same(slugs(await list('/mous?sector=energy')), [
    'electric-power-mou', 'doosan-enerbility-samruk-kazyna-cooperation-agreement', 'hyundai-engineering-kazmunaygas-mou',
    'doosan-samruk-energy-kepco-kps-environmental-equipment-mou'
  ])
})

t.test('filters combine with AND', async t => {
  t.same(slugs(await list('/mous?sector=critical-minerals&mineral=rare-metals')), ['rare-metals-technology-cooperation-mou'])
  t.same(slugs(await list('/mous?sector=energy&party=kazmunaygas')), ['hyundai-engineering-kazmunaygas-mou'])
  t.same(slugs(await list('/mous?sector=finance&country=kr')), ['eximbank-dbk-on-lending-mou'], 'the banking-supervision MOU has no known party')
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
  t.equal((await list(`/mous?session=${forum}`)).meta.total, 23, 'the forum reports 24; one of the summit\'s records has no known session')
  t.equal((await list('/mous?summit=korea-kazakhstan-2024')).meta.total, 35, 'a summit\'s agreements include those whose session is unknown')
  t.equal((await list('/mous?kind=mou')).meta.total, 16)
  t.equal((await list('/mous?kind=unknown')).meta.total, 17, 'the forum\'s counted ones, and one whose sources disagree')
  t.same(slugs(await list('/mous?kind=agreement')), ['doosan-enerbility-samruk-kazyna-cooperation-agreement', 'hyundai-engineering-kazmunaygas-mou'])
  t.equal((await list('/mous?kind=record_of_discussion')).meta.total, 0, 'only a normal claim says so')
  t.equal((await list('/mous?kind=mou,agreement,unknown')).meta.total, 35)
  t.equal((await list('/mous?identified=true')).meta.total, 19)
  t.equal((await list('/mous?identified=false&session=' + forum)).meta.total, 16)
  t.equal((await list('/mous?signed_from=2024-06-12&signed_to=2024-06-12')).meta.total, 34)
  t.equal((await list('/mous?signed_from=2024-06-13')).meta.total, 0)
  t.same(slugs(await list('/mous?signed_to=2024-06-11')), ['greenhouse-gas-reduction-projects-mou'])
})

t.test('q searches titles, summaries and party names, case-insensitively', async t => {
  t.same(slugs(await list('/mous?q=LITHIUM')), ['lithium-exploration-mou'])
  t.same(slugs(await list('/mous?q=KazMunayGas')), ['hyundai-engineering-kazmunaygas-mou'])
  t.same(slugs(await list('/mous?q=Ministry%20of%20Energy%20of')), ['electric-power-mou'], 'matches a party name')
  t.equal((await list('/mous?q=%25')).meta.total, 0, 'a % is a character to find, not a wildcard')
  t.equal((await list('/mous?q=_')).meta.total, 0, 'so is _')
})

t.test('sort takes fields with - for descending; ties fall back to source order', async t => {
  const byTitle = await list('/mous?identified=true&sort=title')
  const titles = byTitle.data.map(m => m.title ?? '')
  t.equal(titles.length, 19)
  t.same(titles, [...titles].sort((a, b) => a < b ? -1 : a > b ? 1 : 0), 'by title, in code-point order')
  t.same(titles.slice(0, 3), ['a US$50 million on-lending facility', 'comprehensive employment and labour cooperation', 'cooperation on developing Kazakhstan\'s power industry'])
  const desc = await list('/mous?identified=true&sort=-title')
  t.same(desc.data.map(m => m.title), [...byTitle.data.map(m => m.title)].reverse())
  const nullsLast = await list('/mous?sort=title&limit=20')
  t.equal(nullsLast.data[19]?.title, null, 'agreements without a title come after those with one')
  const bySlug = await list('/mous?sort=-slug&limit=1')
  t.equal(bySlug.data[0]?.slug, 'trade-economy-science-technology-joint-committee-mou')
  const latestFirst = slugs(await list('/mous?sort=-signed_at,title&limit=35'))
  t.same(latestFirst.slice(0, 18), slugs(byTitle).filter(slug => slug !== 'greenhouse-gas-reduction-projects-mou'), 'several keys apply in turn')
  t.equal(latestFirst[34], 'greenhouse-gas-reduction-projects-mou', 'the earliest signed comes last')
})

t.test('pages: Link and X-Total-Count, the last page, past the end, limit bounds', async t => {
  const res = await app.inject('/mous?sector=critical-minerals,energy&limit=2&offset=2')
  t.equal(res.headers['x-total-count'], '7')
  t.equal(res.headers.link,
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=0>; rel="first", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=0>; rel="prev", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=4>; rel="next", ' +
    '<http://localhost/mous?sector=critical-minerals%2Cenergy&limit=2&offset=6>; rel="last"')
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
    ['kind=treaty', 'kind', /must be one of mou, agreement, record_of_discussion, unknown/],
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

t.test('GET /mous/{slug}: full detail with citations and claims; unknown slug is a 404', async t => {
  const res = await app.inject('/mous/hyundai-engineering-kazmunaygas-mou')
  t.equal(res.statusCode, 200)
  const agreement = res.json()
  t.match(agreement, {
    slug: 'hyundai-engineering-kazmunaygas-mou',
    kind: 'agreement',
    identified: true,
    signed_at: '2024-06-12',
    place: 'presidential palace, Astana',
    session: { slug: ceremony, city: 'Astana', venue: 'Akorda presidential palace' },
    summit: { slug: 'korea-kazakhstan-2024', city: 'Astana' },
    session_basis: 'stated',
    disputed: true,
    disputed_facts: ['kind'],
    source_count: 6,
    source_kinds: [{ kind: 'article', count: 1 }, { kind: 'newspaper', count: 5 }]
  })
  t.same(agreement.parties.map((p: { slug: string, role: string }) => [p.slug, p.role]), [['hyundai-engineering', 'signatory'], ['kazmunaygas', 'signatory']])
  // Citations: the article's verbatim quotes for the values the record holds (its kind is the other sources').
  const fields = new Set(agreement.citations.map((c: { field: string }) => c.field))
  for (const field of ['', 'title', 'summary', 'parties/kazmunaygas', 'sectors/energy']) t.ok(fields.has(field), `cites "${field}"`)
  t.notOk(fields.has('kind'), 'the article\'s "MOU" is a claim, not a citation of the kind it holds')
  t.ok(agreement.citations.every((c: { source: { slug: string } }) => c.source.slug === 'joongang-2024-06-12-korea-kazakhstan-critical-minerals'))
  // Claims: every source's value, ranked; the article quoted, the others by locator.
  const kinds = agreement.claims.filter((c: { field: string }) => c.field === 'kind')
  t.same(kinds.map((c: { value: string, rank: string, source: { slug: string } }) => [c.value, c.rank, c.source.slug]), [
    ['agreement', 'preferred', 'money-s-hyundai-engineering'],
    ['agreement', 'preferred', 'maeil-ilbo-hyundai-engineering'],
    ['agreement', 'preferred', 'news-az-minerals-oil-gas'],
    ['mou', 'normal', 'joongang-2024-06-12-korea-kazakhstan-critical-minerals'],
    ['mou', 'normal', 'korea-herald-print-2024-06-13'],
    ['mou', 'normal', 'dailian-summit-mous']
  ])
  for (const claim of agreement.claims) {
    const shipped = claim.source.kind === 'article'
    t.ok(shipped ? claim.quote !== null && claim.locator === null : claim.quote === null && claim.locator !== null, `${claim.field} from ${claim.source.slug}`)
  }

  const missing = await app.inject('/mous/no-such-mou')
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { status: 404, detail: 'There is no agreement "no-such-mou".' })
})

t.test('a disputed set: the lithium MOU\'s parties, as three sources list them and as one does', async t => {
  const lithium = (await app.inject('/mous/lithium-exploration-mou')).json()
  t.match(lithium, { disputed: true, disputed_facts: ['parties'], session: { slug: forum } })
  t.same(lithium.parties.map((p: { slug: string }) => p.slug), ['kazakhstan-ministry-of-industry-and-construction', 'korea-institute-of-geoscience-and-mineral-resources', 'sk-ecoplant'])
  const sets = lithium.claims.filter((c: { field: string }) => c.field === 'parties')
  t.same([...new Set(sets.map((c: { value: string[], rank: string }) => `${c.rank} ${c.value.join(' ')}`))], [
    'preferred kazakhstan-ministry-of-industry-and-construction korea-institute-of-geoscience-and-mineral-resources sk-ecoplant',
    'normal kazakhstan-ministry-of-industry-and-construction korea-institute-of-geoscience-and-mineral-resources sk-ecoplant tau-ken-samruk'
  ])
  t.match(lithium.claims.find((c: { field: string }) => c.field === 'parties/tau-ken-samruk'), { value: 'signatory', rank: 'normal', source: { slug: 'metalswire-lithium-exploration', kind: 'newspaper' } })
  t.match(lithium.claims.find((c: { field: string, rank: string }) => c.field === 'session' && c.rank === 'deprecated'),
    { value: ceremony, basis: 'inferred', source: { kind: 'article' }, note: /first placed/ }, 'the former placement, kept and deprecated')
  const exim = (await app.inject('/mous/eximbank-dbk-on-lending-mou')).json()
  t.match(exim, { session: null, session_basis: null, summit: { slug: 'korea-kazakhstan-2024' }, disputed: false, source_count: 2 })
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
