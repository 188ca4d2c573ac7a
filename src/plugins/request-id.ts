// Every response names its request id (the client's X-Request-Id when it is a
// plain token, else a new one), so a client can quote it and logs can be searched.
import fp from 'fastify-plugin'
import { requestIdHeader } from '../logging.js'

export default fp(async app => {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(requestIdHeader, request.id)
    done()
  })
}, { name: 'request-id' })
