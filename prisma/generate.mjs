// Runs `prisma generate` for both clients, SQLite's (prisma/schema.prisma) and
// PostgreSQL's (prisma/postgresql/schema.prisma), also where Prisma's native
// schema engine cannot be downloaded. Generation itself needs only WebAssembly that ships inside the
// `prisma` package, but the CLI tries to download the engine first unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. With internet access the
// download succeeds during install and this changes nothing.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
let cli
try {
  cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js')
} catch {
  console.log('prisma generate: skipped, the prisma CLI is not installed (production install); use a built image or `npm install`.')
  process.exit(0)
}

const env = { ...process.env }
const enginesDir = dirname(require.resolve('@prisma/engines/package.json'))
const hasNativeEngine = existsSync(enginesDir) && readdirSync(enginesDir).some(f => f.startsWith('schema-engine'))
if (!hasNativeEngine && env.PRISMA_SCHEMA_ENGINE_BINARY === undefined) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = join(import.meta.dirname, 'schema.prisma')
}
for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema], { stdio: 'inherit', env, cwd: join(import.meta.dirname, '..') })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
