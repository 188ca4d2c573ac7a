// npm run bundle: the server as one ES module, dist/server.bundle.js, which
// `npm start` and the image run. Loading the ~600 files of the app and its
// dependencies one by one was a third of the server's start-up CPU; one file
// halves the time to the first answer (see README, "Performance"). What
// stays outside is loaded from node_modules as usual: the native SQLite
// binding; pino (its transports start worker threads from their own files);
// Prisma's WebAssembly query compiler (2 MB of base64, loaded on first use);
// the schema engine (first run only); and @fastify/swagger and swagger-ui,
// which serve their own files and load only when /docs is first asked for.
// The other dist/ files (tsc's output) remain for the command-line entries.
//
// `npm start` runs this before every start, so it bundles only when a file that
// went into the last bundle is newer than it (esbuild's metafile lists them,
// node_modules included): a restart with nothing changed rebuilds nothing.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

const outfile = 'dist/server.bundle.js'
const inputsFile = 'dist/server.bundle.inputs.json'

function upToDate () {
  if (!existsSync(outfile) || !existsSync(inputsFile)) return false
  const built = statSync(outfile).mtimeMs
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
  return inputs.every(input => existsSync(input) && statSync(input).mtimeMs <= built)
}

if (upToDate()) process.exit(0)

const { metafile } = await build({
  metafile: true,
  entryPoints: ['src/server.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [
    'better-sqlite3',
    'pino',
    'pino-pretty',
    '@prisma/client/runtime/query_compiler_*',
    '@prisma/schema-engine-wasm',
    '@fastify/swagger',
    '@fastify/swagger-ui'
  ],
  // The bundled CommonJS packages call require(); an ES module has none.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning'
})
writeFileSync(inputsFile, JSON.stringify(Object.keys(metafile.inputs)))
