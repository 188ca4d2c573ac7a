// Absolute URLs, as clients reach this server: the request's scheme and Host,
// or behind a proxy that TRUST_PROXY believes, X-Forwarded-Proto and
// X-Forwarded-Host (Fastify's request.protocol and request.host). Links built
// from them depend on the request, so the response cache keys on the origin too.
import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'
import type { FastifyRequest } from 'fastify'

/** The scheme and host the request was sent to, as sent: cheap, for cache keys. */
export function requestOrigin (request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`
}

/** requestOrigin of a request Fastify has not seen, when no proxy is believed: the connection's scheme and the Host header. */
export function connectionOrigin (raw: IncomingMessage): string {
  return `${(raw.socket as TLSSocket).encrypted === true ? 'https' : 'http'}://${raw.headers.host ?? ''}`
}

/** `path` (with its query; it starts with /) as an absolute URL at the origin the client used. */
export function absoluteUrl (request: FastifyRequest, path: string): string {
  try {
    // Appended, not resolved: a path such as //elsewhere.example/ stays on this host.
    return new URL(requestOrigin(request) + path).href
  } catch {
    // No usable Host (an HTTP/1.0 request, a malformed header): a relative link still works.
    return path
  }
}
