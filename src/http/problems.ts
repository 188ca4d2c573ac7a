// Problem details (RFC 9457), the body of every error answer: the one table
// of statuses, the one way to build and send a problem, and the texts that
// say what went wrong. The problems plugin and the refusals answer with these.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Problem } from '../schemas/problems.js'

interface Status {
  /** The problem's `title`. */
  title: string
  /** How the OpenAPI document describes a response with this status; absent: the generator's own. */
  description?: string
}

export const statuses: Record<number, Status> = {
  200: { title: 'OK', description: 'OK' },
  304: { title: 'Not modified', description: 'Not modified: the representation matching `If-None-Match` is still current.' },
  400: { title: 'Invalid request', description: 'A parameter is invalid; `errors` names each one and what would be accepted.' },
  404: { title: 'Not found', description: 'No such resource.' },
  405: { title: 'Method not allowed' },
  406: { title: 'Not acceptable', description: 'None of the media types in `Accept` can be produced.' },
  408: { title: 'Request timeout' },
  413: { title: 'Request too large' },
  414: { title: 'URI too long', description: 'The path and query are longer than the server accepts.' },
  415: { title: 'Unsupported media type' },
  429: { title: 'Too many requests', description: 'Too many requests; retry after the time in `Retry-After`.' },
  431: { title: 'Request headers too large' },
  500: { title: 'Internal server error' },
  503: { title: 'Service unavailable', description: 'Not ready; or, for an export, too many running: retry after the time in `Retry-After`.' }
}

/**
 * The problem types the API defines beyond a status's own meaning (those are
 * `about:blank`, RFC 9457 §4.2.1). Each `type` is a path on this server that
 * answers its description (src/routes/root.ts).
 */
export const problemTypes: Record<string, { status: number, title: string, description: string }> = {
  'invalid-parameters': {
    status: 400,
    title: 'Invalid request',
    description: 'Some of the request\'s parameters are not valid, and `errors` lists every one at fault, in one answer. ' +
      'Each entry names the parameter (`in`: query or path; `name`), the `value` sent, and in `detail` what is wrong and what ' +
      'would be accepted; `accepted` lists the values or parameter names accepted when they are few, and `suggestions` the ' +
      'closest existing slugs or codes for one that does not exist. Correct each entry and send the request again. ' +
      'Every parameter is documented at /docs and /openapi.json.'
  }
}
export const problemTypeUri = (name: keyof typeof problemTypes): string => `/problems/${name}`

export function titleOf (status: number): string {
  return statuses[status]?.title ?? 'Error'
}

/** A problem for `instance` (the request's path and query); a 400 is about invalid parameters. */
export function problem (status: number, detail: string, instance: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: status === 400 ? problemTypeUri('invalid-parameters') : 'about:blank',
    title: titleOf(status),
    status,
    detail,
    instance,
    ...extra
  }
}

export function sendProblem (request: FastifyRequest, reply: FastifyReply, status: number, detail: string, extra: Partial<Problem> = {}): FastifyReply {
  return reply.code(status).type('application/problem+json').serializer(JSON.stringify)
    .send(problem(status, detail, request.url, extra))
}

/** The `detail` texts, where a problem is answered from more than one place or built from parts. */
export const details = {
  noSuchEndpoint: (method: string, path: string) =>
    `There is no ${method} ${path}. The endpoints are listed at /docs and /openapi.json.`,
  readOnly: (path: string) => `${path} is read-only: use GET or HEAD.`,
  notAcceptable: (accept: string, offered: string[]) => `Accept: ${accept} allows none of ${offered.join(', ')}` +
    (offered.length > 1 ? '; or ask with ?format=json, csv or ndjson.' : '.'),
  handlerTimedOut: (ms: number) =>
    `The server took longer than ${ms} ms to answer. Retry later, or narrow the request.`,
  serverFailed: (requestId: string) =>
    `The server failed to answer this request. Quote request id ${requestId} when reporting it.`,
  notPercentEncoded: 'is not valid percent-encoded UTF-8',
  unknownParameter: (accepted: string[]) => accepted.length === 0
    ? 'unknown parameter; this operation takes no query parameters'
    : `unknown parameter; accepted: ${accepted.join(', ')}`,
  /** An unknown slug or code in a filter: the closest that exist, and where to list them all. */
  unknownValue: (what: string, value: string, suggestions: string[], listedAt: string) =>
    `there is no ${what} "${value}"; did you mean ${suggestions.map(suggestion => `"${suggestion}"`).join(' or ')}? ` +
    `Repeat the parameter or use a comma for several (OR); list them at ${listedAt}.`,
  unknownValueListed: (what: string, value: string, listedAt: string) =>
    `there is no ${what} "${value}"; list them at ${listedAt}.`
}
