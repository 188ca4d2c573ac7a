// The warm-up: once the server listens, it sends itself one request of each
// kind of query, only while no client request is in flight, and stops when
// the server closes.
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { steps, warmUp } from '../src/plugins/warm-up.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { templatePath } from './fixtures/template.js'
import { buildApp, tempDir } from './helper.js'

t.test('one request per step, each answered 200 and kept: a client asking the same afterwards costs no query', async t => {
  const app = await buildApp(t)
  t.equal(await warmUp(app, () => true), steps.length, 'every step found the slug it needed')
  const queries = app.dbStats.queries
  t.ok(queries > 0)
  for (const url of ['/mous?limit=1', '/stats', '/mous?group_by=party']) t.equal((await app.inject(url)).statusCode, 200)
  t.equal(app.dbStats.queries, queries, 'kept by the response cache')
})

t.test('it waits while a client request is in flight, and stops once the server closes', async t => {
  const app = await buildApp(t)
  let asked = 0
  t.equal(await warmUp(app, () => ++asked > 3), steps.length)
  t.ok(asked > 3, 'asked again until idle')
  t.equal(await warmUp(app, () => false, () => true), 0, 'nothing sent when closing')
})

t.test('the server process warms up after it listens; its lines say so', async t => {
  const database = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, database)
  const port = await freePort()
  const server = startServer({ PORT: String(port), DATABASE_URL: `file:${database}`, LOG_LEVEL: 'info' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  await waitFor200(`http://127.0.0.1:${port}/ready`)
  for (let waited = 0; !server.output().includes(`"reqId":"warm-up-${steps.length}"`) && waited < 30_000; waited += 50) await sleep(50)
  const lines = server.output().split('\n').filter(line => line.includes('"reqId":"warm-up-'))
  t.equal(lines.length, steps.length, 'one line per warm-up request')
  t.ok(lines.every(line => line.includes('"status":200')), 'each answered 200')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
})
