import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'

const routes: FastifyPluginAsyncZod = async app => {
  app.get('/health', {
    schema: {
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'Answers 200 while the process is up.',
      tags: ['health'],
      response: { 200: z.object({ status: z.literal('ok') }).meta({ id: 'Health' }) }
    }
  }, async () => ({ status: 'ok' as const }))
}

export default routes
