// `prisma generate` (prisma/generate.mjs) only when its inputs changed: the
// schema files and the installed Prisma version. A restart with nothing
// changed then spends a few milliseconds here instead of seconds regenerating
// an identical client. `npm run db:generate` always regenerates.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const stamp = join(root, 'src', 'generated', 'prisma', '.generated-from')

/** The inputs of generation: every schema.prisma under prisma/ (one level deep), and the CLI's version. */
function inputsHash () {
  const hash = createHash('sha256')
  const schemas = ['schema.prisma', ...readdirSync(join(import.meta.dirname), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(join(import.meta.dirname, entry.name, 'schema.prisma')))
    .map(entry => join(entry.name, 'schema.prisma'))].sort()
  for (const schema of schemas) hash.update(schema).update(readFileSync(join(import.meta.dirname, schema)))
  try {
    hash.update(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('prisma/package.json'), 'utf8')).version)
  } catch {
    // No Prisma CLI (a production install): generate.mjs says so.
  }
  return hash.digest('hex')
}

const hash = inputsHash()
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0)
const result = spawnSync(process.execPath, [join(import.meta.dirname, 'generate.mjs')], { stdio: 'inherit' })
if (result.status === 0 && existsSync(join(stamp, '..'))) writeFileSync(stamp, hash)
process.exit(result.status ?? 1)
