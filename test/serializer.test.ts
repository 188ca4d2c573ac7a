// Answers are checked against their schema as they are written: unknown keys
// never leave, a wrong answer is a 500 rather than a broken contract, and a
// schema that transforms (a codec) is still encoded. Every route's schemas
// are read forwards, the fast way (src/http/serializer.ts).
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import { z } from 'zod'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { serializerCompiler, transforms } from '../src/http/serializer.js'
import { serverOptions } from '../src/server-options.js'
import { seededDatabase, testConfig } from './helper.js'

t.test('an answer is checked and stripped to its schema; a codec is encoded', async t => {
  const server = Fastify()
  server.setSerializerCompiler(serializerCompiler)
  t.teardown(() => server.close())
  const Item = z.object({ slug: z.string(), count: z.int() })
  const answers: Record<string, unknown> = {
    '/extra': { slug: 'a', count: 1, internalId: 42 },
    '/wrong': { slug: 'a', count: 'one' },
    '/nested': { items: [{ slug: 'a', count: 1, secret: 'x' }] }
  }
  for (const [url, answer] of Object.entries(answers)) {
    server.get(url, { schema: { response: { 200: url === '/nested' ? z.object({ items: z.array(Item) }) : Item } } }, async () => answer)
  }
  const Stamp = z.object({ at: z.codec(z.iso.datetime(), z.date(), { decode: text => new Date(text), encode: date => date.toISOString() }) })
  server.get('/codec', { schema: { response: { 200: Stamp } } }, async () => ({ at: new Date(Date.UTC(2024, 5, 12)) }))

  t.same((await server.inject('/extra')).json(), { slug: 'a', count: 1 })
  t.same((await server.inject('/nested')).json(), { items: [{ slug: 'a', count: 1 }] })
  t.equal((await server.inject('/wrong')).statusCode, 500)
  t.same((await server.inject('/codec')).json(), { at: '2024-06-12T00:00:00.000Z' })
  t.ok(transforms(Stamp), 'a codec is encoded')
  t.notOk(transforms(z.object({ items: z.array(Item).nullable() })), 'checks only: parsed forwards')
})

t.test('every route of the API answers through the forward check', async t => {
  const database = await seededDatabase(t)
  await loadPrismaClient(database.provider)
  const server = Fastify(serverOptions(testConfig(database)))
  t.teardown(() => server.close())
  const encoded: string[] = []
  let schemas = 0
  server.addHook('onRoute', route => {
    for (const [status, schema] of Object.entries(route.schema?.response ?? {})) {
      schemas++
      if (transforms(schema as z.ZodType)) encoded.push(`${route.method as string} ${route.url} ${status}`)
    }
  })
  await server.register(fp(app), { config: testConfig(database) })
  await server.ready()
  t.ok(schemas > 50, `${schemas} response schemas`)
  t.same(encoded, [], 'no response schema transforms')
})
