// `npm start`, as people and process managers run it: a signal sent to npm
// reaches the server, which stops gracefully; a restart with nothing changed
// rebuilds nothing; a port already in use is one line naming PORT.
import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { projectRoot } from '../src/paths.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { templatePath } from './fixtures/template.js'
import { tempDir } from './helper.js'

/** Runs `npm start` in the project, in a process group of its own (so a failed test can clean up all of it). */
function npmStart (t: Test, env: Record<string, string>): { npm: ChildProcess, output: () => string, exited: Promise<number | null> } {
  const npm = spawn('npm', ['start'], {
    cwd: projectRoot,
    detached: true,
    // Only what npm needs: the test runner's own NODE_OPTIONS must not reach the server.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tempDir(t), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  npm.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  npm.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = once(npm, 'exit').then(([code]) => code as number | null)
  t.teardown(() => { try { process.kill(-(npm.pid ?? 0), 'SIGKILL') } catch {} })
  return { npm, output: () => output, exited }
}

/**
 * Whether any process of the group `pid` leads is still running. A zombie is
 * not: it has exited, and waits only for its parent to read its status. A
 * build step's child that outlives its parent by a moment (esbuild's service,
 * say) is re-parented to init, and stays one for as long as init leaves it
 * unread (this sandbox's never reads it); `kill(-pid, 0)` counts it.
 */
function groupAlive (pid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pid, 0)
      return true
    } catch {
      return false
    }
  }
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).some(name => {
    try {
      // pid (comm) state ppid pgrp …: the command may hold spaces and parentheses, so read after its last ')'.
      const [state, , pgrp] = readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
      return Number(pgrp) === pid && state !== 'Z'
    } catch {
      return false // exited while we read
    }
  })
}

t.test('SIGTERM to npm stops the server gracefully, and a restart with nothing changed rebuilds nothing', { timeout: 300_000 }, async t => {
  const database = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, database)
  const port = await freePort()
  const env = { PORT: String(port), DATABASE_URL: `file:${database}` }
  const built = ['server.js', 'server.bundle.js'].map(file => join(projectRoot, 'dist', file))
  const modified = (): number[] => built.map(file => statSync(file).mtimeMs)
  for (const run of ['first start (builds what changed)', 'restart, nothing changed']) {
    const before = run.startsWith('restart') ? modified() : undefined
    const started = Date.now()
    const { npm, output, exited } = npmStart(t, env)
    await waitFor200(`http://127.0.0.1:${port}/ready`, 240_000)
    t.comment(`${run}: /ready after ${Date.now() - started} ms`)
    if (before !== undefined) t.same(modified(), before, 'neither tsc\'s output nor the bundle is rebuilt when nothing changed')
    npm.kill('SIGTERM')
    t.equal(await exited, 0, `${run}: npm exits 0`)
    t.match(output(), /"msg":"shutting down"[\s\S]*"msg":"closed"/, `${run}: the server got the signal and closed`)
    t.notOk(groupAlive(npm.pid ?? 0), `${run}: no process is left`)
    await t.rejects(fetch(`http://127.0.0.1:${port}/health`), `${run}: nothing listens on PORT any more`)
  }
})

t.test('a port already in use is one line naming PORT, and exit 1', async t => {
  const port = await freePort()
  const database = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, database)
  const first = startServer({ PORT: String(port), DATABASE_URL: `file:${database}` })
  t.teardown(() => { first.child.kill('SIGKILL') })
  await waitFor200(`http://127.0.0.1:${port}/health`)
  const second = startServer({ PORT: String(port), DATABASE_URL: `file:${database}` })
  t.equal(await second.exited, 1)
  t.equal(second.output().trim(), `PORT=${port}: 127.0.0.1:${port} is already in use; stop what listens there, or set PORT to a free port.`)
  first.child.kill('SIGTERM')
  t.equal(await first.exited, 0)
})
