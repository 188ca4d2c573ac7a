// The folder tree is the architecture: imports run one way (routes → data →
// db, setup → db), and what serves requests never loads the set-up tooling.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'

const src = join(projectRoot, 'src')
const files = readdirSync(src, { recursive: true }).map(String)
  .filter(file => file.endsWith('.ts') && !file.startsWith('generated'))

/** A folder of src/ (`routes/`), or a file at its top (`app.ts`). */
const unitOf = (file: string): string => file.includes('/') ? `${file.split('/')[0] ?? ''}/` : file

/** unit → the units it imports (static imports and `import()` alike). */
const imports = new Map<string, Set<string>>()
for (const file of files) {
  const text = readFileSync(join(src, file), 'utf8')
  for (const [, specifier = ''] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)) {
    const target = relative(src, resolve(src, dirname(file), specifier)).replace(/\.js$/, '.ts')
    const [from, to] = [unitOf(file), unitOf(target)]
    if (from === to || to === 'generated/') continue
    if (!imports.has(from)) imports.set(from, new Set())
    imports.get(from)?.add(to)
  }
}

t.test('no folder imports one that imports it back', async t => {
  const twoWay = [...imports].flatMap(([from, targets]) =>
    [...targets].filter(to => from < to && imports.get(to)?.has(from)).map(to => `${from} ↔ ${to}`))
  t.ok(imports.size > 5, `${imports.size} folders and top-level files import others`)
  t.same(twoWay, [])
})

t.test('what serves requests never imports the set-up tooling or the command-line entries', async t => {
  for (const unit of ['app.ts', 'plugins/', 'routes/', 'data/', 'http/', 'schemas/', 'db/']) {
    const targets = [...imports.get(unit) ?? []]
    t.same(targets.filter(to => to === 'setup/' || to === 'cli/'), [], `${unit} imports ${targets.join(', ')}`)
  }
})
