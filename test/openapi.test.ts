// The OpenAPI document is exactly right: every operation is fully described,
// its documented examples work, and real responses validate against the
// documented schema for their status and media type.
import t from 'tap'
import { exampleOf, operationsOf, schemaValidator, type Json } from './fixtures/openapi.js'
import { buildApp } from './helper.js'

const app = await buildApp(t)
const document = (await app.inject('/openapi.json')).json() as Json
const operations = operationsOf(document)
const validate = schemaValidator(document)

/** A request URL built only from what the document says: path examples, and no query. */
function exampleUrl (path: string, operation: Json): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = (operation.parameters as Json[]).find(p => p.in === 'path' && p.name === name)
    return encodeURIComponent(String(parameter === undefined ? undefined : exampleOf(parameter)))
  })
}

t.test('the document is OpenAPI 3.1 with the API\'s operations and no leftovers', async t => {
  t.equal(document.openapi, '3.1.0')
  t.ok(operations.length >= 20, `${operations.length} operations`)
  t.notOk(operations.some(o => o.path.startsWith('/docs') || o.path === '/openapi.json'), 'documentation routes are not operations')
  const ids = operations.map(o => o.operation.operationId)
  t.same(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'operationIds are unique')
})

t.test('every operation is fully described', async t => {
  for (const { path, method, operation } of operations) {
    const name = `${method.toUpperCase()} ${path}`
    t.match(operation, { operationId: String, summary: String, description: String, tags: Array }, name)
    for (const parameter of operation.parameters ?? []) {
      t.ok(parameter.description, `${name} ${parameter.name} has a description`)
      t.not(exampleOf(parameter), undefined, `${name} ${parameter.name} has an example`)
    }
    t.ok(operation.responses['200'], `${name} documents 200`)
    t.ok(operation.responses['400'], `${name} documents 400`)
    for (const [status, response] of Object.entries(operation.responses as Json)) {
      if (Number(status) >= 400) t.ok(response.content?.['application/problem+json'], `${name} ${status} is problem+json`)
    }
  }
})

t.test('every operation answers its documented example with a body that matches the documented schema', async t => {
  for (const { path, method, operation } of operations) {
    const url = exampleUrl(path, operation)
    const res = await app.inject({ method: method.toUpperCase() as 'GET', url })
    t.equal(res.statusCode, 200, `${url}`)
    const [mediaType, media] = Object.entries(operation.responses['200'].content as Json)[0] as [string, Json]
    t.match(res.headers['content-type'], mediaType, `${url} content type`)
    const body = mediaType === 'application/json' ? res.json() : res.body
    t.same(validate(media.schema, body), [], `${url} matches ${JSON.stringify(media.schema).slice(0, 60)}`)
    for (const header of Object.keys(operation.responses['200'].headers ?? {}).filter(h => h !== 'Content-Disposition')) {
      t.ok(res.headers[header.toLowerCase()], `${url} sends ${header}`)
    }
  }
})

t.test('error responses match the documented problem schema', async t => {
  for (const { path, method, operation } of operations) {
    const url = exampleUrl(path, operation)
    const cases: Array<[string, string]> = [['400', `${url}?unknown_parameter=1`]]
    if (operation.responses['404']) cases.push(['404', url.replace(/\/[^/]+(\/mous|\/text)?$/, '/no-such-slug$1')])
    for (const [status, bad] of cases) {
      const res = await app.inject({ method: method.toUpperCase() as 'GET', url: bad })
      t.equal(String(res.statusCode), status, bad)
      t.match(res.headers['content-type'], 'application/problem+json', `${bad} content type`)
      const schema = operation.responses[status].content['application/problem+json'].schema
      t.same(validate(schema, res.json()), [], `${bad} matches the problem schema`)
    }
  }
})

t.test('operations that export say so on `format`, and answer CSV and NDJSON as downloads', async t => {
  const exporting = operations.filter(o => (o.operation.parameters as Json[] | undefined)?.some(p => p.name === 'format'))
  t.ok(exporting.length >= 10, `${exporting.length} operations export`)
  for (const { path, operation } of exporting) {
    const format = (operation.parameters as Json[]).find(p => p.name === 'format') as Json
    t.same(format.schema.enum, ['json', 'csv', 'ndjson'], `${path} format`)
    t.ok(operation.responses['200'].headers['Content-Disposition'], `${path} documents Content-Disposition`)
    const url = exampleUrl(path, operation)
    for (const [format, type] of [['csv', 'text/csv'], ['ndjson', 'application/x-ndjson']]) {
      const res = await app.inject(`${url}?format=${String(format)}`)
      t.equal(res.statusCode, 200, `${url}?format=${String(format)}`)
      t.match(res.headers['content-type'], String(type))
      t.match(res.headers['content-disposition'], /^attachment; filename=".+"$/)
    }
  }
})

// Swagger UI pre-fills `example` into the form; pre-filled query values combine
// into requests the API refuses or answers as a download (see src/plugins/openapi-examples.ts).
t.test('what a first "Execute" in Swagger UI sends works: nothing pre-filled in the query, a real slug in the path', async t => {
  for (const { path, operation } of operations) {
    for (const parameter of operation.parameters ?? []) {
      const name = `${path} ${String(parameter.name)}`
      if (parameter.in === 'path') t.not(parameter.example, undefined, `${name} pre-fills an existing key`)
      else {
        t.equal(parameter.example, undefined, `${name} is not pre-filled`)
        t.equal(parameter.schema.examples?.length, 1, `${name} has its example in schema.examples`)
        t.match(parameter.description, /Example: `/, `${name} shows its example`)
      }
      t.equal(parameter.schema.minItems, undefined, `${name}: no minItems (Swagger UI would block Execute on an empty list)`)
    }
    t.same(Object.keys(operation.responses['200'].content), [path.endsWith('/text') ? 'text/plain' : 'application/json'],
      `${path}: one media type for the 200, so generated clients type it without a cast`)
  }
})

t.test('types a client can use: lists are arrays, booleans booleans, dates dates; a list and groups say which they are', async t => {
  const parameters = Object.fromEntries(((operations.find(o => o.path === '/mous')?.operation.parameters ?? []) as Json[]).map(p => [p.name, p.schema]))
  for (const name of ['sector', 'mineral', 'party', 'country', 'summit', 'session', 'source', 'kind']) t.equal(parameters[name]?.type, 'array', name)
  t.same(parameters.kind?.items.enum, ['mou', 'agreement', 'record_of_discussion', 'unknown'])
  t.equal(parameters.identified?.type, 'boolean')
  t.equal(parameters.disputed?.type, 'boolean')
  t.match(parameters.signed_from, { type: 'string', format: 'date' })
  t.equal(parameters.signed_from?.pattern, undefined, 'no regex for Swagger UI to sample dates from')
  const dates = JSON.stringify(document).match(/"format":"date"[^}]*/g) ?? []
  t.ok(dates.length > 0)
  t.same(dates.filter(text => text.includes('pattern')), [], 'no date schema has a pattern')
  const body = operations.find(o => o.path === '/mous')?.operation.responses['200'].content['application/json'].schema
  t.same(body.oneOf, [{ $ref: '#/components/schemas/MouList' }, { $ref: '#/components/schemas/Groups' }])
  t.match(document.components.schemas.MouList.properties.kind, { const: 'list' })
  t.match(document.components.schemas.Groups.properties.kind, { const: 'groups' })
})
