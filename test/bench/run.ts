// `npm run bench`: what users get. The API server runs as `npm start` runs
// it (the same Node flags), with production defaults — the access log at
// info written to a real file, rate limiting on with a budget the load stays
// under — beside a bare Fastify hello-world measured in the same run, in
// interleaved rounds. It also measures what each per-request feature costs
// (servers with one feature switched, and a CPU profile), the first answered
// API request after spawn, resident memory idle and under load, and checks
// that the access log holds a line for every answer. It is a report: it exits
// 0 when targets are missed and non-zero only when something failed (a server,
// or a lost log line). Then the scale section (scale.ts): the API at 35,
// 10,000 and 100,000 agreements, on SQLite and PostgreSQL; then PostgreSQL beside
// SQLite on the shipped data, and one versus two replicas (postgresql.ts;
// BENCH_POSTGRESQL=0 skips it). `--shipped` runs the throughput section alone
// (the shipped data), `--scale` the scale section alone, `--postgresql` the PostgreSQL section.
// `--smoke` (or BENCH_SMOKE=1) runs both in seconds, from source, for `npm test`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { measure, median, type Measurement } from './measure.js'
import {
  assertAlive, cpuTicks, loadAverage, peakRssMb, pinCores, projectRoot, request, rssMb, type Server, startNode, startReplay, statusMb, stop,
  threadsCpuUs, timeToFirst200
} from './process.js'
import { cpuByPart, monotonicUs } from './profile.js'
import { type Endpoint, type LogCheck, type MemoryAtIdle, report, type Summary } from './report.js'
import type { Provider } from '../../src/db/target.js'
import { runScale } from './scale.js'
import { startCommand } from '../fixtures/start-command.js'

const endpoints: Endpoint[] = [
  { name: 'filtered list', path: '/mous?sector=critical-minerals', hasTarget: true },
  { name: 'detail', path: '/mous/lithium-exploration-mou', hasTarget: true },
  { name: 'detail (summit)', path: '/summits/korea-kazakhstan-2024', hasTarget: true },
  { name: 'group_by', path: '/mous?sector=critical-minerals&group_by=party', hasTarget: true },
  { name: 'stats', path: '/stats', hasTarget: true },
  { name: 'CSV export', path: '/mous?format=csv', hasTarget: false }
]
const apiPath = endpoints[0]?.path as string

/** How `npm start` runs the server: its environment, Node flags and script. */
const start = startCommand()
/**
 * Production defaults, but for a rate-limit budget the load stays under (the
 * default, 600 a minute per client, would refuse the load generator).
 */
const production = { ...start.env, RATE_LIMIT_MAX: '1000000000' }

/**
 * Features with a setting, each changed on a server of its own (on the
 * filtered list): the difference in CPU per answer from the production
 * defaults is what the feature costs. The others (request id, CORS, security
 * headers…) have no switch; the CPU profile gives their share.
 */
const variants: Array<{ name: string, feature: string, env: Record<string, string> }> = [
  { name: 'no access log', feature: 'access log line (LOG_LEVEL=warn)', env: { LOG_LEVEL: 'warn' } },
  { name: 'no rate limiting', feature: 'rate limit (RATE_LIMIT_MAX=0)', env: { RATE_LIMIT_MAX: '0' } },
  { name: 'freshness checked on every request', feature: 'freshness check on every request, not once a second (CACHE_FRESHNESS_MS=0)', env: { CACHE_FRESHNESS_MS: '0' } }
]

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1'
const scaleOnly = process.argv.includes('--scale')
const shippedOnly = process.argv.includes('--shipped')
const postgresqlOnly = process.argv.includes('--postgresql')
const settings = {
  smoke,
  connections: 50,
  rounds: smoke ? 1 : positive('BENCH_ROUNDS', 3),
  seconds: smoke ? 0.3 : positive('BENCH_DURATION', 5),
  warmupSeconds: smoke ? 0 : 1,
  firstRunSamples: smoke ? 1 : 3,
  restartSamples: smoke ? 1 : 5,
  /** How long a started server is left idle before its resident memory is read. */
  idleMs: smoke ? 0 : 1000,
  profileSeconds: smoke ? 0.5 : 8,
  // As `npm start` runs it; the smoke mode runs the source (with the same
  // flags), so that it works on a fresh clone, where `npm test` does not build.
  serverArgs: smoke ? [...start.flags, '--import', 'tsx', 'src/server.ts'] : [...start.flags, start.script],
  production
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

/** The PostgreSQL section (postgresql.ts), with the load average around it. */
async function postgresqlReport (): Promise<string> {
  const { postgresqlSection } = await import('./postgresql.js')
  const before = loadAverage()
  const section = await postgresqlSection(settings, log)
  return `## PostgreSQL\n\nLoad average (1, 5, 15 min) at the start ${before}, at the end ${loadAverage()}.\n\n${section}`
}

const log = (line: string): void => { process.stderr.write(line + '\n') }
const servers = new Set<Server>()
const workDir = mkdtempSync(join(tmpdir(), 'accords-bench-'))
const pinning = pinCores()

async function startApi (label: string, databaseDir: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Server> {
  const server = await startNode([...nodeArgs, ...settings.serverArgs], {
    DATABASE_URL: `file:${join(databaseDir, 'accords.db')}`,
    ...production,
    ...env
  }, pinning.serverCore, join(workDir, `${label.replace(/\W+/g, '-')}.log`))
  servers.add(server)
  return server
}

async function stopServer (server: Server): Promise<number | null> {
  servers.delete(server)
  return await stop(server)
}

/** Answers counted by the load generator and this script, per server: each should be one access-log line. */
const answered = new Map<Server, { responses: number, loads: number }>()
function count (server: Server, responses: number, load: boolean): void {
  const seen = answered.get(server) ?? { responses: 0, loads: 0 }
  seen.responses += responses
  if (load) seen.loads++
  answered.set(server, seen)
}

async function main (): Promise<void> {
  if (!smoke && !existsSync(join(projectRoot, start.script))) throw new Error(`${start.script} is missing: run \`npm run bench\`, which builds first`)
  log(`pinning: ${pinning.description}`)
  if (postgresqlOnly) {
    console.log(await postgresqlReport())
    return
  }
  if (!scaleOnly) await throughput()
  if (shippedOnly) return
  console.log('\n' + await runScale({
    sizes: smoke ? [35] : (process.env.BENCH_SCALE_SIZES ?? '35,10000,100000').split(',').map(Number),
    // PostgreSQL's pass needs a local server and loads every size again: not in --smoke.
    databases: smoke ? ['sqlite'] : (process.env.BENCH_SCALE_DATABASES ?? 'sqlite,postgresql').split(',').map(provider),
    starts: smoke ? 1 : 3,
    samples: smoke ? 2 : positive('BENCH_SCALE_SAMPLES', 100),
    loadSeconds: smoke ? 0.5 : positive('BENCH_SCALE_LOAD', 10),
    serverArgs: settings.serverArgs,
    serverEnv: start.env,
    serverCore: pinning.serverCore,
    workDir,
    cacheDir: process.env.BENCH_SCALE_CACHE,
    log
  }))
}

/** The throughput section: the API against a hello-world, each feature's cost, cold start, memory, the access log. */
async function throughput (): Promise<void> {
  const startedAt = performance.now()
  const ticksAtStart = cpuTicks()
  const loadAtStart = loadAverage()

  // Cold start, first run: each sample creates, migrates and seeds a new
  // database; the later servers reuse the first one.
  const firstRun: Array<{ ms: number, cpuMs: number | null }> = []
  let firstRunRss: number | null = null
  const seededDir = join(workDir, 'first-0')
  for (let i = 0; i < settings.firstRunSamples; i++) {
    const server = await startApi(`first-${i}`, join(workDir, `first-${i}`))
    firstRun.push(await timeToFirst200(server, apiPath))
    firstRunRss = peakRssMb(server.child.pid)
    await stopServer(server)
  }
  // Restarts on the existing database: the first answered API request, the
  // memory of a server that has answered it and sits idle, and (in samples of
  // their own, so that they do not warm the API path) the first 200 on /ready.
  const restart: Array<{ ms: number, cpuMs: number | null }> = []
  const ready: Array<{ ms: number, cpuMs: number | null }> = []
  const idleRss: number[] = []
  for (let i = 0; i < settings.restartSamples; i++) {
    const api = await startApi(`restart-${i}`, seededDir)
    restart.push(await timeToFirst200(api, apiPath))
    await sleep(settings.idleMs)
    idleRss.push(rssMb(api.child.pid) ?? NaN)
    await stopServer(api)
    const probed = await startApi(`ready-${i}`, seededDir)
    ready.push(await timeToFirst200(probed, '/ready'))
    await stopServer(probed)
  }
  const memory = await memoryAtIdle(seededDir)
  log(`first API answer: first run ${firstRun.map(r => Math.round(r.ms)).join(', ')} ms; restart ${restart.map(r => Math.round(r.ms)).join(', ')} ms; /ready ${ready.map(r => Math.round(r.ms)).join(', ')} ms`)

  // The load: the hello-world, every endpoint on a production-default server,
  // the filtered list on each variant, and a production-default server to
  // profile, all started together before the first round.
  const profileDir = join(workDir, 'profile')
  mkdirSync(profileDir)
  const [hello, api, profiled, ...variantServers] = await Promise.all([
    startNode(['--import', 'tsx', 'test/bench/hello.ts'], {}, pinning.serverCore).then(server => { servers.add(server); return server }),
    startApi('production-defaults', seededDir),
    startApi('profiled', seededDir, {}, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-interval', '100']),
    ...variants.map(async v => await startApi(v.name, seededDir, v.env))
  ]) as [Server, Server, Server, ...Server[]]
  await Promise.all([hello, api, profiled, ...variantServers].map(async server => await timeToFirst200(server, server === hello ? '/' : '/health')))
  for (const server of [api, ...variantServers]) count(server, 1, false) // /health answered

  // The same answer (its bytes and headers) from bare node:http: the floor (replay.ts).
  const replay = await startReplay(api, apiPath, join(workDir, 'replay.json'), pinning.serverCore)
  count(api, 1, false)
  servers.add(replay)

  const targets = [
    { name: 'hello-world', path: '/', server: hello, hasTarget: false, variant: undefined as string | undefined },
    { name: 'same answer, bare node:http (floor)', path: '/', server: replay, hasTarget: false, variant: undefined },
    ...endpoints.map(e => ({ ...e, server: api, variant: undefined })),
    ...variants.map((v, i) => ({ name: `filtered list, ${v.name}`, path: apiPath, server: variantServers[i] as Server, hasTarget: false, variant: v.name }))
  ].map(t => ({ ...t, url: t.server.url + t.path, key: `${t.name} ${t.path}` }))
  const status = new Map<string, { status: number, bytes: number }>()
  for (const t of targets) {
    status.set(t.key, await request(t.url))
    count(t.server, 1, false)
    if (settings.warmupSeconds > 0) count(t.server, (await measure(t.url, settings.warmupSeconds, settings.connections)).responses, true)
    assertAlive(t.server)
  }
  if (status.get(targets[0]?.key ?? '')?.status !== 200) throw new Error('the hello-world server does not answer 200')
  const idleRssAfterStart = rssMb(api.child.pid)

  // Interleaved rounds, so that drift (thermal, other tenants) hits every target alike.
  const runs = new Map<string, Array<Measurement & { cpuUs: number }>>(targets.map(t => [t.key, []]))
  for (let round = 1; round <= settings.rounds; round++) {
    for (const t of targets) {
      const before = threadsCpuUs(t.server.child.pid)
      const m = await measure(t.url, settings.seconds, settings.connections)
      const after = threadsCpuUs(t.server.child.pid)
      assertAlive(t.server)
      count(t.server, m.responses, true)
      const cpuUs = before === null || after === null || m.responses === 0 ? NaN : (after - before) / m.responses
      runs.get(t.key)?.push({ ...m, cpuUs })
      log(`round ${round}/${settings.rounds} ${t.name}: ${Math.round(m.rps)} req/s, p99 ${m.p99.toFixed(1)} ms, ${cpuUs.toFixed(1)} µs CPU per answer${m.non2xx > 0 ? `, ${m.non2xx} non-2xx` : ''}`)
    }
  }
  const peakRss = peakRssMb(api.child.pid)

  // Stopped as an orchestrator stops them; then every answer must have its line.
  const logChecks: LogCheck[] = []
  for (const [server, name, logs] of [[api, 'production defaults', true], ...variants.map((v, i) => [variantServers[i], v.name, v.env.LOG_LEVEL === undefined])] as Array<[Server, string, boolean]>) {
    const exitCode = await stopServer(server)
    const seen = answered.get(server) ?? { responses: 0, loads: 0 }
    const lines = logs && server.logFile !== null ? accessLines(server.logFile) : null
    logChecks.push({ name, exitCode, lines, answered: seen.responses, inFlight: seen.loads * settings.connections })
  }
  await stopServer(hello)
  await stopServer(replay)

  const profile = await profileKeptAnswers(profiled, profileDir)

  const summaries: Summary[] = targets.map(t => {
    const ms = runs.get(t.key) ?? []
    return {
      ...t,
      ...status.get(t.key) ?? { status: 0, bytes: 0 },
      rps: median(ms.map(m => m.rps)),
      p50: median(ms.map(m => m.p50)),
      p99: median(ms.map(m => m.p99)),
      cpuUs: Math.min(...ms.map(m => m.cpuUs)),
      non2xx: ms.reduce((sum, m) => sum + m.non2xx, 0),
      errors: ms.reduce((sum, m) => sum + m.errors, 0)
    }
  })
  // Other work on the machine moves every figure, and on the servers' core it
  // stalls them for seconds: what the machine spent beyond this run shows it.
  const ticks = cpuTicks()
  const otherCores = ticks === null || ticksAtStart === null
    ? null
    // Clock ticks are hundredths of a second; rounding can leave a little below 0.
    : Math.max(0, ticks.machine - ticksAtStart.machine - (ticks.own - ticksAtStart.own)) / ((performance.now() - startedAt) / 10)
  console.log(report({
    settings,
    pinning: pinning.description,
    otherCores,
    load: [loadAtStart, loadAverage()],
    summaries,
    variants,
    firstRun,
    restart,
    ready,
    idleRss,
    idleRssAfterStart,
    memory,
    peakRss,
    firstRunRss,
    logChecks,
    profile
  }))
  if (logChecks.some(c => c.exitCode !== 0 || (c.lines !== null && c.lines < c.answered))) process.exitCode = 1
  if (!smoke && !shippedOnly && process.env.BENCH_POSTGRESQL !== '0') console.log('\n' + await postgresqlReport())
}

/**
 * Where an idle server's memory is, 1 s after its first API answer: the
 * kernel's file-backed and anonymous RSS, and V8's heap by space and the
 * memory outside the heap it knows of (test/bench/memory-probe.cjs).
 */
async function memoryAtIdle (databaseDir: string): Promise<MemoryAtIdle | null> {
  const file = join(workDir, 'memory.json')
  const api = await startApi('memory', databaseDir, { MEMORY_PROBE_FILE: file }, ['--require', join(projectRoot, 'test/bench/memory-probe.cjs')])
  try {
    await timeToFirst200(api, apiPath)
    await sleep(settings.idleMs)
    const [rss, fileBacked, anonymous] = ['VmRSS', 'RssFile', 'RssAnon'].map(field => statusMb(api.child.pid, field))
    api.child.kill('SIGWINCH')
    for (let waited = 0; !existsSync(file) && waited < 5000; waited += 20) await sleep(20)
    if (!existsSync(file) || rss == null || fileBacked == null || anonymous == null) return null
    await sleep(20) // written at once, but read after a moment
    return { rss, file: fileBacked, anonymous, ...JSON.parse(readFileSync(file, 'utf8')) as Omit<MemoryAtIdle, 'rss' | 'file' | 'anonymous'> }
  } finally {
    await stopServer(api)
  }
}

/** The access-log lines of client requests in a server's stdout (not the server's own warm-up requests). */
function accessLines (file: string): number {
  return readFileSync(file, 'utf8').split('\n')
    .filter(line => line.includes('"msg":"request completed"') && !line.includes('"reqId":"warm-up-')).length
}

/**
 * A production-default server profiled (`--cpu-prof`) while it answers the
 * filtered list from its cache: CPU time by part, over the load only.
 */
async function profileKeptAnswers (server: Server, dir: string): Promise<Map<string, number> | null> {
  await request(server.url + apiPath)
  if (settings.warmupSeconds > 0) await measure(server.url + apiPath, settings.warmupSeconds, settings.connections)
  const from = monotonicUs()
  await measure(server.url + apiPath, settings.profileSeconds, settings.connections)
  const to = monotonicUs()
  await stopServer(server) // the profile is written as the process exits
  const file = readdirSync(dir).find(name => name.endsWith('.cpuprofile'))
  return file === undefined ? null : cpuByPart(join(dir, file), from, to)
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
