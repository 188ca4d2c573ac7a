// The error and not-found handlers: every error becomes an RFC 9457 problem
// details response (built in src/http/problems.ts). Client errors say what was
// wrong and what would be accepted; server errors are logged in full and
// answered without internals.
import type { FastifyError, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod'
import { namedFilters, unknownValues, type NamedValues } from '../data/lookups.js'
import { HandlerTimedOutError, InvalidParametersError } from '../http/errors.js'
import { details, sendProblem } from '../http/problems.js'
import { findRouteAsSent, pathOf } from '../http/routing.js'
import { parameterProblems, validQueryValues, type ValidationIssue } from '../http/validation.js'
import type { ParameterProblem } from '../schemas/problems.js'

/**
 * Every invalid parameter in one answer: when some fail validation, the slugs
 * and codes the others name are still checked against the data (no database,
 * as in the OpenAPI generator, or a failing one: the validation errors alone).
 */
async function unknownAmongValid (request: FastifyRequest, problems: ParameterProblem[]): Promise<ParameterProblem[]> {
  const values = validQueryValues(request, problems, namedFilters) as NamedValues
  if (Object.keys(values).length === 0 || !request.server.hasDecorator('prisma')) return []
  try {
    return await unknownValues(request.server.prisma, values)
  } catch (err) {
    request.log.warn({ err }, 'could not check the named values of an invalid request')
    return []
  }
}

export default fp(async app => {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = parameterProblems(request, error.validationContext, error.validation as ValidationIssue[])
      errors.push(...await unknownAmongValid(request, errors))
      return sendProblem(request, reply, 400, errors.map(problem => `${problem.name}: ${problem.detail}`).join('; '), { errors })
    }
    if (error instanceof InvalidParametersError) {
      return sendProblem(request, reply, 400, error.message, { errors: error.errors })
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) return sendProblem(request, reply, status, error.message)
    if (error instanceof HandlerTimedOutError) {
      request.log.warn({ err: error }, 'handler timed out')
      return sendProblem(request, reply, 503, details.handlerTimedOut(error.ms))
    }
    request.log.error({ err: error }, 'request failed')
    return sendProblem(request, reply, status >= 500 && status < 600 ? status : 500, details.serverFailed(String(request.id)))
  })

  // Every route is read-only, so another method on a path that GET reaches is a 405, not a 404.
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request)
    if (request.method !== 'GET' && request.method !== 'HEAD' && findRouteAsSent(request.server, 'GET', path) !== null) {
      reply.header('Allow', 'GET, HEAD')
      return sendProblem(request, reply, 405, details.readOnly(path))
    }
    return sendProblem(request, reply, 404, details.noSuchEndpoint(request.method, path))
  })
}, { name: 'problems' })
