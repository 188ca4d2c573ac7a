// What the benchmark needs from the operating system: CPU pinning with
// taskset, server processes and their logs, time from spawn to first 200,
// CPU time and resident memory.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort } from '../fixtures/server-process.js'

export const projectRoot = resolve(import.meta.dirname, '..', '..')

export interface Pinning {
  /** The core servers are started on, or null when nothing is pinned. */
  serverCore: number | null
  description: string
}

/**
 * The cores this process could use before pinCores pinned it (a taskset list,
 * "0-1"), or null when it pinned nothing. A child inherits its parent's
 * pinning, so without this every process the benchmark starts unpinned would
 * run on the load generator's core alone.
 */
let everyCore: string | null = null

/**
 * Pins this process, and so autocannon which runs inside it, to one core and
 * keeps another for the servers, so that the load generator never competes
 * with the server it measures. Without taskset or a second core it pins
 * nothing and says so.
 */
export function pinCores (): Pinning {
  const unpinned = (why: string): Pinning => ({ serverCore: null, description: `NOT PINNED: ${why}; servers and load generator share the CPUs` })
  try {
    const out = execFileSync('taskset', ['-c', '-p', String(process.pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const cores = out.slice(out.lastIndexOf(':') + 1).trim()
    const [server, driver] = parseCpuList(cores)
    if (server === undefined || driver === undefined) return unpinned('this process may run on one core only')
    execFileSync('taskset', ['-a', '-c', '-p', String(driver), String(process.pid)], { stdio: 'ignore' })
    everyCore = cores
    return { serverCore: server, description: `servers on core ${server}, load generator on core ${driver} (taskset)` }
  } catch {
    return unpinned('taskset is not available or failed')
  }
}

/**
 * Lets a running process and the children it has (a PostgreSQL server started
 * by a library while this process was pinned) run on every core; children it
 * starts later inherit that. Does nothing when nothing was pinned.
 */
export function unpin (pid: number): void {
  if (everyCore === null) return
  for (const each of [pid, ...childrenOf(pid)]) execFileSync('taskset', ['-a', '-c', '-p', everyCore, String(each)], { stdio: 'ignore' })
}

/**
 * A local PostgreSQL server (src/setup/local-postgres.ts, started in `dir`)
 * on every core. It is a server of its own, as the database is on a machine
 * that runs both: pinned to either core, it would have one core where a real
 * one has two, and on the load generator's core (which it inherits) it would
 * share that core with the load generator.
 */
export function unpinPostgres ({ dir }: { dir: string }): void {
  unpin(Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]))
}

function childrenOf (pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** "0-2,5" → [0, 1, 2, 5] */
function parseCpuList (list: string): number[] {
  return list.trim().split(',').flatMap(part => {
    const [from, to = from] = part.split('-').map(Number) as [number, number?]
    return Array.from({ length: to - from + 1 }, (_, i) => from + i)
  })
}

export interface Server {
  child: ChildProcess
  url: string
  /** performance.now() just before the spawn. */
  spawnedAt: number
  stderr: () => string
  /** The file its stdout (the access log) goes to, or null when discarded. */
  logFile: string | null
}

/**
 * Starts `node <args>` on its own port, on `core`, or on every core when
 * `core` is null. Its stdout, the access log, goes to `logFile` (a real file,
 * as in production: writing it is part of what is measured), or nowhere.
 */
export async function startNode (args: string[], env: Record<string, string>, core: number | null, logFile: string | null = null): Promise<Server> {
  const port = await freePort()
  const argv = [process.execPath, ...args]
  const cores = core === null ? everyCore : String(core)
  const [command, ...rest] = cores === null ? argv : ['taskset', '-c', cores, ...argv]
  const stdout = logFile === null ? 'ignore' : openSync(logFile, 'w')
  const spawnedAt = performance.now()
  const child = spawn(command as string, rest, {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', stdout, 'pipe']
  })
  if (typeof stdout === 'number') closeSync(stdout) // the child has its own copy
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  return { child, url: `http://127.0.0.1:${port}`, spawnedAt, stderr: () => stderr, logFile }
}

/** Throws, with what the process wrote to stderr, when it has exited. */
export function assertAlive ({ child, stderr }: Server): void {
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(`${child.spawnargs.join(' ')} exited (${child.exitCode ?? child.signalCode}):\n${stderr()}`)
  }
}

/** From the spawn to the first 200 on `path` (polled every 5 ms): wall milliseconds, and the server's CPU milliseconds until then. */
export async function timeToFirst200 (server: Server, path: string, timeoutMs = 120_000): Promise<{ ms: number, cpuMs: number | null }> {
  for (;;) {
    assertAlive(server)
    if ((await request(server.url + path)).status === 200) {
      return { ms: performance.now() - server.spawnedAt, cpuMs: processCpuMs(server.child.pid) }
    }
    if (performance.now() - server.spawnedAt > timeoutMs) throw new Error(`${server.url}${path} did not answer 200 within ${timeoutMs} ms`)
    await sleep(5)
  }
}

/** One GET on a fresh connection: its status (0 when refused) and body size. */
export async function request (url: string): Promise<{ status: number, bytes: number }> {
  return await new Promise(resolve => {
    get(url, { agent: false }, res => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => { bytes += chunk.length })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
    }).on('error', () => resolve({ status: 0, bytes: 0 }))
  })
}

/** SIGTERM, as an orchestrator stops it; its exit code (null when it had to be killed). */
export async function stop (server: Server): Promise<number | null> {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  const [code] = await exited as [number | null]
  clearTimeout(timer)
  return code
}

/** Resident set size now (VmRSS) in MB of 10^6 bytes, or null without /proc. */
export function rssMb (pid: number | undefined): number | null {
  return statusMb(pid, 'VmRSS')
}

/** Peak resident set size (VmHWM) in MB of 10^6 bytes, or null without /proc. */
export function peakRssMb (pid: number | undefined): number | null {
  return statusMb(pid, 'VmHWM')
}

/** A memory field of /proc/<pid>/status (VmRSS, RssFile, RssAnon…) in MB of 10^6 bytes, or null without /proc. */
export function statusMb (pid: number | undefined, field: string): number | null {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb === undefined ? null : Number(kb) * 1024 / 1e6
  } catch {
    return null
  }
}

/** CPU time of a process, all its threads, in ms (10 ms resolution); null without /proc. */
export function processCpuMs (pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const [utime = 0, stime = 0] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
    return (utime + stime) * 10
  } catch {
    return null
  }
}

/** CPU time of a running process's threads in µs, to the nanosecond (schedstat); null without /proc. */
export function threadsCpuUs (pid: number | undefined): number | null {
  try {
    let ns = 0
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try { ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) } catch {} // a thread that just ended
    }
    return ns / 1000
  } catch {
    return null
  }
}

/** The 1, 5 and 15 minute load averages, or null without /proc. */
export function loadAverage (): string | null {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return null
  }
}

/**
 * CPU time in clock ticks used by the whole machine, and by this process with
 * its children once they have exited (the servers); null without /proc. The
 * machine's interrupt time is left out: it is mostly the loopback traffic of
 * this run, which no process is charged with.
 */
export function cpuTicks (): { machine: number, own: number } | null {
  try {
    const machine = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number)
    const [user = 0, nice = 0, system = 0, , , , , steal = 0] = machine
    const self = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name, from the state (field 3) on: utime, stime, cutime, cstime are fields 14 to 17.
    const [utime = 0, stime = 0, cutime = 0, cstime = 0] = self.slice(self.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number)
    return { machine: user + nice + system + steal, own: utime + stime + cutime + cstime }
  } catch {
    return null
  }
}

/**
 * A bare node:http server (replay.ts) sending what the API answers to `path`
 * (its bytes and headers, asked as autocannon asks: no compression), on `core`.
 */
export async function startReplay (api: Server, path: string, file: string, core: number | null): Promise<Server> {
  const sample = await fetch(api.url + path, { headers: { 'accept-encoding': 'identity' } })
  const perConnection = ['date', 'connection', 'keep-alive', 'transfer-encoding']
  writeFileSync(file, JSON.stringify({
    headers: [...sample.headers].filter(([name]) => !perConnection.includes(name)).flat(),
    body: Buffer.from(await sample.arrayBuffer()).toString('base64')
  }))
  const replay = await startNode(['--import', 'tsx', 'test/bench/replay.ts'], { REPLAY_FILE: file }, core)
  try {
    await timeToFirst200(replay, '/')
  } catch (error) {
    await stop(replay)
    throw error
  }
  return replay
}
