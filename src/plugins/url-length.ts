// A cap on the request path and query: longer is a 414 before any parsing or
// database work. (Node refuses a request line plus headers over 16 KiB itself.)
import fp from 'fastify-plugin'
import { UrlTooLongError } from '../http/errors.js'

export default fp<{ maxUrlLength: number }>(async (app, { maxUrlLength }) => {
  app.addHook('onRequest', (request, _reply, done) => {
    const length = request.raw.url?.length ?? 0
    done(length > maxUrlLength ? new UrlTooLongError(length, maxUrlLength) : undefined)
  })
}, { name: 'url-length' })
