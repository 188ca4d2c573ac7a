// npm run check:image — replays the Dockerfile without Docker (no engine runs
// here): the build stage's commands in a copy of the build context, the
// runtime stage's files in a fresh folder, then the image's CMD run as an
// unprivileged user with the image's environment, its HEALTHCHECK polled
// until healthy, a request served, SIGTERM answered with exit 0, and a restart
// that reuses the database. It reads the Dockerfile, so it checks the recipe
// as written. Needs network access to the npm registry; takes a few minutes.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const root = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'accords-image-'))
chmodSync(work, 0o755)
const context = join(work, 'context')
const keep = process.argv.includes('--keep')

function step (message) { console.log(`\n== ${message}`) }

/** Dockerfile instructions by stage: line continuations joined, comments dropped. */
function parseDockerfile (text) {
  const stages = []
  for (const line of text.replace(/\\\n\s*/g, ' ').split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#'))) {
    const [, instruction = '', args = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? []
    if (instruction.toUpperCase() === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? []
      stages.push({ image, name: name ?? 'runtime', dir: join(work, name ?? 'runtime'), steps: [] })
    } else stages.at(-1).steps.push({ instruction: instruction.toUpperCase(), args })
  }
  return stages
}

/** .dockerignore patterns, as anchored globs. */
function ignoredBy (patterns) {
  const regexes = patterns.map(p => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(.*/)?').replace(/\*/g, '[^/]*')}(/.*)?$`))
  return path => regexes.some(r => r.test(path))
}

function copyInto (from, to) {
  mkdirSync(dirname(to), { recursive: true })
  cpSync(from, to, { recursive: true })
}

async function freePort () {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  return port
}

const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8')
const stages = parseDockerfile(dockerfile)
const runtime = stages.at(-1).dir

step('build context: files git knows of, less .dockerignore')
const ignore = ignoredBy(readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('#')))
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n').filter(f => f !== '' && existsSync(join(root, f)) && !ignore(f))
for (const file of files) copyInto(join(root, file), join(context, file))
console.log(`${files.length} files`)

function runSteps (stage, env) {
  const dir = stage.dir
  mkdirSync(dir, { recursive: true })
  for (const { instruction, args } of stage.steps) {
    if (instruction === 'WORKDIR' || instruction === 'EXPOSE' || instruction === 'VOLUME' || instruction === 'STOPSIGNAL' ||
      instruction === 'USER' || instruction === 'HEALTHCHECK' || instruction === 'CMD') continue
    if (instruction === 'ENV') {
      for (const [, name, value] of args.matchAll(/(\w+)=(\S+)/g)) env[name] = value
    } else if (instruction === 'COPY') {
      const parts = args.split(/\s+/)
      const fromStage = parts.find(p => p.startsWith('--from='))
      const paths = parts.filter(p => !p.startsWith('--'))
      const dest = paths.pop()
      for (const source of paths) {
        const from = fromStage === undefined
          ? join(context, source)
          : join(stages.find(s => s.name === fromStage.slice('--from='.length)).dir, relative('/app', source))
        const to = dest.endsWith('/') ? join(dir, dest, source.split('/').at(-1)) : join(dir, relative('/app', join('/app', dest)))
        copyInto(from, to)
      }
      console.log(`COPY ${args}`)
    } else if (instruction === 'RUN') {
      if (/^apt-get /.test(args)) { console.log(`skipped (system packages; present on this machine): RUN ${args.slice(0, 60)}…`); continue }
      const command = args.replaceAll('/app', dir).replaceAll('node:node', `${runAs.uid}:${runAs.gid}`)
      console.log(`RUN ${command}`)
      const result = spawnSync('sh', ['-c', command], { cwd: dir, stdio: 'inherit', env: { ...process.env, ...env } })
      if (result.status !== 0) throw new Error(`RUN failed: ${args}`)
    } else throw new Error(`check-image does not know ${instruction}`)
  }
}

// The image runs as `node` (uid 1000); here, as nobody when we are root.
const runAs = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : { uid: process.getuid(), gid: process.getgid() }

let env = {}
for (const stage of stages) {
  step(`stage ${stage.name} (${stage.image})`)
  env = {}
  runSteps(stage, env)
}
for (const dir of [work, runtime]) chmodSync(dir, 0o755)
const unexpected = ['src', 'test', 'tsconfig.json', 'node_modules/typescript', 'node_modules/tap', 'node_modules/prisma', 'node_modules/pino-pretty']
  .filter(p => existsSync(join(runtime, p)))
if (unexpected.length > 0) throw new Error(`the runtime has build-only files: ${unexpected.join(', ')}`)
const size = execFileSync('du', ['-sh', join(runtime, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]
console.log(`production dependencies only (node_modules ${size}): no typescript, tap, prisma CLI or pino-pretty; no sources or tests`)

const cmd = JSON.parse(/^CMD\s+(\[.*\])$/m.exec(dockerfile)[1])
const healthcheck = JSON.parse(/^HEALTHCHECK .*CMD\s+(\[.*\])$/m.exec(dockerfile)[1])
const port = await freePort()
const runEnv = {
  PATH: process.env.PATH,
  ...env,
  PORT: String(port),
  DATABASE_URL: env.DATABASE_URL.replace('file:/app', `file:${runtime}`)
}
const asUser = { uid: runAs.uid, gid: runAs.gid, cwd: runtime, env: runEnv }

async function start () {
  const child = spawn(cmd[0] === 'node' ? process.execPath : cmd[0], cmd.slice(1), { ...asUser, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', d => { output += d })
  child.stderr.on('data', d => { output += d })
  const exited = once(child, 'exit').then(([code]) => code)
  const started = Date.now()
  for (;;) {
    const check = spawnSync(healthcheck[0] === 'node' ? process.execPath : healthcheck[0], healthcheck.slice(1), { ...asUser, encoding: 'utf8' })
    if (check.status === 0) { console.log(`HEALTHCHECK healthy after ${Date.now() - started} ms: ${check.stdout.trim()}`); break }
    if (child.exitCode !== null || Date.now() - started > 60_000) throw new Error(`never healthy:\n${output}\n${check.stdout}`)
    await sleep(250)
  }
  return { child, exited, output: () => output }
}

step(`CMD ${cmd.join(' ')} as uid ${runAs.uid}, with the image's environment (PORT=${port})`)
let server = await start()
const res = await fetch(`http://127.0.0.1:${port}/mous?limit=1`)
console.log(`GET /mous?limit=1: ${res.status}, ${(await res.json()).meta.total} agreements`)
if (res.status !== 200) throw new Error('/mous failed')
server.child.kill('SIGTERM')
const code = await server.exited
console.log(`SIGTERM: exit ${code}`)
if (code !== 0) throw new Error(`exit ${code}:\n${server.output()}`)
if (!/"seeded":true/.test(server.output())) throw new Error('the first start did not seed')

step('restart on the same volume')
server = await start()
if (!/"seeded":false/.test(server.output()) || !/"migrated":\[\]/.test(server.output())) throw new Error(`a restart seeded or migrated again:\n${server.output()}`)
console.log('the database was reused: nothing migrated, nothing seeded')
server.child.kill('SIGTERM')
if (await server.exited !== 0) throw new Error('second SIGTERM exit')

step('image recipe OK')
if (keep) console.log(`kept ${work}`)
else rmSync(work, { recursive: true, force: true })
