// Asking Fastify's router about a path, for answers given outside a route:
// the 405 for another method on a read-only path, and the 400 for a path
// parameter that is not valid percent-encoding.
import type { FastifyInstance, FastifyRequest, HTTPMethods } from 'fastify'

/** The request's path, without its query. */
export function pathOf (request: FastifyRequest): string {
  return request.url.split('?')[0] ?? ''
}

/**
 * The route `path` reaches by `method`, and its parameters as sent: every `%`
 * is escaped first, so the router decodes nothing and cannot refuse the path
 * for its encoding; a path that reaches a route only once decoded does not count.
 */
export function findRouteAsSent (server: FastifyInstance, method: HTTPMethods, path: string): { params: Record<string, string> } | null {
  const route = server.findRoute({ method, url: path.replaceAll('%', '%25') })
  return route === null ? null : { params: (route.params ?? {}) as Record<string, string> }
}
