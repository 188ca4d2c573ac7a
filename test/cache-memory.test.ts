// The response cache's budget counts everything an entry holds: the body, and
// the compressed copies it makes when a client asks for brotli or gzip.
import { randomBytes } from 'node:crypto'
import Fastify from 'fastify'
import t from 'tap'
import httpCache from '../src/plugins/http-cache.js'
import { copyOfSeededDatabase } from './helper.js'

t.test('compressed copies count: keeping them evicts older answers once the budget is spent', async t => {
  const app = Fastify()
  t.teardown(() => app.close())
  const body = JSON.stringify({ noise: randomBytes(30_000).toString('base64') }) // about 40 kB that compress poorly
  let computed = 0
  await app.register(httpCache, { database: { provider: 'sqlite', path: copyOfSeededDatabase(t) }, maxAge: 60, freshnessMs: 0, maxBytes: 3 * (body.length + 1024) })
  app.get('/big/:n', { config: { kind: 'resource' } }, async (_request, reply) => {
    computed++
    return reply.type('application/json').send(body)
  })
  await app.ready()
  const get = async (url: string, encoding?: string): Promise<void> => {
    const res = await app.inject({ url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } })
    t.equal(res.statusCode, 200)
  }
  await get('/big/1')
  await get('/big/2')
  t.equal(computed, 2)
  await get('/big/1')
  await get('/big/2')
  t.equal(computed, 2, 'both kept: two bodies fit the budget')
  await get('/big/1', 'br')
  await get('/big/2', 'br')
  t.equal(computed, 2, 'compressed from what was kept')
  await get('/big/2')
  await get('/big/1')
  t.equal(computed, 3, 'two bodies and their brotli copies exceed the budget: the older answer was dropped')
})
