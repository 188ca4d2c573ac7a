// The benchmark's printed report, in Markdown so it pastes into the README as is.
import { execFileSync } from 'node:child_process'
import { arch, cpus, platform } from 'node:os'
import { median } from './measure.js'
import { projectRoot } from './process.js'

// The targets of issue 13 (production settings), for this 2-core machine.
const MIN_RATIO = 0.6
const MAX_P99_MS = 5
const MAX_FIRST_ANSWER_MS = 600
const MAX_PEAK_RSS_MB = 150
const MAX_IDLE_RSS_MB = 100
/** Beyond this, other processes' CPU time makes the figures unreliable. */
const MAX_OTHER_CORES = 0.1

export interface Endpoint {
  name: string
  path: string
  /** Filtered lists, details and aggregates have targets; the CSV export has none. */
  hasTarget: boolean
}

export interface Summary extends Endpoint {
  /** The variant's name, for a server with one feature switched. */
  variant?: string
  /** Status and body size of one request before the load. */
  status: number
  bytes: number
  /** Medians over the rounds. */
  rps: number
  p50: number
  p99: number
  /** The server's CPU time per answer, all threads, in µs: the smallest over the rounds (others' load only adds). */
  cpuUs: number
  /** Totals over the rounds. */
  non2xx: number
  errors: number
}

export interface LogCheck {
  name: string
  exitCode: number | null
  /** Access-log lines in its file; null when it logs none (LOG_LEVEL=warn). */
  lines: number | null
  /** Answers counted by the load generator. */
  answered: number
  /** Requests the load generator may have left unanswered-for when it stopped (answered and logged all the same). */
  inFlight: number
}

interface Start { ms: number, cpuMs: number | null }

export interface Report {
  settings: {
    smoke: boolean,
    connections: number,
    rounds: number,
    seconds: number,
    warmupSeconds: number,
    idleMs: number,
    profileSeconds: number,
    serverArgs: string[],
    production: Record<string, string>
  }
  pinning: string
  /** Cores used on average by other processes during the run; null when unknown. */
  otherCores: number | null
  load: Array<string | null>
  /** The hello-world first, then the endpoints, then the variants. */
  summaries: Summary[]
  variants: Array<{ name: string, feature: string }>
  firstRun: Start[]
  restart: Start[]
  ready: Start[]
  idleRss: number[]
  idleRssAfterStart: number | null
  memory: MemoryAtIdle | null
  peakRss: number | null
  firstRunRss: number | null
  logChecks: LogCheck[]
  /** CPU ms by part of a profiled production-default server answering the filtered list from its cache. */
  profile: Map<string, number> | null
}

export function report (r: Report): string {
  const { settings: s, summaries } = r
  const hello = summaries[0] as Summary
  const rows = summaries.filter(e => e.variant === undefined).map(e => row(e, hello))
  const defaults = summaries.find(e => e.variant === undefined && e.hasTarget) as Summary
  return [
    `### Benchmark figures${s.smoke ? ' (SMOKE RUN: not meaningful)' : ''}`,
    '',
    `- date: ${new Date().toISOString().slice(0, 16)}Z, commit ${commit()}`,
    `- machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${platform()} ${arch()}; ` +
      `load average ${r.load[0] ?? 'n/a'} at the start, ${r.load[1] ?? 'n/a'} at the end`,
    `- other processes used ${r.otherCores === null ? 'an unknown share (no /proc)' : `${r.otherCores.toFixed(2)} cores on average`} during the run` +
      ((r.otherCores ?? 0) > MAX_OTHER_CORES ? ' (**BUSY MACHINE**: they competed with the servers and the load generator; req/s and p99 are unreliable, CPU per answer and profile shares less so)' : ''),
    `- method: autocannon, ${s.connections} connections, ${s.rounds} interleaved round(s) of ${s.seconds} s per target` +
      `${s.warmupSeconds > 0 ? ` after a ${s.warmupSeconds} s warm-up` : ', no warm-up'}; req/s, p50 and p99 are medians over the rounds; ` +
      '× hello = req/s ÷ the hello-world\'s req/s in this run; CPU per answer = the server\'s CPU time (all threads) ÷ answers, the smallest over the rounds, and × hello by CPU = the hello-world\'s ÷ this',
    `- API server: \`node ${s.serverArgs.join(' ')}\` (the flags of \`npm start\`) with production defaults: access log at info written to a file, ` +
      `rate limiting on with a budget the load stays under (${Object.entries(s.production).map(([k, v]) => `${k}=${v}`).join(', ')}), ` +
      'the response cache\'s freshness checked at most once a second; one database, created and seeded by the first run. ' +
      'Hello-world: bare Fastify, logger off, `{"hello":"world"}`',
    `- pinning: ${r.pinning}`,
    '',
    `| Endpoint | Path | Status, size | req/s | × hello | p50 ms | p99 ms | CPU µs per answer | × hello by CPU | non-2xx | Target: ≥ ${MIN_RATIO}× hello, p99 ≤ ${MAX_P99_MS} ms |`,
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `- first answered API request after spawn, existing database (\`${defaults.path}\`, polled every 5 ms): ${starts(r.restart)}, ` +
      `target ≤ ${MAX_FIRST_ANSWER_MS} ms: ${against(median(r.restart.map(x => x.ms)), MAX_FIRST_ANSWER_MS)}`,
    `- first 200 on /ready after spawn, existing database (separate starts): ${starts(r.ready)}`,
    `- first run (create, migrate and seed a database), first answered API request: ${starts(r.firstRun)}; no target` +
      (r.firstRunRss === null ? '' : `; that process peaks at ${r.firstRunRss.toFixed(0)} MB`),
    `- idle RSS, ${s.idleMs / 1000} s after the first API answer: ${mb(median(r.idleRss))} (median of ${r.idleRss.length}: ${r.idleRss.map(v => v.toFixed(0)).join(', ')}), ` +
      `target ≤ ${MAX_IDLE_RSS_MB} MB: ${against(median(r.idleRss), MAX_IDLE_RSS_MB)}` +
      (r.idleRssAfterStart === null ? '' : `; the load server, after one request per endpoint and the warm-ups: ${mb(r.idleRssAfterStart)}`),
    `- peak RSS (VmHWM) of the production-default server after the load: ${r.peakRss === null ? 'n/a (no /proc)' : `${mb(r.peakRss)}, target ≤ ${MAX_PEAK_RSS_MB} MB: ${against(r.peakRss, MAX_PEAK_RSS_MB)}`}`,
    ...r.logChecks.map(logCheck),
    '',
    ...featureCosts(r, defaults),
    '',
    ...memoryParts(r.memory, r.settings.idleMs)
  ].join('\n')
}

function row (e: Summary, hello: Summary): string {
  const ratio = e.rps / hello.rps
  return `| ${e.name} | \`${e.path}\` | ${e.status}, ${size(e.bytes)} | ${Math.round(e.rps)} | ${ratio.toFixed(ratio < 0.1 ? 3 : 2)} | ` +
    `${ms(e.p50)} | ${ms(e.p99)} | ${e.cpuUs.toFixed(1)} | ${(hello.cpuUs / e.cpuUs).toFixed(2)} | ${e.non2xx} | ${e === hello ? 'baseline' : verdict(e, ratio)} |`
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

function logCheck (c: LogCheck): string {
  const exit = c.exitCode === 0 ? 'exited 0 on SIGTERM' : `**exited ${c.exitCode ?? 'by SIGKILL'} on SIGTERM**`
  if (c.lines === null) return `- access log, ${c.name}: not written (LOG_LEVEL=warn); ${exit}`
  const verdict = c.lines < c.answered
    ? `**${c.answered - c.lines} LINES LOST**`
    : c.lines <= c.answered + c.inFlight
      ? `none lost${c.lines > c.answered ? ` (${c.lines - c.answered} more: requests the load generator stopped waiting for)` : ''}`
      : `**${c.lines - c.answered} MORE LINES THAN ANSWERS**`
  return `- access log, ${c.name}: ${c.lines} lines in its file for ${c.answered} answers counted; ${verdict}; ${exit}`
}

/** Where the CPU time of a kept answer goes: the profile's shares, and the switchable features on and off. */
function featureCosts (r: Report, defaults: Summary): string[] {
  const lines = [
    `#### Where a kept answer's CPU time goes (filtered list, production defaults: ${defaults.cpuUs.toFixed(1)} µs per answer)`,
    ''
  ]
  const total = r.profile === null ? 0 : [...r.profile.values()].reduce((a, b) => a + b, 0)
  if (r.profile === null || total === 0) lines.push('- no CPU profile was written')
  else {
    lines.push(
      `From a CPU profile of another production-default server answering the filtered list for ${r.settings.profileSeconds} s ` +
        `(${total.toFixed(0)} ms of CPU sampled every 100 µs; each sample is charged to the first feature on its stack; µs = share × the CPU per answer above):`,
      '',
      '| Part | Share | ≈ µs per answer |',
      '| --- | ---: | ---: |',
      ...[...r.profile].sort((a, b) => b[1] - a[1]).map(([part, ms]) =>
        `| ${part} | ${percentOne(ms / total)} | ${(ms / total * defaults.cpuUs).toFixed(1)} |`)
    )
  }
  lines.push(
    '',
    'Each feature with a setting, switched on a server of its own, in the same rounds (difference in CPU per answer from the production defaults):',
    '',
    '| Feature | Server | CPU µs per answer | Δ µs (what the feature costs) | req/s × hello |',
    '| --- | --- | ---: | ---: | ---: |'
  )
  const hello = r.summaries[0] as Summary
  for (const v of r.variants) {
    const e = r.summaries.find(s => s.variant === v.name)
    if (e === undefined) continue
    const delta = v.name.startsWith('freshness') ? e.cpuUs - defaults.cpuUs : defaults.cpuUs - e.cpuUs
    lines.push(`| ${v.feature} | ${v.name} | ${e.cpuUs.toFixed(1)} | ${delta >= 0 ? '+' : ''}${delta.toFixed(1)} | ${(e.rps / hello.rps).toFixed(2)} |`)
  }
  return lines
}

/** An idle server's memory: the kernel's RSS (MB) and V8's account (bytes). */
export interface MemoryAtIdle {
  rss: number
  file: number
  anonymous: number
  heapTotal: number
  external: number
  spaces: Array<{ name: string, size: number }>
}

/** Where an idle server's resident memory goes. */
function memoryParts (m: MemoryAtIdle | null, idleMs: number): string[] {
  if (m === null) return ['- where the idle memory goes: not measured (no /proc, or the probe did not answer)']
  const of = (bytes: number): number => bytes / 1e6
  const spaces = m.spaces.filter(space => space.size > 0).sort((a, b) => b.size - a.size)
    .map(space => `${space.name.replace(/_space$/, '').replaceAll('_', ' ')} ${of(space.size).toFixed(1)}`).join(', ')
  const rest = m.anonymous - of(m.heapTotal) - of(m.external)
  return [
    `#### Where an idle server's memory goes (${mb(m.rss)} RSS, ${idleMs / 1000} s after its first API answer)`,
    '',
    'From the kernel (/proc/<pid>/status) and, for the anonymous part, V8 (process.memoryUsage and the heap\'s spaces, written by test/bench/memory-probe.cjs in a server started for it); a heap space is counted at its committed size, so the parts are approximate:',
    '',
    '| Part | MB |',
    '| --- | ---: |',
    `| file-backed (RssFile): the node binary and shared libraries, mapped from disk and shared with every other Node process | ${m.file.toFixed(1)} |`,
    `| V8 heap (heapTotal): ${spaces} | ${of(m.heapTotal).toFixed(1)} |`,
    `| outside the heap, known to V8 (external): Buffers, Prisma's WebAssembly memory | ${of(m.external).toFixed(1)} |`,
    `| other anonymous memory (RssAnon − heap − external): malloc (SQLite's page cache, compiler zones), thread stacks, WebAssembly code | ${rest.toFixed(1)} |`
  ]
}

function starts (samples: Start[]): string {
  const cpu = samples.map(x => x.cpuMs).filter((x): x is number => x !== null)
  return `median ${Math.round(median(samples.map(x => x.ms)))} ms of ${samples.length} (${samples.map(x => Math.round(x.ms)).join(', ')})` +
    (cpu.length === 0 ? '' : `, server CPU until then ${Math.round(median(cpu))} ms`)
}

/** MET, or by how much a value exceeds its ceiling. */
function against (value: number, max: number): string {
  return value <= max ? 'MET' : `MISSED by ${percent(value / max - 1)}`
}

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`
const percentOne = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`
const mb = (value: number): string => `${value.toFixed(0)} MB`
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
