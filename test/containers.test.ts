// The container recipe, checked without a Docker engine: docker-compose.yml and
// the Dockerfile say what they must, agree with each other and with the
// configuration, and the health check they run works against a real server.
// (`npm run check:image` replays the whole Dockerfile; too slow for npm test.)
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { parse } from 'yaml'
import { parseConfig } from '../src/config.js'
import { projectRoot } from '../src/paths.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { templatePath } from './fixtures/template.js'
import { startCommand } from './fixtures/start-command.js'
import { tempDir } from './helper.js'

const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ')
const lines = dockerfile.split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#'))
const stages = dockerfile.split(/^FROM /m).slice(1)
const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8')) as Record<string, any>
// npm's shell hands its process to node (through `env` for the environment
// it sets); the image runs node directly, with that environment in ENV.
const start = startCommand()
const healthcheck = JSON.parse(/^HEALTHCHECK .*CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[]

function imageEnvironment (): Record<string, string> {
  return Object.fromEntries(lines.filter(l => l.startsWith('ENV ')).flatMap(l => [...l.matchAll(/(\w+)=(\S+)/g)].map(m => [m[1], m[2]])))
}

t.test('Dockerfile: node:24-bookworm-slim stages; the runtime has production dependencies only, runs as node, keeps data on a volume', async t => {
  t.same(stages.map(s => s.split('\n')[0]), ['node:24-bookworm-slim AS build', 'node:24-bookworm-slim AS production-dependencies', 'node:24-bookworm-slim'])
  t.match(stages[0], /RUN npm ci/)
  t.match(stages[0], /RUN npm run build/)
  t.match(stages[1], /RUN npm ci --omit=dev --omit=optional --ignore-scripts/)
  t.match(stages[1], /COPY --from=build \/app\/node_modules\/better-sqlite3\/build\/Release\/better_sqlite3\.node /, 'the compiled addon')
  t.match(stages[2], /COPY --from=production-dependencies \/app\/node_modules \.\/node_modules/)
  const runtime = stages[2] ?? ''
  t.notMatch(runtime, /npm (ci|install)/, 'nothing is installed in the runtime stage')
  t.match(runtime, /^USER node$/m, 'a non-root user')
  t.ok(runtime.indexOf('USER node') < runtime.indexOf('CMD '), 'before the command')
  t.match(runtime, /^VOLUME \["\/app\/data"\]$/m)
  t.match(runtime, /^EXPOSE 3000$/m)
  const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)?.[1] ?? '[]') as string[]
  t.equal(cmd.join(' '), ['node', ...start.flags, start.script].join(' '), 'the command `npm start` runs, with the same Node flags')
  t.match(imageEnvironment(), start.env, 'and the environment it sets')
  t.same(healthcheck, ['node', 'dist/cli/healthcheck.js'])
  t.match(imageEnvironment(), { HOST: '0.0.0.0', PORT: '3000', DATABASE_URL: 'file:/app/data/accords.db' })
  t.match(parseConfig(imageEnvironment()), { host: '0.0.0.0', port: 3000, database: { provider: 'sqlite', path: '/app/data/accords.db' } }, 'a valid configuration')
})

t.test('Dockerfile: everything copied from the build context exists and is not excluded by .dockerignore', async t => {
  const ignored = readFileSync(join(projectRoot, '.dockerignore'), 'utf8').split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#'))
  const sources = lines.filter(l => l.startsWith('COPY ') && !l.includes('--from=')).flatMap(l => l.split(/\s+/).slice(1, -1))
  t.ok(sources.length >= 5, sources.join(' '))
  for (const source of sources) {
    t.ok(existsSync(join(projectRoot, source)), `${source} exists`)
    t.notOk(ignored.includes(source), `${source} is in the build context`)
  }
  for (const needed of ['node_modules', 'dist', 'src/generated', '.git', 'data']) t.ok(ignored.includes(needed), `${needed} stays out of the context`)
})

t.test('docker-compose.yml builds the image and runs it with its volume, health check and restart policy', async t => {
  const api = compose.services?.api
  t.ok(api, 'an api service')
  t.equal(api.build, '.')
  t.same(api.ports, ['3000:3000'])
  t.same(api.volumes, ['accords-data:/app/data'])
  t.ok(Object.hasOwn(compose.volumes ?? {}, 'accords-data'), 'a named volume')
  t.same(api.healthcheck.test, ['CMD', ...healthcheck], 'the same health check as the image')
  t.match(api.healthcheck, { interval: /^\d+s$/, timeout: /^\d+s$/, retries: Number })
  t.equal(api.restart, 'unless-stopped')
  const config = parseConfig({ ...imageEnvironment(), ...api.environment })
  t.ok(config, 'its environment is a valid configuration')
  t.ok(Number(String(api.stop_grace_period).replace(/s$/, '')) * 1000 > config.shutdownTimeoutMs,
    'Docker waits longer than the server\'s shutdown deadline before SIGKILL')
})

t.test('the health check command: exit 0 while the server is ready, 1 when nothing answers', async t => {
  const run = (env: Record<string, string>) => spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/healthcheck.ts')],
    { cwd: projectRoot, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' })
  const port = await freePort()
  const down = run({ PORT: String(port), HOST: '0.0.0.0' })
  t.equal(down.status, 1)
  t.match(down.stdout, `http://127.0.0.1:${port}/ready: `)

  const database = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, database)
  const server = startServer({ PORT: String(port), HOST: '0.0.0.0', DATABASE_URL: `file:${database}` })
  t.teardown(() => { server.child.kill('SIGKILL') })
  await waitFor200(`http://127.0.0.1:${port}/health`)
  const up = run({ PORT: String(port), HOST: '0.0.0.0' })
  t.equal(up.status, 0, up.stdout)
  t.match(up.stdout, `http://127.0.0.1:${port}/ready: 200 {"status":"ready"}`)
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
})

// Optional production dependencies that the image may go without, and why.
const NOT_NEEDED_IN_THE_IMAGE: Record<string, string> = {
  'node_modules/pg-cloudflare': 'pg loads it only on Cloudflare Workers (lib/stream.js)'
}

t.test('no production dependency is optional, so the image\'s --omit=optional drops only build tools', async t => {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { optional?: boolean, dev?: boolean }> }
  t.same(Object.entries(lock.packages)
    .filter(([name, p]) => p.optional === true && p.dev !== true && NOT_NEEDED_IN_THE_IMAGE[name] === undefined).map(([name]) => name), [])
})

t.test('docker-compose.yml, profile postgres: PostgreSQL, a one-shot migrate-and-seed job, three replicas and a balancer, wired in order', async t => {
  const services = compose.services as Record<string, any>
  const profiled = Object.entries(services).filter(([, service]) => (service.profiles ?? []).includes('postgres')).map(([name]) => name)
  t.same(profiled.sort(), ['api-1', 'api-2', 'api-3', 'lb', 'migrate', 'postgres'])
  t.notOk(services.api.profiles, 'the SQLite service stays the default')

  const { postgres, migrate, lb } = services
  t.match(postgres, { image: /^postgres:18/, healthcheck: { test: ['CMD-SHELL', /pg_isready/] } })
  t.same(postgres.command, ['postgres', '-c', 'work_mem=16MB', '-c', 'random_page_cost=1.1'],
    'work_mem and random_page_cost as the tests\' and the benchmark\'s server have them (src/setup/local-postgres.ts)')
  t.match(migrate, { image: 'accords:latest', command: ['node', 'dist/cli/prepare.js'], depends_on: { postgres: { condition: 'service_healthy' } }, restart: 'no' })
  const user = String(postgres.environment.POSTGRES_USER)
  const url = new URL(String(migrate.environment.DATABASE_URL))
  t.same([url.protocol, url.username, url.password, url.hostname, url.port, url.pathname],
    ['postgresql:', user, String(postgres.environment.POSTGRES_PASSWORD), 'postgres', '5432', `/${String(postgres.environment.POSTGRES_DB)}`],
    'the job and the replicas reach the postgres service as it is set up')

  const replicas = ['api-1', 'api-2', 'api-3'].map(name => services[name])
  for (const replica of replicas) {
    t.same(replica, replicas[0], 'the replicas are alike')
    t.equal(replica.image, services.api.image, 'the image the default service builds')
    t.same(replica.environment, migrate.environment, 'the same database and settings as the job')
    t.same(replica.depends_on, { migrate: { condition: 'service_completed_successfully' } })
    t.same(replica.healthcheck.test, ['CMD', ...healthcheck])
    t.notOk(replica.ports, 'reached through the balancer only')
    const config = parseConfig({ ...imageEnvironment(), ...replica.environment })
    t.match(config, { database: { provider: 'postgresql' }, trustProxy: 1 }, 'a valid configuration that trusts the balancer')
    t.ok(Number(String(replica.stop_grace_period).replace(/s$/, '')) * 1000 > config.shutdownTimeoutMs)
  }
  t.same(lb.depends_on, { 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' }, 'api-3': { condition: 'service_healthy' } })
  t.same(lb.volumes, ['./deploy/Caddyfile:/etc/caddy/Caddyfile:ro'])

  const caddyfile = readFileSync(join(projectRoot, 'deploy', 'Caddyfile'), 'utf8')
  const port = parseConfig({ ...imageEnvironment(), ...replicas[0].environment }).port
  t.match(caddyfile, `reverse_proxy api-1:${port} api-2:${port} api-3:${port} {`, 'the balancer proxies to each replica\'s port')
  t.match(caddyfile, /health_uri \/ready/, 'and sends traffic only to ready ones')
  const listen = /^:(\d+) \{/m.exec(caddyfile)?.[1]
  t.same(lb.ports, [`${String(listen)}:${String(listen)}`], 'it publishes the port it listens on')
})

t.test('the compose file is valid for docker-compose, with and without the profile; the Caddyfile for caddy', async t => {
  const composeBinary = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' }).stdout.trim()
  if (composeBinary === '') t.comment('docker-compose is not installed: skipped')
  else {
    for (const args of [[], ['--profile', 'postgres']]) {
      const result = spawnSync(composeBinary, ['-f', 'docker-compose.yml', ...args, 'config', '-q'], { cwd: projectRoot, encoding: 'utf8' })
      t.equal(result.status, 0, `docker-compose ${args.join(' ')} config -q: ${result.stderr}`)
    }
  }
  const caddy = spawnSync('sh', ['-c', 'command -v caddy'], { encoding: 'utf8' }).stdout.trim()
  if (caddy === '') t.comment('caddy is not installed: skipped')
  else {
    const home = tempDir(t)
    const result = spawnSync(caddy, ['validate', '--adapter', 'caddyfile', '--config', 'deploy/Caddyfile'],
      { cwd: projectRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home } })
    t.equal(result.status, 0, result.stderr)
  }
})
