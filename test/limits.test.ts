// Limits and headers: rate limiting per client with standard headers and a
// problem+json 429, a cap on URL length, timeouts, security headers, and
// problem+json even for requests refused before they reach a route.
import { once } from 'node:events'
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import Fastify from 'fastify'
import t from 'tap'
import app from '../src/app.js'
import { clientKey, RateWindows } from '../src/http/rate-windows.js'
import { serverOptions } from '../src/server-options.js'
import { buildApp, copyOfSeededDatabase, testConfig } from './helper.js'

t.test('past RATE_LIMIT_MAX requests in the window: 429 problem with Retry-After and RateLimit headers', async t => {
  const app = await buildApp(t, { rateLimitMax: 3, rateLimitWindowSeconds: 120 })
  for (let i = 1; i <= 3; i++) {
    const res = await app.inject('/sectors')
    t.equal(res.statusCode, 200)
    t.match(res.headers, { 'ratelimit-limit': '3', 'ratelimit-remaining': String(3 - i), 'ratelimit-reset': /^\d+$/ }, `request ${i}`)
    t.notOk(res.headers['retry-after'])
  }
  const res = await app.inject({ url: '/mous?limit=1', headers: { 'x-request-id': 'too-many' } })
  t.equal(res.statusCode, 429)
  t.match(res.headers['content-type'], 'application/problem+json')
  t.match(res.headers, { 'ratelimit-limit': '3', 'ratelimit-remaining': '0', 'retry-after': /^\d+$/, 'x-request-id': 'too-many' })
  t.ok(Number(res.headers['retry-after']) > 0 && Number(res.headers['retry-after']) <= 120, 'Retry-After is within the window')
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Too many requests',
    status: 429,
    detail: `This client has made more than 3 requests in 2 min. Retry in ${String(res.headers['retry-after'])} s (see Retry-After).`,
    instance: '/mous?limit=1'
  })
  t.equal((await app.inject('/openapi.json')).statusCode, 429, 'the documentation counts too')
  t.equal((await app.inject('/no-such-path')).statusCode, 429, 'and so do unknown paths')
})

t.test('each client has its own budget, keyed by its address', async t => {
  const app = await buildApp(t, { rateLimitMax: 1 })
  t.equal((await app.inject({ url: '/sectors', remoteAddress: '192.0.2.1' })).statusCode, 200)
  t.equal((await app.inject({ url: '/sectors', remoteAddress: '192.0.2.1' })).statusCode, 429)
  t.equal((await app.inject({ url: '/sectors', remoteAddress: '192.0.2.2' })).statusCode, 200)
  // Without TRUST_PROXY, X-Forwarded-For is not believed: it cannot buy a client a new budget.
  const forged = await app.inject({ url: '/sectors', remoteAddress: '192.0.2.1', headers: { 'x-forwarded-for': '198.51.100.9' } })
  t.equal(forged.statusCode, 429)
})

t.test('IPv6 clients are counted by their /64 network; an IPv4 address written as IPv6 is that IPv4 client', async t => {
  const app = await buildApp(t, { rateLimitMax: 1 })
  const from = (remoteAddress: string) => app.inject({ url: '/sectors', remoteAddress })
  t.equal((await from('2001:db8:0:1::1')).statusCode, 200)
  t.equal((await from('2001:db8:0:1:ffff::2')).statusCode, 429, 'another address in the same /64')
  t.equal((await from('2001:db8:0:2::1')).statusCode, 200, 'another /64')
  t.equal((await from('192.0.2.7')).statusCode, 200)
  t.equal((await from('::ffff:192.0.2.7')).statusCode, 429, 'the same IPv4 client')
})

t.test('client keys and windows', async t => {
  t.equal(clientKey('192.0.2.1'), '192.0.2.1')
  t.equal(clientKey('::FFFF:192.0.2.1'), '192.0.2.1')
  t.equal(clientKey('2001:DB8:0000:0001:2:3:4:5'), '2001:db8:0:1::/64')
  t.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64')
  t.equal(clientKey('2001:db8:0:1::'), '2001:db8:0:1::/64')
  t.equal(clientKey('::1'), '0:0:0:0::/64')
  t.equal(clientKey('fe80::1%eth0'), 'fe80:0:0:0::/64')
  t.equal(clientKey('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64')

  const windows = new RateWindows(1000, 2)
  t.match(windows.hit('a', 0), { count: 1, endsAt: 1000 })
  t.match(windows.hit('a', 999), { count: 2, endsAt: 1000 })
  t.match(windows.hit('a', 1000), { count: 1, endsAt: 2000 }, 'a new window once the last one ended')
  windows.hit('b', 1000)
  windows.hit('c', 1000)
  t.equal(windows.size, 2, 'bounded: the oldest window made room')
  t.match(windows.hit('a', 1001), { count: 1 }, 'a was the oldest')
  windows.sweep(2000)
  t.equal(windows.size, 1, 'windows that ended are swept')
})

t.test('behind a trusted proxy the client is the forwarded address', async t => {
  for (const trustProxy of [true, 1, ['10.0.0.0/8']] as const) {
    const app = await buildApp(t, { rateLimitMax: 1, trustProxy: trustProxy as boolean | number | string[] })
    const via = (client: string) => app.inject({ url: '/sectors', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': client } })
    t.equal((await via('198.51.100.1')).statusCode, 200, `${JSON.stringify(trustProxy)}: first client`)
    t.equal((await via('198.51.100.1')).statusCode, 429, 'first client again')
    t.equal((await via('198.51.100.2')).statusCode, 200, 'second client, same proxy')
  }
})

t.test('RATE_LIMIT_MAX=0 turns rate limiting off: no headers, no 429', async t => {
  const app = await buildApp(t, { rateLimitMax: 0 })
  for (let i = 0; i < 20; i++) {
    const res = await app.inject('/sectors')
    t.equal(res.statusCode, 200)
    t.notOk(res.headers['ratelimit-limit'])
  }
})

t.test('a path and query longer than MAX_URL_LENGTH is a 414 problem', async t => {
  const app = await buildApp(t, { maxUrlLength: 300 })
  const fits = `/mous?q=${'a'.repeat(300 - '/mous?q='.length)}`
  t.not((await app.inject(fits)).statusCode, 414, 'exactly at the cap')
  for (const url of [`${fits}a`, `/mous/${'a'.repeat(400)}`, `/no/such/${'x'.repeat(400)}`]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 414, url.slice(0, 20))
    t.match(res.headers['content-type'], 'application/problem+json')
    t.match(res.json(), { status: 414, title: 'URI too long', detail: `The request path and query are ${url.length} characters long; at most 300 are accepted.` })
  }
})

t.test('a path parameter that is not valid percent-encoding is a 400 naming it; an unknown path a 404', async t => {
  const app = await buildApp(t)
  const bad = await app.inject('/parties/%E0%A4%A/mous')
  t.equal(bad.statusCode, 400)
  t.match(bad.headers['content-type'], 'application/problem+json')
  t.match(bad.json(), { status: 400, errors: [{ in: 'path', name: 'slug', detail: 'is not valid percent-encoded UTF-8', value: '%E0%A4%A' }] })
  const unknown = await app.inject('/nothing/%E0')
  t.equal(unknown.statusCode, 404)
  t.match(unknown.headers['content-type'], 'application/problem+json')
  const long = await app.inject(`/mous/${'a'.repeat(201)}`)
  t.equal(long.statusCode, 400, 'a long slug reaches its schema')
  t.match(long.json(), { errors: [{ in: 'path', name: 'slug' }] })
})

t.test('security headers on every response; Swagger UI gets a policy that lets it run', async t => {
  const app = await buildApp(t)
  for (const url of ['/mous', '/nowhere', '/mous?colour=red', '/openapi.json']) {
    const res = await app.inject(url)
    t.match(res.headers, {
      'content-security-policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'x-content-type-options': 'nosniff',
      'strict-transport-security': /max-age=\d+/,
      'referrer-policy': 'no-referrer'
    }, `${url} (${res.statusCode})`)
    t.notOk(res.headers['x-powered-by'])
    t.notOk(res.headers['x-xss-protection'], 'headers for legacy browsers and HTML pages are left out')
  }
  for (const url of ['/docs/', '/docs/static/swagger-ui-bundle.js']) {
    const csp = String((await app.inject(url)).headers['content-security-policy'])
    t.match(csp, "script-src 'self'", url)
    t.match(csp, "connect-src 'self'", url)
    t.notMatch(csp, 'unsafe-eval', url)
    t.notMatch(csp, 'upgrade-insecure-requests', `${url}: plain-HTTP deployments keep working`)
  }
})

t.test('a handler slower than HANDLER_TIMEOUT_MS is answered 503 problem', async t => {
  const config = testConfig(copyOfSeededDatabase(t), { handlerTimeoutMs: 50 })
  const server = Fastify(serverOptions(config))
  await server.register(async scope => {
    await app(scope, { config })
    scope.get('/slow', async () => { await sleep(500); return { late: true } })
  })
  t.teardown(() => server.close())
  const res = await server.inject({ url: '/slow', headers: { 'x-request-id': 'slow-1' } })
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], 'application/problem+json')
  t.match(res.json(), { status: 503, detail: 'The server took longer than 50 ms to answer. Retry later, or narrow the request.' })
  t.equal(res.headers['x-request-id'], 'slow-1')
})

t.test('requests Node refuses before routing are still problem+json: 431 for huge headers', async t => {
  const config = testConfig(copyOfSeededDatabase(t))
  const server = Fastify(serverOptions(config))
  await server.register(app, { config })
  await server.listen({ port: 0, host: '127.0.0.1' })
  t.teardown(() => server.close())
  const { port } = server.server.address() as { port: number }
  const raw = async (request: string): Promise<string> => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    socket.on('data', chunk => { text += chunk.toString() })
    socket.write(request)
    await once(socket, 'close')
    return text
  }
  const huge = await raw(`GET /mous?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)
  t.match(huge, /^HTTP\/1\.1 431 Request headers too large\r\n/)
  t.match(huge, /Content-Type: application\/problem\+json/)
  t.match(JSON.parse(huge.split('\r\n\r\n')[1] ?? ''), { status: 431, title: 'Request headers too large' })
  const garbage = await raw('NOT HTTP AT ALL\r\n\r\n')
  t.match(garbage, /^HTTP\/1\.1 400 Invalid request\r\n/)
  t.match(garbage, /application\/problem\+json/)
})
