// Configuration is parsed once, from the environment, with zod. An invalid
// value stops start-up with a message naming the variable and what it accepts.
import { resolve } from 'node:path'
import { z } from 'zod'

const port = z.coerce.number().int().min(0).max(65535)

const environment = z.object({
  PORT: port.default(3000).describe('an integer from 0 to 65535'),
  HOST: z.string().min(1).default('127.0.0.1').describe('an interface address, e.g. 0.0.0.0 for all'),
  DATABASE_URL: z.string().regex(/^file:.+/, 'must start with "file:"').default('file:./data/accords.db')
    .describe('file:<path to the SQLite file>, relative to the working directory'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
    .describe('one of fatal, error, warn, info, debug, trace, silent'),
  CORS_ORIGINS: z.string().min(1).default('*')
    .describe('* for any origin, or a comma-separated list of origins such as https://dash.example.org'),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(60)
    .describe('seconds, 0 to 31536000, that clients and proxies may reuse a response')
})

export interface Config {
  port: number
  host: string
  /** Absolute path of the SQLite file. */
  databasePath: string
  logLevel: z.infer<typeof environment>['LOG_LEVEL']
  /** true for any origin, else the allowed origins. */
  corsOrigins: true | string[]
  /** Cache-Control max-age of API responses, in seconds. */
  cacheMaxAge: number
}

export class ConfigError extends Error {
  constructor (public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map(p => `  ${p}`).join('\n')}`)
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
  const e = result.data
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: resolve(e.DATABASE_URL.slice('file:'.length)),
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS.trim() === '*' ? true : e.CORS_ORIGINS.split(',').map(o => o.trim()).filter(o => o !== ''),
    cacheMaxAge: e.CACHE_MAX_AGE
  }
}
