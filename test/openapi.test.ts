// The OpenAPI document is exactly right: every operation is fully described,
// its documented examples work, and real responses validate against the
// documented schema for their status and media type.
import t from 'tap'
import { operationsOf, schemaValidator, type Json } from './fixtures/openapi.js'
import { buildApp } from './helper.js'

const app = await buildApp(t)
const document = (await app.inject('/openapi.json')).json() as Json
const operations = operationsOf(document)
const validate = schemaValidator(document)

/** A request URL built only from what the document says: path examples, and no query. */
function exampleUrl (path: string, operation: Json): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = (operation.parameters as Json[]).find(p => p.in === 'path' && p.name === name)
    return encodeURIComponent(String(parameter?.example))
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
      t.not(parameter.example, undefined, `${name} ${parameter.name} has an example`)
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

t.test('operations that export document CSV and NDJSON, and answer them', async t => {
  const exporting = operations.filter(o => (o.operation.parameters as Json[] | undefined)?.some(p => p.name === 'format'))
  t.ok(exporting.length >= 10, `${exporting.length} operations export`)
  for (const { path, operation } of exporting) {
    const content = operation.responses['200'].content as Json
    t.ok(content['text/csv'] && content['application/x-ndjson'], `${path} documents both`)
    const url = exampleUrl(path, operation)
    for (const [format, type] of [['csv', 'text/csv'], ['ndjson', 'application/x-ndjson']]) {
      const res = await app.inject(`${url}?format=${String(format)}`)
      t.equal(res.statusCode, 200, `${url}?format=${String(format)}`)
      t.match(res.headers['content-type'], String(type))
      t.match(res.headers['content-disposition'], /^attachment; filename=".+"$/)
    }
  }
})
