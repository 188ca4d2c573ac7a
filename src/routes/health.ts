// Liveness (/health: the process answers) and readiness (/ready: the database
// answers and is fully migrated), for orchestrators and load balancers. Probes
// poll all day: as probes they are never rate limited or cached, and they are
// not logged at info level.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { notReadyReason } from '../db/readiness.js'
import type { Provider } from '../db/target.js'
import { sendProblem } from '../http/problems.js'
import { NoQuery } from '../schemas/parameters.js'
import { errorResponses } from '../schemas/problems.js'

const probe = { logLevel: 'warn', config: { kind: 'probe' } } as const

const routes: FastifyPluginAsyncZod<{ provider: Provider }> = async (app, { provider }) => {
  app.get('/health', {
    ...probe,
    schema: {
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'Answers 200 while the process is up. It checks nothing else: use it to decide whether to restart the process.',
      tags: ['health'],
      querystring: NoQuery,
      response: { 200: z.object({ status: z.literal('ok') }).meta({ id: 'Health' }), ...errorResponses(400) }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/ready', {
    ...probe,
    schema: {
      operationId: 'getReadiness',
      summary: 'Readiness',
      description: 'Answers 200 when the database answers a query and every migration is applied, ' +
        'else 503 with what is wrong: use it to decide whether to send this server traffic.',
      tags: ['health'],
      querystring: NoQuery,
      response: { 200: z.object({ status: z.literal('ready') }).meta({ id: 'Readiness' }), ...errorResponses(400, 503) }
    }
  }, async (request, reply) => {
    const reason = await notReadyReason(app.prisma, provider)
    if (reason !== undefined) {
      // Probes are not logged at info level; a server that is not ready should be noticed.
      request.log.warn({ reason }, 'not ready')
      return sendProblem(request, reply, 503, reason)
    }
    return { status: 'ready' as const }
  })
}

export default routes
