// A typed client works out of the box: types generated from /openapi.json
// with openapi-typescript, and test/client/dashboard.ts, written with
// openapi-fetch's plain createClient<paths>(), type-check in strict mode and
// run against the server. The generated types are committed
// (test/client/openapi.d.ts), so every contract change shows in review, and
// one without a new API version fails here.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import ts from 'typescript'
import { ApiError, dashboard } from './client/dashboard.js'
import { contractOf, recordedContract, typesOf } from './client/types.js'
import { buildApp } from './helper.js'

const app = await buildApp(t)
const document = (await app.inject('/openapi.json')).json()
const committedPath = fileURLToPath(new URL('client/openapi.d.ts', import.meta.url))

t.test('the contract changes only with a new API version', async t => {
  const recorded = recordedContract(readFileSync(committedPath, 'utf8'))
  const current = contractOf(document)
  t.ok(recorded, 'test/client/openapi.d.ts records the version and contract it was generated from')
  if (recorded !== undefined && recorded.sha256 !== current.sha256) {
    t.not(current.version, recorded.version, `the contract changed since ${recorded.version}: bump "version" in package.json, ` +
      'add a CHANGELOG.md entry, then run npm run openapi:types')
  }
})

t.test('the committed types are generated from the current document', async t => {
  t.ok(readFileSync(committedPath, 'utf8') === await typesOf(document), 'test/client/openapi.d.ts is current (npm run openapi:types)')
})

t.test('the dashboard client type-checks in strict mode, with the plain createClient<paths>()', async t => {
  // Against the types generated from the document served now (not the committed file, checked above).
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    skipLibCheck: true
  }
  const generated = await typesOf(document)
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  host.readFile = file => file === committedPath ? generated : readFile(file)
  const program = ts.createProgram([fileURLToPath(new URL('client/dashboard.ts', import.meta.url))], options, host)
  const diagnostics = ts.getPreEmitDiagnostics(program).map(diagnostic =>
    `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
  t.same(diagnostics, [])
})

t.test('and it works: a filtered list, a detail, groups, /stats, a CSV download, and a problem', async t => {
  const accords = dashboard(await app.listen({ port: 0, host: '127.0.0.1' }))
  const list = await accords.agreements({ sectors: ['critical-minerals', 'energy'], identified: true })
  t.equal(list.total, 7)
  t.equal(list.titles.length, 7)
  t.match(await accords.agreement('lithium-exploration-mou'), { signedAt: '2024-06-12', parties: Array, quotes: Array })
  t.equal(await accords.agreement('no-such-agreement'), undefined)
  const bySector = await accords.countsBy('sector', { countries: ['KZ'] })
  t.ok(bySector.groups.length > 0 && bySector.groups.every(group => typeof group.count === 'number'))
  t.match(await accords.tiles(), { recorded: 35 })
  t.match(await accords.csv({ countries: ['KZ'] }), /^slug,kind,title,/)
  const problem = await accords.agreements({ sectors: ['critcal-minerals', 'energy'], countries: ['XX'] })
    .then(() => undefined, (error: unknown) => error instanceof ApiError ? error.problem : undefined)
  t.match(problem, { status: 400, errors: [{ name: 'sector', value: 'critcal-minerals', suggestions: ['critical-minerals'] }, { name: 'country', value: 'XX' }] })
})
