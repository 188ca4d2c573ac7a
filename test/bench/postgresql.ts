// `npm run bench`, PostgreSQL section: the same endpoints on SQLite and on
// PostgreSQL (servers side by side, interleaved rounds), from the response
// cache and computed (a new URL per request), and one versus two replicas on
// one PostgreSQL database behind deploy/Caddyfile. Not run in --smoke mode
// (it starts a PostgreSQL server and seeds it: half a minute more in npm test).
//
// Datasets: the seed (35 agreements). The 100,000-agreement figures plug in at
// DATASETS once the synthetic-dataset command (issue 8) lands: a `prepare`
// that loads it into both databases before the servers start.
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { startLocalPostgres } from '../../src/setup/local-postgres.js'
import { caddyBinary, startBalancer } from '../fixtures/balancer.js'
import { measure, median, type Measurement } from './measure.js'
import { type Server, startNode, stop, timeToFirst200, unpinPostgres } from './process.js'

/** `production`: the environment of a server with production defaults (run.ts). */
export interface PostgresqlSettings { rounds: number, seconds: number, connections: number, serverArgs: string[], production: Record<string, string> }

const CACHED = [
  { name: 'filtered list', path: '/mous?sector=critical-minerals' },
  { name: 'detail', path: '/mous/lithium-exploration-mou' },
  { name: 'group_by', path: '/mous?sector=critical-minerals&group_by=party' },
  { name: 'stats', path: '/stats' }
]
/** Paging variants: every request a URL the cache has not seen, so every answer is computed. */
const UNCACHED = [
  { name: 'list, computed', path: '/mous?limit={L}&offset={O}' },
  { name: 'list sorted by title, computed', path: '/mous?sort=title&limit={L}&offset={O}' },
  { name: 'parties by name, computed', path: '/parties?sort=name&limit={L}&offset={O}' }
]

const DATASETS = [{ name: 'seed, 35 agreements' }]

/** Like measure(), with a new path for each request (`{L}` and `{O}` filled from a counter). */
async function measureVarying (base: string, template: string, seconds: number, connections: number): Promise<Measurement> {
  let counter = 0
  const next = (): string => {
    const i = counter++
    return template.replace('{L}', String(1 + (i % 200))).replace('{O}', String(Math.floor(i / 200) % 1000))
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: base, connections, duration: seconds, sampleInt: 100, requests: [{ setupRequest: request => ({ ...request, path: next() }) }] },
      (error, result) => { if (error === null) resolve(result); else reject(error) })
  })
  return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, responses: result.requests.total }
}

export async function postgresqlSection (settings: PostgresqlSettings, log: (line: string) => void): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'accords-bench-pg-'))
  const database = await startLocalPostgres()
  unpinPostgres(database)
  const servers: Server[] = []
  const stopAll = async (): Promise<void> => { await Promise.all(servers.splice(0).map(stop)) }
  try {
    const admin = new pg.Client(database.url('postgres'))
    await admin.connect()
    await admin.query('CREATE DATABASE bench')
    await admin.end()
    const env = { ...settings.production }
    const start = async (url: string): Promise<Server> => {
      const server = await startNode(settings.serverArgs, { ...env, DATABASE_URL: url }, null)
      servers.push(server)
      await timeToFirst200(server, '/ready', 120_000)
      return server
    }
    const lines: string[] = []
    for (const dataset of DATASETS) {
      const sqlite = await start(`file:${join(work, 'accords.db')}`)
      const postgresql = await start(database.url('bench'))
      lines.push(`### SQLite and PostgreSQL side by side (${dataset.name})`, '',
        `${settings.connections} connections, ${settings.rounds} interleaved rounds of ${settings.seconds} s, medians; the servers share the machine's cores with the load generator and PostgreSQL.`, '',
        '| endpoint | SQLite req/s | PostgreSQL req/s | PG / SQLite | SQLite p99 ms | PostgreSQL p99 ms |', '|---|---:|---:|---:|---:|---:|')
      const targets = [
        ...CACHED.map(e => ({ ...e, run: (server: Server) => measure(server.url + e.path, settings.seconds, settings.connections) })),
        ...UNCACHED.map(e => ({ ...e, run: (server: Server) => measureVarying(server.url, e.path, settings.seconds, settings.connections) }))
      ]
      for (const target of targets) {
        const runs = { sqlite: [] as Measurement[], postgresql: [] as Measurement[] }
        for (let round = 0; round < settings.rounds; round++) {
          runs.sqlite.push(await target.run(sqlite))
          runs.postgresql.push(await target.run(postgresql))
        }
        const [a, b] = [runs.sqlite, runs.postgresql].map(ms => ({ rps: median(ms.map(m => m.rps)), p99: median(ms.map(m => m.p99)), bad: ms.reduce((n, m) => n + m.non2xx + m.errors, 0) }))
        if (a === undefined || b === undefined) continue
        log(`postgresql section: ${target.name}: SQLite ${Math.round(a.rps)} req/s, PostgreSQL ${Math.round(b.rps)} req/s`)
        lines.push(`| ${target.name} \`${target.path}\` | ${Math.round(a.rps)} | ${Math.round(b.rps)} | ${(b.rps / a.rps).toFixed(2)} | ${a.p99.toFixed(1)} | ${b.p99.toFixed(1)} |${a.bad + b.bad > 0 ? ` ${a.bad + b.bad} non-2xx or errors` : ''}`)
      }
      await stopAll()
    }
    lines.push('', ...await replicasSection(settings, database.url('bench'), start, work, log))
    return lines.join('\n')
  } finally {
    await stopAll()
    await database.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

async function replicasSection (settings: PostgresqlSettings, url: string, start: (url: string) => Promise<Server>, work: string, log: (line: string) => void): Promise<string[]> {
  if (caddyBinary() === undefined) return ['### One versus two replicas', '', 'Skipped: caddy is not installed.']
  const replicas = [await start(url), await start(url)]
  const upstream = (server: Server): string => server.url.replace('http://', '')
  const lines = ['### One versus two replicas behind the balancer (PostgreSQL)', '',
    'Caddy with deploy/Caddyfile on loopback; the same machine runs the replicas, PostgreSQL, Caddy and the load generator, so two replicas compete for the same cores.', '',
    '| endpoint | direct, 1 server | Caddy, 1 replica | Caddy, 2 replicas | 2 / 1 replicas |', '|---|---:|---:|---:|---:|']
  const one = await startBalancer(mkdtempSync(join(work, 'caddy-1-')), [upstream(replicas[0] as Server)])
  const two = await startBalancer(mkdtempSync(join(work, 'caddy-2-')), replicas.map(upstream))
  try {
    for (const target of [CACHED[0], UNCACHED[0]]) {
      if (target === undefined) continue
      const run = (base: string): Promise<Measurement> => target.path.includes('{L}')
        ? measureVarying(base, target.path, settings.seconds, settings.connections)
        : measure(base + target.path, settings.seconds, settings.connections)
      const runs: Measurement[][] = [[], [], []]
      for (let round = 0; round < settings.rounds; round++) {
        for (const [i, base] of [(replicas[0] as Server).url, one.url, two.url].entries()) runs[i]?.push(await run(base))
      }
      const [direct = 0, single = 0, double = 0] = runs.map(ms => median(ms.map(m => m.rps)))
      log(`postgresql section: ${target.name}: direct ${Math.round(direct)}, 1 replica ${Math.round(single)}, 2 replicas ${Math.round(double)} req/s`)
      lines.push(`| ${target.name} \`${target.path}\` | ${Math.round(direct)} | ${Math.round(single)} | ${Math.round(double)} | ${(double / single).toFixed(2)} |`)
    }
  } finally {
    await Promise.all([one.stop(), two.stop()])
  }
  return lines
}
