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
import { build } from 'esbuild'

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.bundle.js',
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
