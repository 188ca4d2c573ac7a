// Requests refused before they reach a route still get RFC 9457 answers:
// Fastify's router refusals (a path parameter that is not valid
// percent-encoding, or is too long) and Node's HTTP parser refusals
// (headers over 16 KiB, a request not received in time, not HTTP at all).
import type { FastifyError, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify'
import type { Socket } from 'node:net'
import { requestIdHeader } from '../logging.js'
import { UrlTooLongError } from './errors.js'
import { details, problem, sendProblem, titleOf } from './problems.js'
import { findRouteAsSent, pathOf } from './routing.js'

/** The path parameter whose value is not valid percent-encoding. */
function undecodableParameter (request: FastifyRequest): { name: string, value: string } | undefined {
  const route = findRouteAsSent(request.server, request.method as HTTPMethods, pathOf(request))
  for (const [name, value] of Object.entries(route?.params ?? {})) {
    try {
      decodeURIComponent(value)
    } catch {
      return { name, value }
    }
  }
  return undefined
}

function answerRouterRefusal (error: FastifyError, request: FastifyRequest, reply: FastifyReply, maxUrlLength: number): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(request, reply, 414, new UrlTooLongError(request.url.length, maxUrlLength).message)
    return
  }
  const undecodable = undecodableParameter(request)
  if (undecodable === undefined) {
    sendProblem(request, reply, 404, details.noSuchEndpoint(request.method, pathOf(request)))
    return
  }
  const { name, value } = undecodable
  sendProblem(request, reply, 400, `${name}: ${details.notPercentEncoded}`,
    { errors: [{ in: 'path', name, detail: details.notPercentEncoded, value }] })
}

/** Fastify's `frameworkErrors`: the router refused the path before any route or hook ran. */
export function routerRefusal (maxUrlLength: number) {
  return function (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
    reply.header(requestIdHeader, request.id)
    answerRouterRefusal(error, request, reply, maxUrlLength)
    // Fastify writes no completion line for these: write the one every request gets.
    request.log.info({ method: request.method, route: null, status: reply.statusCode, ip: request.ip }, 'request completed')
  }
}

const parserRefusals: Record<string, { status: number, detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request line and headers exceed 16 KiB.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time.' }
}
const notHttp = { status: 400, detail: 'The request is not valid HTTP/1.1.' }

/** Node answers these on the socket, before Fastify sees a request; answer in the API's format, then close. */
export function parserRefusal (error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const { status, detail } = parserRefusals[error.code ?? ''] ?? notHttp
  // No request was parsed, so there is no instance; nor is a 400 here about parameters.
  const body = JSON.stringify(problem(status, detail, '', { type: 'about:blank' }))
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${titleOf(status)}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy(error)
}
