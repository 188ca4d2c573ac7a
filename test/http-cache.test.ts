// HTTP behaviour: strong ETags and 304, Cache-Control, Vary, compression,
// CORS, and a response cache that does no repeated database work yet shows a
// change to the data at once.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { setTimeout as sleep } from 'node:timers/promises'
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { boundedDataVersion } from '../src/db/bounded-data-version.js'
import { matchesEtag } from '../src/plugins/http-cache.js'
import { serverOptions } from '../src/server-options.js'
import { buildApp, buildAppWithDatabase, eventually, seededDatabase, testConfig } from './helper.js'

t.test('every GET answer has a strong ETag; If-None-Match answers 304', async t => {
  const app = await buildApp(t)
  // A full export of an agreement list is streamed, with a weak ETag: see the next test.
  for (const url of ['/mous?sector=energy', '/mous/electric-power-mou', '/stats', '/mous?format=csv&limit=10', '/parties?format=csv', '/nope', '/mous?bad=1']) {
    const first = await app.inject(url)
    t.match(first.headers.etag, /^"[^"]+"$/, `${url}: strong ETag`)
    if (first.statusCode !== 200) continue
    for (const inm of [first.headers.etag, `W/${String(first.headers.etag)}`, `"other", ${String(first.headers.etag)}`]) {
      const again = await app.inject({ url, headers: { 'if-none-match': String(inm) } })
      t.equal(again.statusCode, 304, `${url} If-None-Match: ${String(inm)}`)
      t.equal(again.body, '')
    }
    t.equal((await app.inject({ url, headers: { 'if-none-match': '"stale"' } })).statusCode, 200)
  }
})

t.test('a streamed export has a weak ETag from the data and the request, answers If-None-Match with 304, and is not kept', async t => {
  const app = await buildApp(t)
  for (const url of ['/mous?format=csv', '/mous?format=ndjson', '/summits/korea-kazakhstan-2024/mous?format=csv']) {
    const first = await app.inject(url)
    t.equal(first.statusCode, 200, url)
    t.match(first.headers.etag, /^W\/"[^"]+"$/, `${url}: weak ETag`)
    t.equal(first.headers['cache-control'], 'public, max-age=60')
    for (const inm of [first.headers.etag, String(first.headers.etag).slice(2), `"other", ${String(first.headers.etag)}`]) {
      const again = await app.inject({ url, headers: { 'if-none-match': String(inm) } })
      t.equal(again.statusCode, 304, `${url} If-None-Match: ${String(inm)}`)
      t.equal(again.body, '')
    }
    const queries = app.dbStats.queries
    const repeat = await app.inject(url)
    t.equal(repeat.body, first.body, 'the same rows')
    t.equal(repeat.headers.etag, first.headers.etag, 'the same ETag')
    t.ok(app.dbStats.queries > queries, 'read again: the response cache keeps no streamed answer')
  }
  const other = await app.inject('/mous?format=csv&sector=energy')
  t.not(other.headers.etag, (await app.inject('/mous?format=csv')).headers.etag, 'another request, another ETag')
})

t.test('If-None-Match comparison follows RFC 9110', async t => {
  t.ok(matchesEtag('*', '"a"'))
  t.ok(matchesEtag('W/"a"', '"a"'))
  t.ok(matchesEtag('"b", "a"', '"a"'))
  t.notOk(matchesEtag('"b"', '"a"'))
  t.notOk(matchesEtag(undefined, '"a"'))
})

t.test('Cache-Control carries the configured max-age; errors are not stored', async t => {
  const app = await buildApp(t, { cacheMaxAge: 300 })
  t.equal((await app.inject('/mous')).headers['cache-control'], 'public, max-age=300')
  t.equal((await app.inject('/mous?sector=nope')).headers['cache-control'], 'no-store')
  t.equal((await app.inject('/mous/nope')).headers['cache-control'], 'no-store')
})

t.test('Vary names Accept and Accept-Encoding, once each', async t => {
  const app = await buildApp(t)
  for (const headers of [{}, { 'accept-encoding': 'gzip' }]) {
    for (let i = 0; i < 2; i++) { // a miss, then a hit
      const vary = String((await app.inject({ url: '/mous', headers })).headers.vary).toLowerCase().split(/,\s*/)
      t.same(vary.sort(), ['accept', 'accept-encoding'], JSON.stringify(headers))
    }
  }
})

t.test('large answers are compressed with brotli or gzip; small ones are not', async t => {
  const app = await buildApp(t)
  const plain = await app.inject('/mous')
  for (let i = 0; i < 2; i++) {
    const br = await app.inject({ url: '/mous', headers: { 'accept-encoding': 'br, gzip' } })
    t.equal(br.headers['content-encoding'], 'br')
    t.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body)
    t.ok(br.rawPayload.length < plain.rawPayload.length / 4)
    const gzip = await app.inject({ url: '/mous', headers: { 'accept-encoding': 'gzip' } })
    t.equal(gzip.headers['content-encoding'], 'gzip')
    t.equal(gunzipSync(gzip.rawPayload).toString(), plain.body)
  }
  t.equal((await app.inject({ url: '/sectors?limit=1', headers: { 'accept-encoding': 'br' } })).headers['content-encoding'], undefined, 'under 1 KB')
  t.equal((await app.inject({ url: '/mous', headers: { 'accept-encoding': 'identity' } })).headers['content-encoding'], undefined)
})

t.test('CORS: any origin by default, with the list headers exposed', async t => {
  const app = await buildApp(t)
  const res = await app.inject({ url: '/mous', headers: { origin: 'https://dashboard.example' } })
  t.equal(res.headers['access-control-allow-origin'], '*')
  for (const header of ['Link', 'X-Total-Count', 'ETag']) t.match(res.headers['access-control-expose-headers'], header)
  const preflight = await app.inject({ method: 'OPTIONS', url: '/mous', headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'GET' } })
  t.equal(preflight.statusCode, 204)
  t.match(preflight.headers['access-control-allow-methods'], 'GET')
})

t.test('CORS: configured origins are allowed, others are not', async t => {
  const app = await buildApp(t, { corsOrigins: ['https://dash.example.org'] })
  const allowed = await app.inject({ url: '/mous', headers: { origin: 'https://dash.example.org' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'https://dash.example.org')
  t.match(allowed.headers.vary, /origin/i)
  const cached = await app.inject({ url: '/mous', headers: { origin: 'https://evil.example' } })
  t.equal(cached.headers['access-control-allow-origin'], undefined, 'not even from the response cache')
})

t.test('a repeated query does no database work', async t => {
  const app = await buildApp(t)
  for (const url of ['/mous?sector=critical-minerals&group_by=party', '/mous/lithium-exploration-mou', '/stats', '/parties?format=csv']) {
    const first = await app.inject(url)
    const queries = app.dbStats.queries
    for (let i = 0; i < 5; i++) t.equal((await app.inject(url)).body, first.body)
    t.equal(app.dbStats.queries, queries, `${url}: no query ran for the five repeats`)
  }
  const queries = app.dbStats.queries
  await app.inject('/mous?sector=energy')
  t.ok(app.dbStats.queries > queries, 'a new query does run (the counter counts)')
})

t.test('with CACHE_FRESHNESS_MS=0 a change to the data is visible at once, with a new ETag', async t => {
  const { app, prisma } = await buildAppWithDatabase(t, { cacheFreshnessMs: 0 })
  const before = await app.inject('/sectors/trade')
  t.equal(before.json().name, 'Trade')
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Trade and commerce' } })
  // SQLite: on the next request. PostgreSQL: once the change's notification arrives, milliseconds later.
  t.ok(await eventually(async () => (await app.inject('/sectors/trade')).json().name === 'Trade and commerce'), 'the cache noticed')
  const after = await app.inject({ url: '/sectors/trade', headers: { 'if-none-match': String(before.headers.etag) } })
  t.equal(after.statusCode, 200, 'the old ETag no longer matches')
  t.equal(after.json().name, 'Trade and commerce')
  t.not(after.headers.etag, before.headers.etag)
  t.equal((await app.inject('/mous?group_by=sector')).json().data.find((g: { key: string }) => g.key === 'trade').name, 'Trade and commerce')
})

t.test('the dataset\'s version (what cursors record, export ETags, /stats) is read once, and again when the data changes', async t => {
  const { app, prisma } = await buildAppWithDatabase(t, { cacheFreshnessMs: 0 })
  const version = await app.datasetVersion()
  const queries = app.dbStats.queries
  t.equal(await app.datasetVersion(), version)
  const cursor = (await app.inject('/mous?cursor=*&limit=2')).json().meta.next_cursor as string
  t.equal((await app.inject(`/mous?cursor=${cursor}&limit=2`)).statusCode, 200)
  t.equal((await app.inject('/stats')).json().dataset.loaded_at, version.split(' ')[1])
  const statements = app.dbStats.queries - queries
  t.equal(await app.datasetVersion(), version)
  t.equal(app.dbStats.queries - queries, statements, 'kept: asking again reads nothing')
  await prisma.datasetVersion.update({ where: { id: 1 }, data: { loadedAt: new Date(0).toISOString() } })
  t.ok(await eventually(async () => await app.datasetVersion() !== version), 'read again once the data changed')
  t.equal((await app.inject(`/mous?cursor=${cursor}&limit=2`)).statusCode, 400, 'a cursor made before is stale')
  t.equal((await app.inject('/stats')).json().dataset.loaded_at, new Date(0).toISOString())
})

t.test('a change to the data shows once CACHE_FRESHNESS_MS has passed, and not before', async t => {
  const { app, prisma } = await buildAppWithDatabase(t, { cacheFreshnessMs: 60_000 })
  t.equal((await app.inject('/sectors/trade')).json().name, 'Trade')
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Trade and commerce' } })
  t.equal((await app.inject('/sectors/trade')).json().name, 'Trade', 'within the bound the kept answer is served')

  const quick = await buildAppWithDatabase(t, { cacheFreshnessMs: 100 })
  t.equal((await quick.app.inject('/sectors/trade')).json().name, 'Trade')
  await quick.prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Trade and commerce' } })
  await sleep(150)
  t.equal((await quick.app.inject('/sectors/trade')).json().name, 'Trade and commerce', 'past the bound the change shows')
})

t.test('the freshness bound asks the data version at most once per period', async t => {
  let asked = 0
  let clock = 0
  const source = { current: () => ++asked, close: () => {} }
  const bounded = boundedDataVersion(source, 1000, () => clock)
  t.equal(bounded.current(), 1)
  clock = 999
  t.equal(bounded.current(), 1, 'not asked again within the period')
  clock = 1000
  t.equal(bounded.current(), 2, 'asked again once it has passed')
  t.equal(asked, 2)
  t.equal(boundedDataVersion(source, 0), source, '0: every call asks')
})

t.test('a kept answer has the headers the fresh answer had (but its own request id and rate-limit count)', async t => {
  const perRequest = ['date', 'x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'connection', 'keep-alive',
    // framing: a fresh compressed answer is streamed, a kept one has its length
    'content-length', 'transfer-encoding']
  const comparable = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !perRequest.includes(name)))
  const decoded = (res: { rawPayload: Buffer, headers: Record<string, unknown> }) =>
    res.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(res.rawPayload).toString()
      : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.rawPayload).toString() : res.rawPayload.toString()
  const settings = [{}, { corsOrigins: ['https://dash.example.org'] }, { rateLimitMax: 0 }]
  const requests = [{}, { origin: 'https://dash.example.org' }, { origin: 'https://evil.example' }, { 'accept-encoding': 'br' },
    { 'accept-encoding': 'gzip, deflate' }, { accept: 'text/csv' }]
  for (const overrides of settings) {
    const app = await buildApp(t, overrides)
    for (const headers of requests) {
      for (const url of ['/mous?sector=energy', '/mous/electric-power-mou', '/stats', '/parties?format=ndjson']) {
        const fresh = await app.inject({ url, headers })
        const queries = app.dbStats.queries
        const kept = await app.inject({ url, headers })
        const what = `${JSON.stringify(overrides)} ${url} ${JSON.stringify(headers)}`
        // A full export of an agreement list is streamed and never kept (see above); every other answer is.
        if (url.startsWith('/mous?') && headers.accept === 'text/csv') t.ok(app.dbStats.queries > queries, `${what}: streamed, read again`)
        else t.equal(app.dbStats.queries, queries, `${what}: kept`)
        t.same(comparable(kept.headers), comparable(fresh.headers), what)
        t.same(Object.keys(kept.headers).filter(name => name.startsWith('ratelimit-') || name === 'x-request-id').sort(),
          Object.keys(fresh.headers).filter(name => name.startsWith('ratelimit-') || name === 'x-request-id').sort())
        t.equal(decoded(kept), decoded(fresh))
        const head = await app.inject({ method: 'HEAD', url, headers })
        t.same(comparable(head.headers), comparable(fresh.headers), `HEAD ${what}`)
        t.equal(head.body, '')
      }
    }
  }
})

t.test('a client past its rate limit gets a 429, not a kept answer', async t => {
  const app = await buildApp(t, { rateLimitMax: 2 })
  t.equal((await app.inject('/stats')).statusCode, 200)
  const kept = await app.inject('/stats')
  t.equal(kept.statusCode, 200)
  t.equal(kept.headers['ratelimit-remaining'], '0', 'a kept answer counts')
  const refused = await app.inject({ url: '/stats', headers: { 'x-request-id': 'over', origin: 'https://a.example' } })
  t.equal(refused.statusCode, 429)
  t.match(refused.headers, { 'retry-after': /^\d+$/, 'ratelimit-remaining': '0', 'x-request-id': 'over', 'access-control-allow-origin': '*' })
  t.equal(refused.headers['cache-control'], 'no-store')
})

t.test('over a socket, a kept answer is sent before Fastify: its first answer\'s headers and body, its own request id and rate limit, an access line', async t => {
  const lines: string[] = []
  const config = testConfig(await seededDatabase(t), { logLevel: 'debug', rateLimitMax: 20, rateLimitWindowSeconds: 120 })
  await loadPrismaClient(config.database.provider)
  const server = Fastify(serverOptions(config, { stream: { write: line => { lines.push(line) } } }))
  await server.register(fp(app), { config })
  // Fastify runs its onResponse hooks for every request it handles, a kept answer sent from a hook included.
  let seenByFastify = 0
  server.addHook('onResponse', (_request, _reply, done) => { seenByFastify++; done() })
  t.teardown(() => server.close())
  const origin = await server.listen({ port: 0, host: '127.0.0.1' })
  const logged = (): Array<Record<string, unknown>> => lines.map(line => JSON.parse(line) as Record<string, unknown>)
  // The server's own warm-up requests first (plugins/warm-up.ts); then only the test's.
  t.ok(await eventually(async () => logged().some(line => line.msg === 'warmed up')), 'warmed up')
  const accessLines = (): Array<Record<string, unknown>> =>
    logged().filter(line => line.msg === 'request completed' && !String(line.reqId).startsWith('warm-up-'))
  seenByFastify = 0
  const url = `${origin}/mous?sector=critical-minerals`

  // Fastify's onResponse hooks and access line follow the answer's last byte: waited for.
  const first = await fetch(url)
  t.ok(await eventually(async () => seenByFastify === 1), 'the first answer is computed')
  const kept = await fetch(url, { headers: { 'x-request-id': 'dashboard-42' } })
  t.equal(await kept.text(), await first.text(), 'the same body')
  await sleep(50)
  t.equal(seenByFastify, 1, 'the kept one never reaches Fastify')
  const perRequest = ['x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'date']
  const headers = (res: Response): Record<string, string> => Object.fromEntries([...res.headers].filter(([name]) => !perRequest.includes(name)))
  t.same(headers(kept), headers(first), 'the same headers, but for those of the request')
  t.equal(kept.headers.get('x-request-id'), 'dashboard-42', 'the client\'s request id')
  t.equal(Number(kept.headers.get('ratelimit-remaining')), Number(first.headers.get('ratelimit-remaining')) - 1, 'counted against the rate limit')
  t.match(accessLines(), [
    { reqId: first.headers.get('x-request-id'), method: 'GET', route: '/mous', status: 200, ip: '127.0.0.1' },
    { reqId: 'dashboard-42', method: 'GET', route: '/mous', status: 200, ip: '127.0.0.1', ms: Number }
  ], 'an access line each, as Fastify writes them')

  const head = await fetch(url, { method: 'HEAD' })
  t.equal(head.headers.get('content-length'), first.headers.get('content-length'), 'HEAD: the length of the body')
  t.equal(await head.text(), '', 'and no body')
  const revalidated = await fetch(url, { headers: { 'if-none-match': String(first.headers.get('etag')) } })
  t.equal(revalidated.status, 304, 'If-None-Match: a 304, from Fastify')
  t.ok(await eventually(async () => seenByFastify === 2))

  let sent = 4
  let refused: Response | undefined
  while (refused === undefined && sent < 40) {
    const res = await fetch(url)
    sent++
    if (res.status === 429) refused = res
    else await res.arrayBuffer()
  }
  t.equal(refused?.headers.get('ratelimit-remaining'), '0', 'past the limit: the limiter\'s 429')
  t.equal(refused?.headers.get('content-type'), 'application/problem+json')
  t.ok(await eventually(async () => accessLines().length === sent), 'every answer logged')
  await sleep(50)
  t.equal(accessLines().length, sent, 'once')
})
