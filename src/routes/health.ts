import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { NoQuery } from '../schemas/common.js'
import { errorResponses } from '../schemas/responses.js'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/health', {
    // Probes poll all day: their lines would drown the rest.
    logLevel: 'warn',
    schema: {
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'Answers 200 while the process is up.',
      tags: ['health'],
      querystring: NoQuery,
      response: { 200: z.object({ status: z.literal('ok') }).meta({ id: 'Health' }), ...errorResponses(400) }
    }
  }, async () => ({ status: 'ok' as const }))
}

export default routes
