// Hostile input, generated from the OpenAPI document: for every GET operation,
// requests mixing documented values with wrong types, huge and negative
// numbers, empty strings, unicode, percent-encoding tricks, SQL and path
// injection, unknown and repeated parameters and very long values. Whatever
// arrives: no 5xx; a 4xx is problem+json and a 400 names a parameter that was
// sent; a 2xx matches its documented schema; and the data is unchanged.
//
// HOSTILE_RUNS sets the runs per operation (default 150), e.g.
// HOSTILE_RUNS=3000 npx tap test/hostile.test.ts --timeout=3600
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import t from 'tap'
import { exampleOf, operationsOf, schemaValidator, type Json } from './fixtures/openapi.js'
import { buildApp, copyOfSeededDatabase } from './helper.js'

const runs = Number(process.env.HOSTILE_RUNS ?? 150)
// A failure prints its seed; HOSTILE_SEED=<seed> replays it.
const seed = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED)

/** Every row of every table, hashed: the dataset as a fingerprint. */
function fingerprint (databasePath: string): string {
  const db = new Database(databasePath, { readonly: true })
  try {
    const hash = createHash('sha256')
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
    for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()))
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

// Sent as they are, not encoded: they test the URL decoder, not the parameter.
const rawTricks = ['%', '%%', '%2', '%zz', '%00', '%0a', '%0d%0a', '%C0%AE', '%E0%A4%A', '%ff%fe', '%252e%252e%252f', '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f', '%u002e', '%F0%9F%92%A9', '%26limit%3D1', '%3F', '%23frag']
const hostileStrings = [
  '', ' ', 'null', 'undefined', 'true', '[]', '{}', '{"$gt":""}', 'NaN', 'Infinity', '-Infinity', '-0', '-1', '-100', '0.5', '1e309',
  '99999999999999999999999', '9007199254740993', '0x10', '1_000', '+1', '٣', '１２',
  "' OR 1=1 --", '1; DROP TABLE "Agreement"; --', '" OR ""="', "%' --", "' UNION SELECT name FROM sqlite_master --",
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', '....//....//', 'file:///etc/passwd',
  // eslint-disable-next-line no-template-curly-in-string -- a Log4Shell probe, as sent
  '<script>alert(1)</script>', '${jndi:ldap://x}', '{{7*7}}', '\u0000', '\u202e\u0041', 'e\u0301', '🇰🇿', '𝕂𝕫', 'İ', 'ß', 'ﬁ',
  'a,b,,c', ',,,', ' , ', '-', '--title', 'title,-title,title', 'signed_at,'.repeat(50)
]

const longString = fc.oneof(
  fc.integer({ min: 201, max: 10_000 }).map(n => 'a'.repeat(n)),
  fc.integer({ min: 100, max: 3_000 }).map(n => 'é,'.repeat(n)),
  fc.string({ minLength: 500, maxLength: 2_000, unit: 'grapheme' })
)

/** Values the documentation says are valid for this parameter (a list's values comma-joined, which the API accepts too). */
function validValues (parameter: Json): fc.Arbitrary<string> {
  const schema: Json = parameter.schema ?? {}
  const example = exampleOf(parameter)
  const choices: Array<fc.Arbitrary<string>> = [fc.constant(Array.isArray(example) ? example.join(',') : String(example))]
  const values = schema.type === 'array' ? schema.items ?? {} : schema
  if (Array.isArray(values.enum)) choices.push(fc.constantFrom(...(values.enum as unknown[]).map(String)))
  if (schema.type === 'array' && Array.isArray(values.enum)) {
    choices.push(fc.subarray(values.enum as string[], { minLength: 1 }).map(chosen => chosen.join(',')))
  }
  if (schema.type === 'boolean') choices.push(fc.constantFrom('true', 'false'))
  if (schema.type === 'integer') choices.push(fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 }).map(String))
  if (schema.format === 'date') {
    choices.push(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map(d => d.toISOString().slice(0, 10)))
  }
  return fc.oneof(...choices)
}

interface Value { text: string, raw: boolean }

function hostileValue (): fc.Arbitrary<Value> {
  const encoded = (a: fc.Arbitrary<string>) => a.map(text => ({ text, raw: false }))
  return fc.oneof(
    { weight: 4, arbitrary: encoded(fc.constantFrom(...hostileStrings)) },
    { weight: 2, arbitrary: encoded(fc.oneof(fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String))) },
    { weight: 2, arbitrary: encoded(fc.string({ unit: 'binary', maxLength: 40 })) },
    { weight: 2, arbitrary: fc.constantFrom(...rawTricks).map(text => ({ text, raw: true })) },
    { weight: 1, arbitrary: encoded(longString) }
  )
}

const unknownName = fc.oneof(
  fc.constantFrom('colour', 'LIMIT', 'limit[]', 'sort[0]', '__proto__', 'constructor', 'toString', '', 'a b', '💥', '$where', 'q;', 'offset%00'),
  fc.string({ minLength: 1, maxLength: 20 })
)

interface Pair { name: string, value: Value }
/**
 * single: at most one query parameter, with a documented value: must be a 200.
 * combined: documented values together: a 200, or a 400 when the API refuses
 * the combination (e.g. paging a grouped list). hostile: then spoiled.
 */
type Mode = 'single' | 'combined' | 'hostile'

interface Sent { url: string, names: Set<string>, mode: Mode }

function urlOf (path: string, pathValues: Value[], pairs: Pair[]): string {
  let i = 0
  const url = path.replace(/\{\w+\}/g, () => {
    const value = pathValues[i++] as Value
    return value.raw ? value.text : encodeURIComponent(value.text)
  })
  const query = pairs.map(({ name, value }) => `${encodeURIComponent(name)}=${value.raw ? value.text : encodeURIComponent(value.text)}`).join('&')
  return query === '' ? url : `${url}?${query}`
}

/**
 * Requests built from the documented parameters: a subset of them with
 * documented values; for a hostile request, then one to three spoilers: a
 * path or query value replaced by a hostile one, a parameter repeated, an
 * unknown parameter added.
 */
function requestsFor (path: string, parameters: Json[], mode: Mode): fc.Arbitrary<Sent> {
  const pathParameters = parameters.filter(p => p.in === 'path')
  const query = parameters.filter(p => p.in === 'query')
  const valid = fc.record({
    pathValues: fc.constant(pathParameters.map(p => ({ text: String(exampleOf(p)), raw: false }))),
    pairs: fc.subarray(query, { maxLength: Math.min(query.length, mode === 'single' ? 1 : query.length) }).chain(chosen => fc.tuple(...chosen.map(p =>
      validValues(p).map(text => ({ name: String(p.name), value: { text, raw: false } })))))
  })
  const spoiler = fc.oneof(
    fc.record({ kind: fc.constant('path' as const), index: fc.nat(), value: hostileValue() }),
    fc.record({ kind: fc.constant('query' as const), index: fc.nat(), value: hostileValue() }),
    fc.record({ kind: fc.constant('repeat' as const), index: fc.nat(), value: hostileValue() }),
    fc.record({ kind: fc.constant('unknown' as const), name: unknownName, value: fc.constantFrom({ text: '1', raw: false }, { text: '', raw: false }) })
  )
  const spoilers = mode === 'hostile' ? fc.array(spoiler, { minLength: 1, maxLength: 3 }) : fc.constant([])
  return fc.tuple(valid, spoilers).map(([{ pathValues, pairs }, changes]) => {
    const values = [...pathValues]
    const sent: Pair[] = [...pairs]
    for (const change of changes) {
      if (change.kind === 'path' && values.length > 0) values[change.index % values.length] = change.value
      else if (change.kind === 'unknown') sent.push({ name: change.name, value: change.value })
      else if (query.length > 0 && change.kind !== 'path') {
        const name = String((query[change.index % query.length] as Json).name)
        const at = sent.findIndex(p => p.name === name)
        if (change.kind === 'query' && at >= 0) sent[at] = { name, value: change.value }
        else sent.push({ name, value: change.value })
      }
    }
    return { url: urlOf(path, values, sent), names: new Set(sent.map(p => p.name)), mode }
  })
}

const databasePath = copyOfSeededDatabase(t)
const before = fingerprint(databasePath)
// Rate limiting off (it would turn runs into 429s); a URL cap high enough that long values reach the validators.
const app = await buildApp(t, { databasePath, rateLimitMax: 0, maxUrlLength: 16_384 })
const document = (await app.inject('/openapi.json')).json() as Json
const validate = schemaValidator(document)
const problemSchema = { $ref: '#/components/schemas/Problem' }

for (const { path, operation } of operationsOf(document).filter(o => o.method === 'get')) {
  t.test(`GET ${path}: ${runs} hostile requests`, async t => {
    const parameters: Json[] = operation.parameters ?? []
    const pathNames = parameters.filter(p => p.in === 'path').map(p => String(p.name))
    const exports = parameters.some(p => p.in === 'query' && p.name === 'format')
    const statuses = new Map<number, number>()
    const requests = fc.oneof(
      { weight: 1, arbitrary: requestsFor(path, parameters, 'single') },
      { weight: 1, arbitrary: requestsFor(path, parameters, 'combined') },
      { weight: 3, arbitrary: requestsFor(path, parameters, 'hostile') })
    await fc.assert(fc.asyncProperty(requests, async ({ url, names, mode }) => {
      const res = await app.inject({ method: 'GET', url })
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
      const where = `${res.statusCode} for ${url.slice(0, 300)}`
      if (res.statusCode >= 500) throw new Error(`${where}: ${res.body.slice(0, 300)}`)
      if (mode === 'single' && res.statusCode !== 200) throw new Error(`${where}: a documented value was refused: ${res.body.slice(0, 300)}`)
      if (mode === 'combined' && res.statusCode !== 200 && res.statusCode !== 400) throw new Error(`${where}: documented values got ${res.statusCode}`)
      const type = String(res.headers['content-type'] ?? '')
      if (res.statusCode >= 400) {
        if (!type.startsWith('application/problem+json')) throw new Error(`${where}: content type ${type}`)
        const body = res.json() as Json
        const wrong = validate(problemSchema, body)
        if (wrong.length > 0) throw new Error(`${where}: not a problem: ${wrong.join('; ')}`)
        if (res.statusCode === 400) {
          const named = ((body.errors ?? []) as Json[]).map(e => String(e.name))
          const known = new Set([...names, ...pathNames])
          if (named.length === 0 || !named.every(name => known.has(name))) throw new Error(`${where}: errors name ${JSON.stringify(named)}, sent ${JSON.stringify([...known])}`)
        }
        return
      }
      const content: Json = operation.responses?.[String(res.statusCode)]?.content ?? {}
      // Exports are documented by the `format` parameter, with Content-Disposition.
      if (exports && /^(text\/csv|application\/x-ndjson)/.test(type) && res.headers['content-disposition'] !== undefined) return
      const mediaType = Object.keys(content).find(m => type.startsWith(m))
      if (mediaType === undefined) throw new Error(`${where}: ${type} is not documented (${Object.keys(content).join(', ')})`)
      if (mediaType.endsWith('json') && !mediaType.includes('ndjson')) {
        const wrong = validate(content[mediaType].schema, res.json())
        if (wrong.length > 0) throw new Error(`${where}: body does not match the documented schema: ${wrong.slice(0, 3).join('; ')}`)
      }
    }), { numRuns: runs, seed })
    t.pass(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`)
  })
}

t.test('the dataset is unchanged afterwards', async t => {
  await app.close()
  t.equal(fingerprint(databasePath), before)
})
