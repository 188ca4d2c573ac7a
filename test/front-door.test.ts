// The API's front door: GET / links to everything, every problem type says
// what it means, and links are absolute at the origin the client used (behind
// a trusted proxy, the forwarded one), never replayed from another's cache entry.
import t from 'tap'
import { operationsOf, type Json } from './fixtures/openapi.js'
import { buildApp } from './helper.js'

const app = await buildApp(t)
const document = (await app.inject('/openapi.json')).json() as Json

t.test('GET / names the API, its version and the data\'s, and links to every collection, /docs and /openapi.json', async t => {
  const res = await app.inject({ url: '/', headers: { host: 'api.example.org' } })
  t.equal(res.statusCode, 200)
  const index = res.json()
  t.match(index, { name: 'Accords', version: document.info.version })
  t.same(index.dataset, (await app.inject('/stats')).json().dataset, 'the dataset version /stats reports')
  t.match(index.links, { mous: 'http://api.example.org/mous', docs: 'http://api.example.org/docs', openapi: 'http://api.example.org/openapi.json' })
  const linked = new Set(Object.values(index.links as Record<string, string>).map(link => new URL(link).pathname))
  const collections = operationsOf(document).map(o => o.path).filter(path => !path.includes('{') && path !== '/')
  t.ok(collections.length >= 12)
  t.same(collections.filter(path => !linked.has(path)), [], 'every operation without a path parameter is linked')
  for (const path of linked) t.equal((await app.inject(path)).statusCode, 200, `${path} answers`)
})

t.test('every problem type resolves to what it means', async t => {
  const problem = (await app.inject('/mous?sector=nope')).json()
  t.equal(problem.type, '/problems/invalid-parameters')
  const res = await app.inject(problem.type)
  t.equal(res.statusCode, 200)
  t.match(res.json(), { type: problem.type, status: 400, title: problem.title, description: /`errors` lists every one at fault/ })
  const sent = new Set<string>()
  for (const url of ['/nope', '/mous/nope', '/mous?limit=0', '/parties?colour=red']) sent.add((await app.inject(url)).json().type)
  t.same([...sent].filter(type => type !== 'about:blank').sort(), ['/problems/invalid-parameters'])
  t.equal((await app.inject('/problems/no-such-type')).statusCode, 404)
  t.equal((await app.inject('/problems/constructor')).statusCode, 404, 'no inherited names')
})

t.test('Link URLs are absolute, at the Host the request was sent to', async t => {
  const res = await app.inject({ url: '/mous?sector=energy&limit=1', headers: { host: 'api.example.org:8080' } })
  t.match(res.headers.link, /^<http:\/\/api\.example\.org:8080\/mous\?sector=energy&limit=1&offset=0>; rel="first", <http:\/\/api\.example\.org:8080\/mous\?[^>]*offset=1>; rel="next"/)
})

t.test('behind a trusted proxy, the forwarded scheme and host; otherwise forwarded headers are ignored', async t => {
  const forwarded = { host: 'internal:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'accords.example.org', 'x-forwarded-for': '203.0.113.7' }
  const trusting = await buildApp(t, { trustProxy: true })
  const behind = await trusting.inject({ url: '/parties?limit=1', headers: forwarded, remoteAddress: '10.0.0.2' })
  t.match(behind.headers.link, /^<https:\/\/accords\.example\.org\/parties\?limit=1&offset=0>; rel="first"/)
  t.equal((await trusting.inject({ url: '/', headers: forwarded, remoteAddress: '10.0.0.2' })).json().links.mous, 'https://accords.example.org/mous')
  const direct = await app.inject({ url: '/parties?limit=1', headers: forwarded, remoteAddress: '10.0.0.2' })
  t.match(direct.headers.link, /^<http:\/\/internal:3000\/parties\?/, 'TRUST_PROXY=false: the Host header, not X-Forwarded-Host')
})

t.test('the response cache never replays one host\'s links to another', async t => {
  for (const url of ['/mous?sector=energy&limit=1', '/']) {
    const first = await app.inject({ url, headers: { host: 'one.example' } })
    const second = await app.inject({ url, headers: { host: 'two.example' } })
    const again = await app.inject({ url, headers: { host: 'one.example' } })
    t.equal(first.statusCode, 200)
    t.notMatch(second.body + String(second.headers.link), /one\.example/, `${url}: two.example gets its own links`)
    t.match(second.body + String(second.headers.link), /two\.example/)
    t.equal(again.headers.etag, first.headers.etag, `${url}: one.example's answer is still kept`)
  }
})
