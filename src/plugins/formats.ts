// Content negotiation for the API's routes (those with a kind). Lists and
// aggregates can answer JSON, CSV or NDJSON; the others answer what their
// schema produces. `format` wins over `Accept`; an Accept header that allows
// none of the offered types is a 406 that lists them.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import accepts from '@fastify/accepts'
import { mediaTypes } from '../http/exports.js'
import { details, sendProblem } from '../http/problems.js'
import { isExportable } from '../http/route-kinds.js'
import type { Format } from '../schemas/pages.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The representation negotiated for this request. */
    format: Format
  }
}

const byMediaType = new Map<string, Format>(Object.entries(mediaTypes).map(([format, type]) => [type, format as Format]))

function offered (request: FastifyRequest): string[] {
  if (isExportable(request.routeOptions.config.kind)) return Object.values(mediaTypes)
  const produces = (request.routeOptions.schema as { produces?: string[] } | undefined)?.produces
  return produces ?? [mediaTypes.json]
}

export default fp(async app => {
  await app.register(accepts)
  app.decorateRequest('format', 'json')
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.config.kind === undefined) return
    const explicit = (request.query as { format?: Format } | undefined)?.format
    if (explicit !== undefined) {
      request.format = explicit
      return
    }
    const types = offered(request)
    const chosen = request.headers.accept === undefined ? types[0] : request.accepts().type(types)
    if (typeof chosen !== 'string') {
      return sendProblem(request, reply, 406, details.notAcceptable(request.headers.accept ?? '', types))
    }
    request.format = byMediaType.get(chosen) ?? 'json'
  })
}, { name: 'formats', dependencies: ['problems'] })
