// The OpenAPI 3.1 document, generated from the same zod schemas that validate
// requests and serialize responses, at /openapi.json; Swagger UI at /docs.
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod'
import { apiDescription, apiName, apiVersion } from '../http/api-info.js'
import { statuses } from '../http/problems.js'
import { isExportable, isRateLimited, type RouteKind } from '../http/route-kinds.js'
import { describeDates, placeParameterExamples } from './openapi-examples.js'
import { docsContentSecurityPolicy } from './security.js'

const tags = [
  { name: 'index', description: 'Where to start: links to every collection, and what each problem type means.' },
  { name: 'agreements', description: 'MOUs and other agreements, with filters that combine.' },
  { name: 'summits', description: 'Summits, their sessions, leaders and other commitments.' },
  { name: 'parties', description: 'States, government bodies, companies and institutes that sign agreements.' },
  { name: 'taxonomy', description: 'Countries, sectors and minerals.' },
  { name: 'sources', description: 'The documents every fact is cited from.' },
  { name: 'aggregates', description: 'Counts for dashboards: totals, and pairs of parties that signed together. See also `group_by` on agreement lists.' },
  { name: 'health', description: 'Liveness and readiness.' }
]

type Json = Record<string, any>

/** `/mous/:slug` as the OpenAPI document writes it: `/mous/{slug}`. */
const openApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}')

const listHeaders = {
  'X-Total-Count': { description: 'How many records match, over all pages (not sent with `group_by`).', schema: { type: 'integer' } },
  Link: {
    description: 'RFC 8288 links to the first, previous, next and last pages of a JSON list; with `cursor`, to the first page and the next one. ' +
      'With `group_by` and `limit` or `offset`, to the pages of groups.',
    schema: { type: 'string' }
  }
}

// Exports (CSV, NDJSON) are documented by the `format` parameter and this
// header, not as more media types of the 200: with several, a generated client
// types every answer as JSON-or-text, and plain `createClient<paths>()` code
// cannot read a field without a cast.
const exportHeaders = {
  'Content-Disposition': {
    description: 'For CSV and NDJSON (`format`, or `Accept`): `attachment` with a file name. A full export of an agreement list (no `limit`) ' +
      'is streamed, with a weak ETag made from the version of the data and the request.',
    schema: { type: 'string' }
  }
}

/** The kind each operation's route declared, by method and OpenAPI path (`GET /mous/{slug}`). */
type KindOf = (method: string, path: string) => RouteKind | undefined

/** What the generator cannot say by itself: descriptions, problem media types, page and export headers, limits, examples. */
function completeDocument (document: Json, kindOf: KindOf): Json {
  for (const [path, item] of Object.entries(document.paths ?? {}) as Array<[string, Json]>) {
    for (const [method, operation] of Object.entries(item) as Array<[string, Json]>) {
      placeParameterExamples(operation)
      const kind = kindOf(method, path)
      for (const [status, response] of Object.entries(operation.responses ?? {}) as Array<[string, Json]>) {
        response.description = statuses[Number(status)]?.description ?? response.description
        const media = Object.values(response.content ?? {})[0]
        if (Number(status) >= 400 && media !== undefined) response.content = { 'application/problem+json': media }
        if (status === '200' && kind === 'list') response.headers = { ...listHeaders, ...response.headers }
        if (status === '200' && isExportable(kind)) response.headers = { ...response.headers, ...exportHeaders }
        // A 503 on a list is an export refused while too many run (src/http/export-stream.ts).
        if (status === '503' && kind === 'list') response.headers = { ...response.headers, 'Retry-After': { $ref: '#/components/headers/Retry-After' } }
      }
      addLimitResponses(operation, isRateLimited(kind))
    }
  }
  document.components.headers = { ...rateLimitHeaders, 'Retry-After': retryAfterHeader }
  dropUnusedComponents(document)
  describeDates(document)
  return document
}

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests a client may make per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer' } }
}
const retryAfterHeader = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } }

/** The limits every route has (src/plugins/url-length.ts, rate-limit.ts) but no route schema states. */
function addLimitResponses (operation: Json, rateLimited: boolean): void {
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
  const refs = (names: string[]): Json => Object.fromEntries(names.map(name => [name, { $ref: `#/components/headers/${name}` }]))
  operation.responses['414'] = { description: statuses[414]?.description, content: problem }
  if (!rateLimited) return
  operation.responses['429'] = {
    description: statuses[429]?.description,
    headers: refs([...Object.keys(rateLimitHeaders), 'Retry-After']),
    content: problem
  }
  const ok = operation.responses['200']
  if (ok !== undefined) ok.headers = { ...ok.headers, ...refs(Object.keys(rateLimitHeaders)) }
}

/**
 * The generator registers every named schema twice (as read and as written);
 * this API reads no bodies, so drop the components nothing refers to.
 */
function dropUnusedComponents (document: Json): void {
  const schemas: Json = document.components?.schemas ?? {}
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } }) + JSON.stringify(schemas)
    const unused = Object.keys(schemas).filter(name => {
      const ref = `"#/components/schemas/${name}"`
      return !text.includes(ref)
    })
    if (unused.length === 0) return
    for (const name of unused) delete schemas[name]
  }
}

export default fp(async app => {
  // Routes are registered after this plugin; each says what it is in its config.
  const kinds = new Map<string, RouteKind | undefined>()
  app.addHook('onRoute', route => {
    for (const method of [route.method].flat()) kinds.set(`${method.toLowerCase()} ${openApiPath(route.url)}`, route.config?.kind)
  })
  const kindOf: KindOf = (method, path) => kinds.get(`${method} ${path}`)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: apiName,
        version: apiVersion,
        description: apiDescription,
        license: { name: 'MIT', identifier: 'MIT' }
      },
      servers: [{ url: '/', description: 'This server' }],
      tags,
      security: []
    },
    transform: jsonSchemaTransform,
    transformObject: documentObject => completeDocument(jsonSchemaTransformObject(documentObject) as Json, kindOf) as never
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { tryItOutEnabled: true }, staticCSP: docsContentSecurityPolicy })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
