// Configuration is parsed once, from the environment, with zod. An invalid
// value stops start-up with a message naming the variable and what it accepts.
import { isIP } from 'node:net'
import { z } from 'zod'
import { type DatabaseTarget, parseDatabaseUrl, POSTGRES_URL } from './db/target.js'

const port = z.coerce.number().int().min(0).max(65535)

/** Digits only: `1e3`, `0x10`, `-1` or `12ms` are refused rather than guessed at. */
function integer (min: number, max: number, fallback: number) {
  return z.string().regex(/^\d{1,10}$/, 'must be a whole number').default(String(fallback))
    .transform(Number).pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
}

// proxy-addr (Fastify's trustProxy) also knows these names for address ranges.
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isAddressOrRange (entry: string): boolean {
  if (namedRanges.has(entry) || isIP(entry) !== 0) return true
  const [address = '', bits = '', ...rest] = entry.split('/')
  const version = isIP(address)
  return rest.length === 0 && version !== 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128)
}

export type TrustProxy = boolean | number | string[]

const trustProxy = z.string().trim().default('false').transform((value, context): TrustProxy => {
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d{1,3}$/.test(value)) return Number(value)
  const entries = value.split(',').map(entry => entry.trim()).filter(entry => entry !== '')
  const wrong = entries.filter(entry => !isAddressOrRange(entry))
  if (entries.length === 0 || wrong.length > 0) {
    context.addIssue({ code: 'custom', message: `not an address or range: ${wrong.join(', ') || '(empty)'}` })
    return z.NEVER
  }
  return entries
})

const environment = z.object({
  PORT: port.default(3000).describe('an integer from 0 to 65535'),
  HOST: z.string().min(1).default('127.0.0.1').describe('an interface address, e.g. 0.0.0.0 for all'),
  DATABASE_URL: z.string().refine(url => /^file:.+/.test(url) || POSTGRES_URL.test(url), 'must start with "file:" or "postgresql://"')
    .default('file:./data/accords.db')
    .describe('file:<path to the SQLite file>, relative to the working directory, or postgresql://user:password@host:port/database'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
    .describe('one of fatal, error, warn, info, debug, trace, silent'),
  CORS_ORIGINS: z.string().min(1).default('*')
    .describe('* for any origin, or a comma-separated list of origins such as https://dash.example.org'),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(60)
    .describe('seconds, 0 to 31536000, that clients and proxies may reuse a response'),
  CACHE_FRESHNESS_MS: integer(0, 60_000, 1000)
    .describe('milliseconds, 0 to 60000, the response cache may serve an answer after the data changed; 0 checks on every request'),
  RATE_LIMIT_MAX: integer(0, 1_000_000_000, 600)
    .describe('requests per window per client, a whole number; 0 turns rate limiting off'),
  RATE_LIMIT_WINDOW: integer(1, 86_400, 60).describe('the rate-limit window in seconds, 1 to 86400'),
  TRUST_PROXY: trustProxy
    .describe('false, true (trust every proxy), a hop count such as 1, or a comma-separated list of proxy addresses or CIDR ranges such as 10.0.0.0/8,::1'),
  REQUEST_TIMEOUT_MS: integer(0, 3_600_000, 10_000)
    .describe('milliseconds, 0 to 3600000, a client may take to send a whole request; 0 for no limit'),
  HANDLER_TIMEOUT_MS: integer(0, 3_600_000, 30_000)
    .describe('milliseconds, 0 to 3600000, the server may take to answer a request before it answers 503; 0 for no limit'),
  KEEP_ALIVE_TIMEOUT_MS: integer(1, 3_600_000, 72_000)
    .describe('milliseconds, 1 to 3600000, an idle keep-alive connection stays open; above your load balancer\'s idle timeout'),
  SHUTDOWN_TIMEOUT_MS: integer(100, 600_000, 10_000)
    .describe('milliseconds, 100 to 600000, to finish in-flight requests after SIGTERM or SIGINT before exiting 1'),
  MAX_URL_LENGTH: integer(256, 16_384, 2048)
    .describe('the longest request path and query, in characters, 256 to 16384; longer is a 414'),
  EXPORT_CONCURRENCY: integer(1, 1000, 4)
    .describe('full exports (streamed CSV or NDJSON of an agreement list) that may run at once, 1 to 1000; beyond, a 503 with Retry-After')
})

export interface Config {
  port: number
  host: string
  /** The SQLite file (absolute path) or the PostgreSQL database. */
  database: DatabaseTarget
  logLevel: z.infer<typeof environment>['LOG_LEVEL']
  /** true for any origin, else the allowed origins. */
  corsOrigins: true | string[]
  /** Cache-Control max-age of API responses, in seconds. */
  cacheMaxAge: number
  /** How long the response cache may go on serving answers after the data changed (0: checks on every request). */
  cacheFreshnessMs: number
  /** Requests per window per client; 0: no rate limiting. */
  rateLimitMax: number
  rateLimitWindowSeconds: number
  /** Fastify's trustProxy: whom to believe about the client's address. */
  trustProxy: TrustProxy
  requestTimeoutMs: number
  handlerTimeoutMs: number
  keepAliveTimeoutMs: number
  shutdownTimeoutMs: number
  maxUrlLength: number
  /** Streamed exports that may run at once. */
  exportConcurrency: number
}

export class ConfigError extends Error {
  constructor (public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map(problem => `  ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

export function parseConfig (env: Record<string, string | undefined>): Config {
  const result = environment.safeParse(env)
  if (!result.success) {
    throw new ConfigError(result.error.issues.map(issue => {
      const name = String(issue.path[0])
      const accepts = environment.shape[name as keyof typeof environment.shape]?.description
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}${accepts === undefined ? '' : ` (accepts ${accepts})`}`
    }))
  }
  const parsed = result.data
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    database: parseDatabaseUrl(parsed.DATABASE_URL),
    logLevel: parsed.LOG_LEVEL,
    corsOrigins: parsed.CORS_ORIGINS.trim() === '*' ? true : parsed.CORS_ORIGINS.split(',').map(origin => origin.trim()).filter(origin => origin !== ''),
    cacheMaxAge: parsed.CACHE_MAX_AGE,
    cacheFreshnessMs: parsed.CACHE_FRESHNESS_MS,
    rateLimitMax: parsed.RATE_LIMIT_MAX,
    rateLimitWindowSeconds: parsed.RATE_LIMIT_WINDOW,
    trustProxy: parsed.TRUST_PROXY,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    handlerTimeoutMs: parsed.HANDLER_TIMEOUT_MS,
    keepAliveTimeoutMs: parsed.KEEP_ALIVE_TIMEOUT_MS,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    maxUrlLength: parsed.MAX_URL_LENGTH,
    exportConcurrency: parsed.EXPORT_CONCURRENCY
  }
}
