// Every suite that works on the database runs on both: its twin under
// test/postgresql/ imports it after choosing PostgreSQL (fixtures/provider.ts).
// A new database-dependent suite without a twin fails here, unless listed
// below with the reason it is SQLite's alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'

// Suites that run once, and why (several are PostgreSQL's own, despite the name).
const SQLITE_ONLY: Record<string, string> = {
  'config.test.ts': 'parses configuration; the database is never opened',
  'limits.test.ts': 'rate limits, URL and time limits: HTTP behaviour in front of any database',
  'logging.test.ts': 'log lines, whatever the database',
  'openapi.test.ts': 'the document does not depend on data',
  'docs.test.ts': 'Swagger UI',
  'containers.test.ts': 'the compose files and image; the PostgreSQL profile is checked there too',
  'startup.test.ts': 'SQLite\'s start-up; startup-postgresql.test.ts is PostgreSQL\'s, with replicas',
  'migrations.test.ts': 'SQLite\'s history; migrations-postgresql.test.ts is PostgreSQL\'s',
  'same-answers.test.ts': 'compares the two databases itself',
  'replicas-postgresql.test.ts': 'PostgreSQL\'s alone: replicas share a server',
  'startup-postgresql.test.ts': 'PostgreSQL\'s alone: replicas starting together',
  'locale-postgresql.test.ts': 'PostgreSQL\'s alone: the locale its database was created with',
  'load-postgresql.test.ts': 'PostgreSQL\'s alone: the vacuum after a load (SQLite has none to run)',
  'cache-memory.test.ts': 'the response cache\'s accounting of bytes, whatever the database',
  'front-door.test.ts': 'GET /, problem types and absolute links: HTTP behaviour, whatever the database',
  'swagger-ui.test.ts': 'Swagger UI in a browser; the document does not depend on data',
  'typed-client.test.ts': 'the contract\'s types; same-answers.test.ts shows both databases answer alike',
  'serializer.test.ts': 'how answers are checked and written, whatever the database',
  'direct-reads.test.ts': 'SQLite\'s reads past Prisma\'s engine; on PostgreSQL every read is $queryRaw, which the behaviour suites run',
  'statement-cache.test.ts': 'SQLite\'s connection keeps its prepared statements; PostgreSQL\'s adapter prepares none to keep',
  'warm-up.test.ts': 'when and what the server sends itself; the queries it runs are the behaviour suites\', which run on both'
}

t.test('each database-dependent suite has a PostgreSQL twin, or a reason not to', async t => {
  const suites = readdirSync(join(projectRoot, 'test')).filter(name => name.endsWith('.test.ts'))
  const missing = suites.filter(name => {
    const text = readFileSync(join(projectRoot, 'test', name), 'utf8')
    return /\b(buildApp|buildAppWithDatabase|seededDatabase|syntheticDatabase|emptyDatabase|prismaOn|copyOfSeededDatabase)\(/.test(text) &&
      !existsSync(join(projectRoot, 'test', 'postgresql', name)) && SQLITE_ONLY[name] === undefined
  })
  t.same(missing, [], 'add test/postgresql/<name> (three lines, see the others) or a reason to SQLITE_ONLY')
})

t.test('each twin imports the provider choice first, then its suite', async t => {
  for (const name of readdirSync(join(projectRoot, 'test', 'postgresql'))) {
    const imports = [...readFileSync(join(projectRoot, 'test', 'postgresql', name), 'utf8').matchAll(/^import '([^']+)'/gm)].map(m => m[1])
    t.same(imports, ['../fixtures/on-postgresql.js', `../${name.replace(/\.ts$/, '.js')}`], name)
  }
})
