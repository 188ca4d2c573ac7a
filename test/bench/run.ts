// `npm run bench`: the API server (built, as its own process) against a bare
// Fastify hello-world measured in the same run, in interleaved rounds, plus
// cold start and peak RSS; then the scale section (scale.ts): the API at 35,
// 10,000 and 100,000 agreements; then PostgreSQL beside SQLite, and one versus
// two replicas (postgresql.ts; BENCH_POSTGRESQL=0 skips it). It is a report: it
// exits 0 when targets are missed and non-zero only when something failed to
// run. `--scale` runs the scale section alone; `--smoke` (or BENCH_SMOKE=1)
// runs them all in seconds, from source, for `npm test`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measure, median, type Measurement } from './measure.js'
import { assertAlive, cpuTicks, peakRssMb, pinCores, projectRoot, request, type Server, startNode, stop, timeToFirst200 } from './process.js'
import { type Endpoint, type Summary, report } from './report.js'
import type { Provider } from '../../src/db/target.js'
import { runScale } from './scale.js'

const endpoints: Endpoint[] = [
  { name: 'filtered list', path: '/mous?sector=critical-minerals', hasTarget: true },
  { name: 'detail', path: '/mous/lithium-exploration-mou', hasTarget: true },
  { name: 'detail (summit)', path: '/summits/korea-kazakhstan-2024', hasTarget: true },
  { name: 'group_by', path: '/mous?sector=critical-minerals&group_by=party', hasTarget: true },
  { name: 'stats', path: '/stats', hasTarget: true },
  { name: 'CSV export', path: '/mous?format=csv', hasTarget: false }
]

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1'
const scaleOnly = process.argv.includes('--scale')
const settings = {
  smoke,
  connections: 50,
  rounds: smoke ? 1 : positive('BENCH_ROUNDS', 3),
  seconds: smoke ? 0.3 : positive('BENCH_DURATION', 5),
  warmupSeconds: smoke ? 0 : 1,
  firstRunSamples: smoke ? 1 : 3,
  restartSamples: smoke ? 1 : 5,
  logLevel: process.env.LOG_LEVEL ?? 'info',
  // The built production code; the smoke mode runs the source so that it
  // works on a fresh clone, where `npm test` does not build.
  serverArgs: smoke ? ['--import', 'tsx', 'src/server.ts'] : ['dist/server.js']
}

function positive (name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not ${process.env[name]}`)
  return value
}

function provider (name: string): Provider {
  if (name === 'sqlite' || name === 'postgresql') return name
  throw new Error(`BENCH_SCALE_DATABASES lists sqlite and postgresql, not ${name}`)
}

const log = (line: string): void => { process.stderr.write(line + '\n') }
const servers = new Set<Server>()
const workDir = mkdtempSync(join(tmpdir(), 'accords-bench-'))
const pinning = pinCores()

async function startApi (databaseDir: string): Promise<{ server: Server, ms: number }> {
  const server = await startNode(settings.serverArgs, {
    DATABASE_URL: `file:${join(databaseDir, 'accords.db')}`,
    LOG_LEVEL: settings.logLevel,
    RATE_LIMIT_MAX: '0' // one load-generator client must not be throttled
  }, pinning.serverCore)
  servers.add(server)
  return { server, ms: await timeToFirst200(server, '/health') }
}

async function main (): Promise<void> {
  if (!smoke && !existsSync(join(projectRoot, 'dist/server.js'))) throw new Error('dist/server.js is missing: run `npm run bench`, which builds first')
  log(`pinning: ${pinning.description}`)
  if (!scaleOnly) await throughput()
  console.log('\n' + await runScale({
    sizes: smoke ? [35] : (process.env.BENCH_SCALE_SIZES ?? '35,10000,100000').split(',').map(Number),
    // PostgreSQL's pass needs a local server and loads every size again: not in --smoke.
    databases: smoke ? ['sqlite'] : (process.env.BENCH_SCALE_DATABASES ?? 'sqlite,postgresql').split(',').map(provider),
    starts: smoke ? 1 : 3,
    samples: smoke ? 2 : positive('BENCH_SCALE_SAMPLES', 100),
    loadSeconds: smoke ? 0.5 : positive('BENCH_SCALE_LOAD', 10),
    serverArgs: settings.serverArgs,
    serverCore: pinning.serverCore,
    workDir,
    cacheDir: process.env.BENCH_SCALE_CACHE,
    log
  }))
}

/** The throughput section: the API's cached answers against a hello-world, cold start, peak RSS. */
async function throughput (): Promise<void> {
  const startedAt = performance.now()
  const ticksAtStart = cpuTicks()

  // Cold start, first run: each sample creates, migrates and seeds a new
  // database; the restarts below reuse the first one.
  const firstRun: number[] = []
  let firstRunRss: number | null = null
  const seededDir = join(workDir, 'first-0')
  for (let i = 0; i < settings.firstRunSamples; i++) {
    const { server, ms } = await startApi(join(workDir, `first-${i}`))
    firstRun.push(ms)
    firstRunRss = peakRssMb(server.child.pid)
    await stop(server)
  }
  // Cold start, restart: the database exists. The last one serves the load.
  const restart: number[] = []
  let api: Server | undefined
  for (let i = 0; i < settings.restartSamples; i++) {
    if (api !== undefined) await stop(api)
    const started = await startApi(seededDir)
    restart.push(started.ms)
    api = started.server
  }
  if (api === undefined) throw new Error('no API server started')
  log(`cold start: first run ${firstRun.map(Math.round).join(', ')} ms; restart ${restart.map(Math.round).join(', ')} ms`)

  const hello = await startNode(['--import', 'tsx', 'test/bench/hello.ts'], {}, pinning.serverCore)
  servers.add(hello)
  await timeToFirst200(hello, '/')

  const targets = [
    { name: 'hello-world', path: '/', url: `${hello.url}/`, hasTarget: false },
    ...endpoints.map(e => ({ ...e, url: api.url + e.path }))
  ]
  const status = new Map<string, { status: number, bytes: number }>()
  for (const t of targets) {
    status.set(t.path, await request(t.url))
    if (settings.warmupSeconds > 0) await measure(t.url, settings.warmupSeconds, settings.connections)
    for (const server of [api, hello]) assertAlive(server)
  }
  if (status.get('/')?.status !== 200) throw new Error('the hello-world server does not answer 200')

  // Interleaved rounds, so that drift (thermal, other tenants) hits every target alike.
  const runs = new Map<string, Measurement[]>(targets.map(t => [t.path, []]))
  for (let round = 1; round <= settings.rounds; round++) {
    for (const t of targets) {
      const m = await measure(t.url, settings.seconds, settings.connections)
      for (const server of [api, hello]) assertAlive(server)
      runs.get(t.path)?.push(m)
      log(`round ${round}/${settings.rounds} ${t.path}: ${Math.round(m.rps)} req/s, p99 ${m.p99.toFixed(1)} ms${m.non2xx > 0 ? `, ${m.non2xx} non-2xx` : ''}`)
    }
  }

  const summaries: Summary[] = targets.map(t => {
    const ms = runs.get(t.path) ?? []
    return {
      ...t,
      ...status.get(t.path) ?? { status: 0, bytes: 0 },
      rps: median(ms.map(m => m.rps)),
      p50: median(ms.map(m => m.p50)),
      p99: median(ms.map(m => m.p99)),
      non2xx: ms.reduce((sum, m) => sum + m.non2xx, 0),
      errors: ms.reduce((sum, m) => sum + m.errors, 0)
    }
  })
  const rss = peakRssMb(api.child.pid)
  // Other work on the machine moves every figure, and on the servers' core it
  // stalls them for seconds: what the machine spent beyond this run shows it.
  await Promise.all([...servers].map(stop))
  const ticks = cpuTicks()
  const otherCores = ticks === null || ticksAtStart === null
    ? null
    // Clock ticks are hundredths of a second; rounding can leave a little below 0.
    : Math.max(0, ticks.machine - ticksAtStart.machine - (ticks.own - ticksAtStart.own)) / ((performance.now() - startedAt) / 10)
  console.log(report({ settings, pinning: pinning.description, otherCores, summaries, firstRun, restart, rss, firstRunRss }))
  if (!smoke && process.env.BENCH_POSTGRESQL !== '0') {
    const { postgresqlSection } = await import('./postgresql.js')
    console.log('\n## PostgreSQL\n\n' + await postgresqlSection(settings, log))
  }
}

async function cleanUp (): Promise<void> {
  await Promise.all([...servers].map(stop))
  rmSync(workDir, { recursive: true, force: true })
}

process.once('SIGINT', () => { cleanUp().finally(() => process.exit(130)) })
try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanUp()
}
