// The replicas-plus-balancer topology on loopback, with real processes: two
// API servers on one PostgreSQL database behind deploy/Caddyfile. Requests are
// spread over both; when one is killed, traffic continues on the other.
import t from 'tap'
import { caddyBinary, startBalancer } from './fixtures/balancer.js'
import { seededPostgresDatabase } from './fixtures/postgres.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { eventually, tempDir } from './helper.js'

const skip = caddyBinary() === undefined ? 'caddy is not installed (apt-get install --no-install-recommends caddy)' : false

t.test('two replicas behind the balancer share the traffic, and one killed loses none', { skip }, async t => {
  const url = await seededPostgresDatabase(t)
  const replicas = await Promise.all([1, 2].map(async () => {
    const port = await freePort()
    // Logged at info: each answered request is a line, so the test can tell who answered.
    const server = startServer({ PORT: String(port), DATABASE_URL: url, LOG_LEVEL: 'info' })
    t.teardown(() => { server.child.kill('SIGKILL') })
    await waitFor200(`http://127.0.0.1:${port}/ready`, 60_000)
    return { server, upstream: `127.0.0.1:${port}` }
  }))
  const balancer = await startBalancer(tempDir(t), replicas.map(r => r.upstream))
  t.teardown(balancer.stop)
  const answered = (): number[] => replicas.map(r => (r.server.output().match(/"route":"\/mous","status":400/g) ?? []).length)

  const statuses: number[] = []
  for (let i = 0; i < 20; i++) statuses.push((await fetch(`${balancer.url}/mous?balanced=${i}`)).status)
  t.same(new Set(statuses), new Set([400]), 'every request answered (an unknown parameter is a 400 from a replica)')
  t.ok(await eventually(async () => answered().reduce((sum, n) => sum + n, 0) === 20), 'each request answered once (log lines arrive a moment later)')
  const [first = 0, second = 0] = answered()
  t.ok(first > 0 && second > 0, `both replicas answered (${first} and ${second})`)

  replicas[0]?.server.child.kill('SIGKILL')
  await replicas[0]?.server.exited
  const after: number[] = []
  for (let i = 20; i < 40; i++) after.push((await fetch(`${balancer.url}/sectors?limit=${i - 19}`)).status)
  t.same(new Set(after), new Set([200]), 'no request lost after a replica died')
})
