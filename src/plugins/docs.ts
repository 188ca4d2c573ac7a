// The documentation, loaded when first asked for: the OpenAPI document at
// /openapi.json and Swagger UI at /docs (plugins/swagger.ts makes both).
//
// @fastify/swagger, @fastify/swagger-ui and what they bring (yaml,
// @fastify/static, glob…) took a fifth of the server's start-up CPU and some
// megabytes that a server answering the API never needs. So the app only
// routes /openapi.json and /docs* here; the first such request builds a second
// Fastify instance with those plugins and the API's routes (their schemas
// describe the API; their handlers never run there), and every documentation
// request is answered through it. The app's own hooks (request id, CORS,
// security headers, rate limit, compression) apply as to any other route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import { validatorCompiler } from '@fastify/type-provider-zod'
import { serializerCompiler } from '../http/serializer.js'
import routes, { type RoutesOptions } from '../routes/index.js'

/** The documentation instance's headers that this app sets itself, or that belong to its connection. */
const notForwarded = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

async function documentation (options: RoutesOptions): Promise<FastifyInstance> {
  const { default: swagger } = await import('./swagger.js')
  const docs = Fastify({ logger: false })
  docs.setValidatorCompiler(validatorCompiler)
  docs.setSerializerCompiler(serializerCompiler)
  await docs.register(swagger)
  await docs.register(routes, options)
  await docs.ready()
  return docs
}

export default fp<RoutesOptions>(async (app, options) => {
  let docs: Promise<FastifyInstance> | undefined
  app.addHook('onClose', async () => { if (docs !== undefined) await (await docs).close() })

  async function forward (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    docs ??= documentation(options)
    docs.catch(() => { docs = undefined }) // a failed build is retried by the next request
    const answer = await (await docs).inject({ method: request.method as 'GET' | 'HEAD', url: request.url, headers: request.headers })
    if (answer.statusCode === 404) {
      reply.callNotFound() // the app's own 404: problem details
      return reply
    }
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !notForwarded.has(name)) reply.header(name, value)
    }
    return await reply.code(answer.statusCode).send(answer.rawPayload)
  }
  for (const url of ['/openapi.json', '/docs', '/docs/*']) app.get(url, forward)
}, { name: 'docs' })
