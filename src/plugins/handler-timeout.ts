// A handler slower than HANDLER_TIMEOUT_MS is answered 503 problem details;
// a stream it has begun is ended once it stalls that long.
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
      // A stream that has begun (a full export) cannot become a 503. It goes on
      // while it moves, and is ended once its socket has written nothing for
      // `ms`: so an export of any size can end, and one whose client stopped
      // reading still ends, its export slot freed. (Ended at `ms` from its
      // start, one country's pairs were cut at 50,500 of 54,328.)
      if (reply.raw.headersSent) reply.raw.setTimeout(ms, () => reply.raw.destroy(error))
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
