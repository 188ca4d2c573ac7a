// The baseline every endpoint is compared with: bare Fastify, logger off, one
// route returning a small JSON object. run.ts starts it as its own process.
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' })
