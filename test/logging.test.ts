// Logs and request ids: one structured line per request with its id, ids a
// client can send and quote, secrets redacted, pretty output only on request.
import Fastify, { type FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import app from '../src/app.js'
import { loggerOptions } from '../src/logging.js'
import { serverOptions } from '../src/server-options.js'
import { copyOfSeededDatabase, testConfig } from './helper.js'

type Line = Record<string, unknown>

async function appWithLog (t: Test): Promise<{ server: FastifyInstance, lines: Line[] }> {
  const lines: Line[] = []
  const config = testConfig(copyOfSeededDatabase(t), { logLevel: 'info' })
  const server = Fastify(serverOptions(config, { stream: { write: line => { lines.push(JSON.parse(line) as Line) } } }))
  await server.register(app, { config })
  await server.ready()
  t.teardown(() => server.close())
  return { server, lines }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

t.test('a plain X-Request-Id is echoed and logged; anything else is replaced by a new UUID', async t => {
  const { server, lines } = await appWithLog(t)
  const accepted = ['abc-123', 'trace:4bf92f3577b34da6.a3ce929d0e0e4736', 'x'.repeat(128)]
  for (const id of accepted) {
    const res = await server.inject({ url: '/sectors', headers: { 'x-request-id': id } })
    t.equal(res.headers['x-request-id'], id, `${id.slice(0, 40)} is kept`)
    t.equal(lines.at(-1)?.reqId, id, 'and logged')
  }
  const refused = ['', 'x'.repeat(129), 'has space', 'new\nline', 'semi;colon', 'ünïcode', '<script>']
  for (const id of refused) {
    const res = await server.inject({ url: '/sectors', headers: { 'x-request-id': id } })
    t.match(res.headers['x-request-id'], uuid, `${JSON.stringify(id.slice(0, 20))} is replaced`)
  }
  const twice = await server.inject({ url: '/sectors', headers: { 'x-request-id': ['a', 'b'] } })
  t.match(twice.headers['x-request-id'], uuid, 'a repeated header is replaced')
  const ids = new Set(await Promise.all([1, 2, 3].map(async () => (await server.inject('/sectors')).headers['x-request-id'])))
  t.equal(ids.size, 3, 'generated ids differ')
})

t.test('every response carries its request id, errors and refusals included', async t => {
  const { server } = await appWithLog(t)
  const urls = ['/mous', '/mous?colour=red', '/no-such-path', '/mous/%E0%A4%A', `/mous?q=${'a'.repeat(3000)}`, '/health', '/ready', '/docs/', '/openapi.json']
  for (const url of urls) {
    const res = await server.inject({ url, headers: { 'x-request-id': 'req-42' } })
    t.equal(res.headers['x-request-id'], 'req-42', `${url.slice(0, 30)} (${res.statusCode})`)
  }
  const post = await server.inject({ method: 'POST', url: '/mous', headers: { 'x-request-id': 'req-43' } })
  t.equal(post.statusCode, 405)
  t.equal(post.headers['x-request-id'], 'req-43', 'a 405 too')
})

t.test('one completion line per request: method, route pattern, status, duration, client, request id', async t => {
  const { server, lines } = await appWithLog(t)
  lines.length = 0
  await server.inject({ url: '/mous/lithium-exploration-mou', headers: { 'x-request-id': 'one' } })
  t.equal(lines.length, 1, 'one line, not two')
  t.match(lines[0], { level: 30, msg: 'request completed', reqId: 'one', method: 'GET', route: '/mous/:slug', status: 200, ms: Number, ip: '127.0.0.1' })
  lines.length = 0
  await server.inject({ url: '/nowhere', headers: { 'x-request-id': 'two' } })
  t.equal(lines.length, 1, 'a 404 is one line too')
  t.match(lines[0], { reqId: 'two', route: null, status: 404 })
  lines.length = 0
  await server.inject({ url: '/mous/%E0', headers: { 'x-request-id': 'three' } })
  t.match(lines, [{ reqId: 'three', route: null, status: 400 }], 'a path the router refuses is one line')
})

t.test('health probes are not logged at info level', async t => {
  const { server, lines } = await appWithLog(t)
  lines.length = 0
  for (const url of ['/health', '/ready']) t.equal((await server.inject(url)).statusCode, 200)
  t.same(lines, [])
})

t.test('authorization, cookie and set-cookie values are redacted', async t => {
  const { server, lines } = await appWithLog(t)
  const headers = { authorization: 'Bearer secret', cookie: 'session=secret', 'proxy-authorization': 'Basic secret', accept: '*/*' }
  server.log.info({ headers, req: { headers }, res: { headers: { 'set-cookie': 'session=secret' } } }, 'headers')
  t.notMatch(JSON.stringify(lines.at(-1)), 'secret')
  t.match(lines.at(-1), { headers: { authorization: '[redacted]', cookie: '[redacted]', 'proxy-authorization': '[redacted]', accept: '*/*' } })
})

t.test('human-readable output only when asked or on a terminal; JSON otherwise', async t => {
  const config = testConfig('/unused.db', { logLevel: 'debug' })
  t.match(loggerOptions(config, { pretty: true }), { level: 'debug', transport: { target: 'pino-pretty' } })
  t.notOk((loggerOptions(config, { pretty: false }) as Record<string, unknown>).transport)
  if (process.stdout.isTTY !== true) t.notOk((loggerOptions(config) as Record<string, unknown>).transport, 'stdout here is not a terminal')
})

t.test('a handler logging through request.log gets the request id and its route\'s level', async t => {
  const lines: Line[] = []
  const config = testConfig(copyOfSeededDatabase(t), { logLevel: 'info' })
  const server = Fastify(serverOptions(config, { stream: { write: line => { lines.push(JSON.parse(line) as Line) } } }))
  server.get('/chatty', async request => {
    request.log.info({ step: 1 }, 'working')
    request.log.child({ part: 'inner' }).info('deeper')
    return { ok: true }
  })
  server.get('/quiet', { logLevel: 'warn' }, async request => {
    t.equal(request.log.level, 'warn')
    request.log.info('not written')
    request.log.warn('written')
    return { ok: true }
  })
  await server.ready()
  t.teardown(() => server.close())
  await server.inject({ url: '/chatty', headers: { 'x-request-id': 'c-1' } })
  t.match(lines, [
    { reqId: 'c-1', step: 1, msg: 'working' },
    { reqId: 'c-1', part: 'inner', msg: 'deeper' },
    { reqId: 'c-1', msg: 'request completed', route: '/chatty', status: 200 }
  ])
  lines.length = 0
  await server.inject({ url: '/quiet', headers: { 'x-request-id': 'q-1' } })
  t.match(lines, [{ reqId: 'q-1', level: 40, msg: 'written' }], 'info is below the route\'s level: neither the info line nor the access line')
  t.equal(lines.length, 1)
})

t.test('the access line is the JSON pino would write', async t => {
  const { server, lines } = await appWithLog(t)
  const raw: string[] = []
  const config = testConfig(copyOfSeededDatabase(t), { logLevel: 'info' })
  const reference = Fastify({ ...serverOptions(config, { stream: { write: line => { raw.push(line) } } }) })
  await reference.ready()
  t.teardown(() => reference.close())
  reference.log.child({ reqId: 'r-1' }).info({ method: 'GET', route: '/sectors', status: 200, ms: 1.5, ip: '127.0.0.1' }, 'request completed')
  lines.length = 0
  await server.inject({ url: '/sectors', headers: { 'x-request-id': 'r-1' } })
  const ours = lines[0] as Line
  const theirs = JSON.parse(raw[0] ?? '{}') as Line
  t.same(Object.keys(ours), Object.keys(theirs), 'the same keys in the same order')
  t.same({ ...ours, time: 0, ms: 0 }, { ...theirs, time: 0, ms: 0 })
})
