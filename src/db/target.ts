// Which database the process works on, from DATABASE_URL: `file:<path>` is a
// SQLite file (the default), `postgresql://…` (or `postgres://…`) a PostgreSQL
// database. Everything that opens a connection takes one of these.
import { resolve } from 'node:path'

export type Provider = 'sqlite' | 'postgresql'

export type DatabaseTarget =
  | { provider: 'sqlite', /** absolute path of the file, or `:memory:` */ path: string }
  | { provider: 'postgresql', url: string }

export const POSTGRES_URL = /^postgres(ql)?:\/\/[^/]+/

/** `file:` paths are relative to the working directory. */
export function parseDatabaseUrl (url: string): DatabaseTarget {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length)
    return { provider: 'sqlite', path: path === ':memory:' ? path : resolve(path) }
  }
  if (POSTGRES_URL.test(url)) return { provider: 'postgresql', url }
  throw new Error(`not a database URL: ${url}`)
}

/** The URL again, for a child process's DATABASE_URL. */
export function databaseUrl (target: DatabaseTarget): string {
  return target.provider === 'sqlite' ? `file:${target.path}` : target.url
}

/** For logs and messages: the password is never shown. */
export function describeTarget (target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return target.path
  try {
    const url = new URL(target.url)
    if (url.password !== '') url.password = '***'
    return url.toString()
  } catch {
    return 'postgresql://(unparsable URL)'
  }
}
