// The OpenAPI 3.1 document, generated from the same zod schemas that validate
// requests and serialize responses, at /openapi.json; Swagger UI at /docs.
import { readFileSync } from 'node:fs'
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod'
import { packageJsonPath } from '../paths.js'
import { statuses } from '../http/problems.js'
import { docsContentSecurityPolicy } from './security.js'

const { version } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string }

const tags = [
  { name: 'agreements', description: 'MOUs and other agreements, with filters that combine.' },
  { name: 'summits', description: 'Summits, their sessions, leaders and other commitments.' },
  { name: 'parties', description: 'States, government bodies, companies and institutes that sign agreements.' },
  { name: 'taxonomy', description: 'Countries, sectors and minerals.' },
  { name: 'sources', description: 'The documents every fact is cited from.' },
  { name: 'aggregates', description: 'Counts for dashboards: totals, and pairs of parties that signed together. See also `group_by` on agreement lists.' },
  { name: 'health', description: 'Liveness and readiness.' }
]

type Json = Record<string, any>

const listHeaders = {
  'X-Total-Count': { description: 'How many records match, over all pages (not sent with `group_by`).', schema: { type: 'integer' } },
  Link: { description: 'RFC 8288 links to the first, previous, next and last pages of a JSON list.', schema: { type: 'string' } }
}

const exportMedia = {
  'text/csv': { schema: { type: 'string', description: 'RFC 4180 CSV, UTF-8, with a header row; related records flattened into columns.' } },
  'application/x-ndjson': { schema: { type: 'string', description: 'One JSON object per line: the items of `data`.' } }
}
const exportHeaders = {
  'Content-Disposition': { description: 'For CSV and NDJSON: `attachment` with a file name.', schema: { type: 'string' } }
}

/** What the generator cannot say by itself: descriptions, problem media types, page headers. */
function finish (document: Json): Json {
  for (const item of Object.values(document.paths ?? {}) as Json[]) {
    for (const operation of Object.values(item) as Json[]) {
      for (const parameter of operation.parameters ?? []) {
        // An example belongs to the parameter (where Swagger UI shows it), not inside its schema.
        if (parameter.schema?.example !== undefined) {
          parameter.example ??= parameter.schema.example
          delete parameter.schema.example
        }
      }
      for (const [status, response] of Object.entries(operation.responses ?? {}) as Array<[string, Json]>) {
        response.description = statuses[Number(status)]?.description ?? response.description
        const json = response.content?.['application/json']
        const media = Object.values(response.content ?? {})[0]
        if (Number(status) >= 400 && media !== undefined) response.content = { 'application/problem+json': media }
        if (status === '200' && /List"/.test(JSON.stringify(json?.schema ?? {}))) response.headers = { ...listHeaders, ...response.headers }
        if (status === '200' && (operation.parameters ?? []).some((p: Json) => p.in === 'query' && p.name === 'format')) {
          response.content = { ...response.content, ...exportMedia }
          response.headers = { ...response.headers, ...exportHeaders }
        }
      }
    }
  }
  addLimitResponses(document)
  dropUnusedComponents(document)
  return document
}

/** Probes are never rate limited (see routes/health.ts). */
const unlimited = new Set(['/health', '/ready'])

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests a client may make per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer' } }
}

/** The limits every route has (src/plugins/url-length.ts, rate-limit.ts) but no route schema states. */
function addLimitResponses (document: Json): void {
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
  const ref = (name: string): Json => ({ $ref: `#/components/headers/${name}` })
  document.components.headers = {
    ...rateLimitHeaders,
    'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } }
  }
  for (const [path, item] of Object.entries(document.paths ?? {}) as Array<[string, Json]>) {
    for (const operation of Object.values(item) as Json[]) {
      operation.responses['414'] = { description: statuses[414]?.description, content: problem }
      if (unlimited.has(path)) continue
      operation.responses['429'] = {
        description: statuses[429]?.description,
        headers: { ...Object.fromEntries(Object.keys(rateLimitHeaders).map(h => [h, ref(h)])), 'Retry-After': ref('Retry-After') },
        content: problem
      }
      const ok = operation.responses['200']
      if (ok !== undefined) ok.headers = { ...ok.headers, ...Object.fromEntries(Object.keys(rateLimitHeaders).map(h => [h, ref(h)])) }
    }
  }
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
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Accords',
        version,
        description: 'Bilateral agreements between states and the companies and institutions they sign for: ' +
          'who signed what, where, in which sector and about which minerals, and how we know it. ' +
          'Every fact cites a verbatim quote of its source. Errors are RFC 9457 problem details.',
        license: { name: 'MIT', identifier: 'MIT' }
      },
      servers: [{ url: '/', description: 'This server' }],
      tags,
      security: []
    },
    transform: jsonSchemaTransform,
    transformObject: documentObject => finish(jsonSchemaTransformObject(documentObject) as Json) as never
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { tryItOutEnabled: true }, staticCSP: docsContentSecurityPolicy })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'swagger' })
