// Requests refused before they reach a route still get RFC 9457 answers:
// Fastify's router refusals (a path parameter that is not valid
// percent-encoding, or is too long) and Node's HTTP parser refusals
// (headers over 16 KiB, a request not received in time, not HTTP at all).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { Socket } from 'node:net'
import { requestIdHeader } from '../logging.js'
import { sendProblem } from '../plugins/problems.js'

/** The path parameter whose value is not valid percent-encoding, found by routing the path with every `%` escaped. */
function undecodableParameter (request: FastifyRequest): { name: string, value: string } | undefined {
  const path = request.url.split('?')[0] ?? ''
  const route = request.server.findRoute({ method: request.method as 'GET', url: path.replaceAll('%', '%25') })
  for (const [name, value] of Object.entries((route?.params ?? {}) as Record<string, string>)) {
    try {
      decodeURIComponent(value)
    } catch {
      return { name, value }
    }
  }
  return undefined
}

export function routerRefusal (maxUrlLength: number) {
  return function (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
    reply.header(requestIdHeader, request.id)
    const path = request.url.split('?')[0] ?? ''
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
      sendProblem(request, reply, 414, `The request path and query are ${request.url.length} characters long; at most ${maxUrlLength} are accepted.`)
    } else {
      const bad = undecodableParameter(request)
      if (bad === undefined) {
        sendProblem(request, reply, 404, `There is no ${request.method} ${path}. The endpoints are listed at /docs and /openapi.json.`)
      } else {
        const detail = 'is not valid percent-encoded UTF-8'
        sendProblem(request, reply, 400, `${bad.name}: ${detail}`, { errors: [{ in: 'path', name: bad.name, detail, value: bad.value }] })
      }
    }
    // Fastify writes no completion line for these: write the one every request gets.
    request.log.info({ method: request.method, route: null, status: reply.statusCode, ip: request.ip }, 'request completed')
  }
}

const parserRefusals: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request headers too large', 'The request line and headers exceed 16 KiB.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request timeout', 'The request was not received in time.']
}

/** Node answers these on the socket, before Fastify sees a request; answer in the API's format, then close. */
export function parserRefusal (error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, title, detail] = parserRefusals[error.code ?? ''] ?? [400, 'Invalid request', 'The request is not valid HTTP/1.1.']
  const body = JSON.stringify({ type: 'about:blank', title, status, detail, instance: '' })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy(error)
}
