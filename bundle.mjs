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

/**
 * Prisma's query compiler ships as WebAssembly in base64, in a module whose
 * one export is that text (2 MB). Imported, the module keeps its source and
 * the string for the life of the process: 4 MB of a server that idles at
 * about 100. The generated client only hands it to `Buffer.from(text,
 * 'base64')`, once, when the first query is compiled; so in the bundle the
 * export is an object that reads the text from the same file at that moment
 * (Buffer.from asks it for a string) and keeps none of it.
 */
const compilerTextOnDemand = {
  name: 'query-compiler-text-on-demand',
  setup (build) {
    build.onResolve({ filter: /^@prisma\/client\/runtime\/query_compiler_\w+\.\w+\.wasm-base64\.mjs$/ },
      args => ({ path: args.path, namespace: 'compiler-text' }))
    build.onLoad({ filter: /.*/, namespace: 'compiler-text' }, args => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs'
const file = new URL(import.meta.resolve(${JSON.stringify(args.path)}))
export const wasm = {
  [Symbol.toPrimitive] () {
    const text = readFileSync(file, 'latin1')
    return text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'))
  }
}`
    }))
  }
}

const { metafile } = await build({
  metafile: true,
  plugins: [compilerTextOnDemand],
  entryPoints: ['src/server.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // V8 keeps a module's source for as long as the module lives (it compiles
  // functions lazily from it): 4 MB of text with a few non-ASCII characters
  // is held as 8 MB of two-byte string. ASCII output and no whitespace or
  // comments keep it one-byte and a third smaller (src/text.ts writes its
  // non-ASCII regular expressions as escapes for the same reason). Names are not minified,
  // so stack traces and CPU profiles still read.
  charset: 'ascii',
  minifyWhitespace: true,
  minifySyntax: true,
  // Licence notices of the bundled packages, in dist/server.bundle.js.LEGAL.txt.
  legalComments: 'external',
  // A map the server does not load (no comment points to it): the benchmark
  // reads it to tell which source file each function of a CPU profile is from.
  sourcemap: 'external',
  sourcesContent: false,
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
// The plugin's modules are not files (their namespace prefixes their path).
writeFileSync(inputsFile, JSON.stringify(Object.keys(metafile.inputs).filter(input => !input.startsWith('compiler-text:'))))
