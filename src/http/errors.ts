// Named errors the routes, data access and plugins raise. The problems
// plugin answers each as RFC 9457 problem details (see problems.ts).
import createError from '@fastify/error'
import type { ParameterProblem } from '../schemas/problems.js'

/** A resource named in the path does not exist. */
export const NotFoundError = createError<[string, string]>('ACCORDS_NOT_FOUND', 'There is no %s "%s".', 404)

/** A source cited by reference has no text in the project: slug, where to read it. */
export const NoSourceTextError = createError<[string, string]>('ACCORDS_NO_SOURCE_TEXT',
  'Source "%s" is cited by reference: the project does not ship its text. Read it at %s.', 404)

/** One or more request parameters are wrong; each entry names one and says what would be accepted. */
export class InvalidParametersError extends Error {
  readonly statusCode = 400
  constructor (readonly errors: ParameterProblem[]) {
    super(errors.map(problem => `${problem.name}: ${problem.detail}`).join('; '))
    this.name = 'InvalidParametersError'
  }
}

/** A client sent more requests than the rate limit allows: limit, window, seconds to wait. */
export const RateLimitedError = createError<[number, string, number]>('ACCORDS_RATE_LIMITED',
  'This client has made more than %d requests in %s. Retry in %d s (see Retry-After).', 429)

/** The request path and query are longer than MAX_URL_LENGTH: length, limit. */
export const UrlTooLongError = createError<[number, number]>('ACCORDS_URL_TOO_LONG',
  'The request path and query are %d characters long; at most %d are accepted.', 414)

/** A handler took longer than HANDLER_TIMEOUT_MS (plugins/handler-timeout.ts). */
export class HandlerTimedOutError extends Error {
  readonly statusCode = 503
  readonly code = 'ACCORDS_HANDLER_TIMED_OUT'
  constructor (readonly ms: number) {
    super(`The handler took longer than ${ms} ms.`)
    this.name = 'HandlerTimedOutError'
  }
}
