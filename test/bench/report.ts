// The benchmark's printed report, in Markdown so it pastes into the README as is.
import { execFileSync } from 'node:child_process'
import { arch, cpus, platform } from 'node:os'
import { median } from './measure.js'
import { projectRoot } from './process.js'

// The targets from the Dashboards issue, for this 2-core machine.
const MIN_RATIO = 0.7
const MAX_P99_MS = 10
const MAX_COLD_START_MS = 1500
const MAX_RSS_MB = 150
/** Beyond this, other processes' CPU time makes the figures unreliable. */
const MAX_OTHER_CORES = 0.1

export interface Endpoint {
  name: string
  path: string
  /** Filtered lists, details and aggregates have targets; the CSV export has none. */
  hasTarget: boolean
}

export interface Summary extends Endpoint {
  /** Status and body size of one request before the load. */
  status: number
  bytes: number
  /** Medians over the rounds. */
  rps: number
  p50: number
  p99: number
  /** Totals over the rounds. */
  non2xx: number
  errors: number
}

export interface Report {
  settings: { smoke: boolean, connections: number, rounds: number, seconds: number, warmupSeconds: number, logLevel: string, serverArgs: string[] }
  pinning: string
  /** Cores used on average by other processes during the run; null when unknown. */
  otherCores: number | null
  /** The hello-world first. */
  summaries: Summary[]
  firstRun: number[]
  restart: number[]
  rss: number | null
  firstRunRss: number | null
}

export function report ({ settings: s, pinning, otherCores, summaries, firstRun, restart, rss, firstRunRss }: Report): string {
  const hello = summaries[0] as Summary
  const rows = summaries.map(e => {
    const ratio = e.rps / hello.rps
    return `| ${e.name} | \`${e.path}\` | ${e.status}, ${size(e.bytes)} | ${Math.round(e.rps)} | ${ratio.toFixed(ratio < 0.1 ? 3 : 2)} | ` +
      `${ms(e.p50)} | ${ms(e.p99)} | ${e.non2xx} | ${e === hello ? 'baseline' : verdict(e, ratio)} |`
  })
  return [
    `### Benchmark figures${s.smoke ? ' (SMOKE RUN: not meaningful)' : ''}`,
    '',
    `- date: ${new Date().toISOString().slice(0, 16)}Z, commit ${commit()}`,
    `- machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${platform()} ${arch()}`,
    `- other processes used ${otherCores === null ? 'an unknown share (no /proc)' : `${otherCores.toFixed(2)} cores on average`} during the run` +
      ((otherCores ?? 0) > MAX_OTHER_CORES ? ' (**BUSY MACHINE**: they competed with the servers and the load generator; figures are unreliable)' : ''),
    `- method: autocannon, ${s.connections} connections, ${s.rounds} interleaved round(s) of ${s.seconds} s per target` +
      `${s.warmupSeconds > 0 ? ` after a ${s.warmupSeconds} s warm-up` : ', no warm-up'}; medians over the rounds; ` +
      '× hello = req/s ÷ the hello-world\'s req/s in this run',
    `- API server: \`node ${s.serverArgs.join(' ')}\`, LOG_LEVEL=${s.logLevel} (stdout to /dev/null), RATE_LIMIT_MAX=0, a fresh database; ` +
      'hello-world: bare Fastify, logger off, `{"hello":"world"}`',
    `- pinning: ${pinning}`,
    '',
    `| Endpoint | Path | Status, size | req/s | × hello | p50 ms | p99 ms | non-2xx | Target: ≥ ${MIN_RATIO}× hello, p99 ≤ ${MAX_P99_MS} ms |`,
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `- cold start, restart (existing database), spawn → first 200 on /health: ${coldStart(restart)}`,
    `- cold start, first run (create + migrate + seed): ${coldStart(firstRun)}`,
    `- peak RSS (VmHWM) of the API server after the load: ${rss === null ? 'n/a (no /proc)' : `${rss.toFixed(0)} MB, target ≤ ${MAX_RSS_MB} MB: ${against(rss, MAX_RSS_MB)}`}` +
      (firstRunRss === null ? '' : `; a first-run process peaks at ${firstRunRss.toFixed(0)} MB while seeding`)
  ].join('\n')
}

function verdict (e: Summary, ratio: number): string {
  if (e.status !== 200 || e.non2xx > 0 || e.errors > 0) {
    return `**NOT MEASURED**: answers ${e.status}${e.errors > 0 ? `, ${e.errors} socket errors` : ''}`
  }
  if (!e.hasTarget) return 'no target'
  const misses = [
    ...ratio < MIN_RATIO ? [`req/s by ${percent(1 - ratio / MIN_RATIO)}`] : [],
    ...e.p99 > MAX_P99_MS ? [`p99 by ${percent(e.p99 / MAX_P99_MS - 1)}`] : []
  ]
  return misses.length === 0 ? 'MET' : `MISSED: ${misses.join(', ')}`
}

function coldStart (samples: number[]): string {
  const m = median(samples)
  return `median ${Math.round(m)} ms of ${samples.length} (${samples.map(Math.round).join(', ')}), ` +
    `target ≤ ${MAX_COLD_START_MS} ms: ${against(m, MAX_COLD_START_MS)}`
}

/** MET, or by how much a value exceeds its ceiling. */
function against (value: number, max: number): string {
  return value <= max ? 'MET' : `MISSED by ${percent(value / max - 1)}`
}

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`
const ms = (value: number): string => Number.isNaN(value) ? '—' : value.toFixed(value < 10 ? 2 : 1)
const size = (bytes: number): string => bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`

function commit (): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim()
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ' (with local changes)')
  } catch {
    return 'unknown'
  }
}
