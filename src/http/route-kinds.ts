// What each route is, declared in its config (`config: { kind: 'list' }`).
// The plugins that treat routes differently (response cache, rate limit,
// content negotiation, OpenAPI document) read this declaration, never an
// operationId, a query parameter or a schema's name.

/**
 * - `list`: a page of records with X-Total-Count and Link, or every match as CSV or NDJSON;
 * - `aggregate`: counts over the data, as JSON, CSV or NDJSON;
 * - `resource`: one record, as JSON;
 * - `text`: one record that is not JSON (the schema's `produces` says what it is);
 * - `probe`: liveness and readiness, polled all day: never cached, never rate limited.
 *
 * A route without a kind (the documentation, a test's own route) is none of
 * the API's: not cached, not negotiated, but rate limited like any request.
 */
export type RouteKind = 'list' | 'aggregate' | 'resource' | 'text' | 'probe'

declare module 'fastify' {
  interface FastifyContextConfig {
    kind?: RouteKind
  }
}

/** The API's answers, which depend only on the URL, `Accept` and the data: the response cache keeps them. */
export function isCached (kind: RouteKind | undefined): boolean {
  return kind !== undefined && kind !== 'probe'
}

/** Answers that come as CSV or NDJSON too, by `format` or `Accept`. */
export function isExportable (kind: RouteKind | undefined): boolean {
  return kind === 'list' || kind === 'aggregate'
}

export function isRateLimited (kind: RouteKind | undefined): boolean {
  return kind !== 'probe'
}
