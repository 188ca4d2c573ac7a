// One error handler: every error becomes an RFC 9457 problem details response.
// Client errors say what was wrong and what would be accepted; server errors
// are logged in full and answered without internals.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { InvalidParametersError } from '../errors.js'
import type { ParameterProblem, Problem } from '../schemas/common.js'

type ParameterProblemT = z.infer<typeof ParameterProblem>

const titles: Record<number, string> = {
  400: 'Invalid request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Request too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Internal server error',
  503: 'Service unavailable'
}

export function sendProblem (request: FastifyRequest, reply: FastifyReply, status: number, detail: string, extra: Partial<Problem> = {}): FastifyReply {
  const title = titles[status] ?? 'Error'
  const body: Problem = {
    type: status === 400 ? '/problems/invalid-parameters' : 'about:blank',
    title,
    status,
    detail,
    instance: request.url,
    ...extra
  }
  return reply.code(status).type('application/problem+json').serializer(JSON.stringify).send(body)
}

const locations: Record<string, ParameterProblemT['in']> = { querystring: 'query', params: 'path', headers: 'header' }

/** The accepted parameter names of the route's querystring schema, for "unknown parameter" errors. */
function acceptedParameters (request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema?.querystring
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
}

interface Issue { keyword: string, instancePath: string, message?: string, params: Record<string, unknown> }

function parameterProblems (request: FastifyRequest, context: string | undefined, issues: Issue[]): ParameterProblemT[] {
  const where = locations[context ?? 'querystring'] ?? 'query'
  const source = (where === 'path' ? request.params : request.query) as Record<string, unknown>
  return issues.flatMap((issue): ParameterProblemT[] => {
    if (issue.keyword === 'unrecognized_keys') {
      const accepted = acceptedParameters(request)
      return (issue.params.keys as string[]).map(name => ({
        in: where,
        name,
        detail: `unknown parameter; accepted: ${accepted.join(', ')}`,
        accepted
      }))
    }
    const name = issue.instancePath.split('/')[1] ?? ''
    const raw = source[name]
    const accepted = Array.isArray(issue.params.values)
      ? issue.params.values.map(String)
      : Array.isArray(issue.params.accepted) ? (issue.params.accepted as string[]) : undefined
    return [{
      in: where,
      name,
      detail: issue.message ?? 'invalid',
      ...(raw === undefined ? {} : { value: Array.isArray(raw) ? raw.join(',') : String(raw) }),
      ...(accepted === undefined ? {} : { accepted })
    }]
  })
}

export default fp(async app => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = parameterProblems(request, error.validationContext, error.validation as Issue[])
      return sendProblem(request, reply, 400, errors.map(e => `${e.name}: ${e.detail}`).join('; '), { errors })
    }
    if (error instanceof InvalidParametersError) {
      return sendProblem(request, reply, 400, error.message, { errors: error.errors })
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) return sendProblem(request, reply, status, error.message)
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
      request.log.warn({ err: error }, 'handler timed out')
      return sendProblem(request, reply, 503, `The server took longer than ${request.routeOptions.handlerTimeout} ms to answer. Retry later, or narrow the request.`)
    }
    request.log.error({ err: error }, 'request failed')
    return sendProblem(request, reply, status >= 500 && status < 600 ? status : 500,
      `The server failed to answer this request. Quote request id ${String(request.id)} when reporting it.`)
  })

  // Every route is read-only, so another method on a known path is a 405, not a 404.
  const readable: RegExp[] = []
  app.addHook('onRoute', route => {
    const methods = [route.method].flat()
    if (methods.includes('GET')) readable.push(new RegExp(`^${route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`))
  })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (request.method !== 'GET' && request.method !== 'HEAD' && readable.some(r => r.test(path))) {
      reply.header('Allow', 'GET, HEAD')
      return sendProblem(request, reply, 405, `${path} is read-only: use GET or HEAD.`)
    }
    return sendProblem(request, reply, 404, `There is no ${request.method} ${path}. The endpoints are listed at /docs and /openapi.json.`)
  })
}, { name: 'problems' })
