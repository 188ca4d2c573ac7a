// A handler slower than HANDLER_TIMEOUT_MS is answered 503 problem details.
//
// Fastify's own `handlerTimeout` does this too, but arms an AbortController,
// a timer and a `close` listener for every request before its first hook: an
// answer from the response cache, which never reaches a handler, paid for
// them (1–2 % of its CPU). Here the timer is armed in preHandler, so only
// requests that run a handler pay.
import fp from 'fastify-plugin'
import { HandlerTimedOutError } from '../http/errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    handlerTimer: NodeJS.Timeout | null
  }
}

export default fp<{ ms: number }>(async (app, { ms }) => {
  app.decorateRequest('handlerTimer', null)
  app.addHook('preHandler', (request, reply, done) => {
    const timer = setTimeout(() => {
      if (reply.sent) return
      const error = new HandlerTimedOutError(ms)
      // A stream that has begun cannot become a 503: end it, as Fastify does.
      if (reply.raw.headersSent) reply.raw.destroy(error)
      else reply.send(error)
    }, ms)
    request.handlerTimer = timer
    request.raw.once('close', () => { clearTimeout(timer) })
    done()
  })
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.handlerTimer !== null) clearTimeout(request.handlerTimer)
    done()
  })
}, { name: 'handler-timeout' })
