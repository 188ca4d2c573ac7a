import { join, resolve } from 'node:path'
import t from 'tap'
import { ConfigError, parseConfig } from '../src/config.js'
import { startServer } from './fixtures/server-process.js'
import { tempDir } from './helper.js'

function problemsOf (env: Record<string, string>): string[] {
  try {
    parseConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

t.test('defaults: port 3000 on 127.0.0.1, ./data/accords.db', async t => {
  t.same(parseConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    database: { provider: 'sqlite', path: resolve('data/accords.db') },
    logLevel: 'info',
    corsOrigins: true,
    cacheMaxAge: 60,
    cacheFreshnessMs: 1000,
    rateLimitMax: 600,
    rateLimitWindowSeconds: 60,
    trustProxy: false,
    requestTimeoutMs: 10_000,
    handlerTimeoutMs: 30_000,
    keepAliveTimeoutMs: 72_000,
    shutdownTimeoutMs: 10_000,
    maxUrlLength: 2048,
    exportConcurrency: 4
  })
})

t.test('PORT, HOST and DATABASE_URL override the defaults', async t => {
  const config = parseConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'file:/var/lib/accords/a.db' })
  t.same([config.port, config.host, config.database], [8080, '0.0.0.0', { provider: 'sqlite', path: '/var/lib/accords/a.db' }])
  for (const url of ['postgresql://accords:secret@db.example:5432/accords', 'postgres://db.example/accords']) {
    t.same(parseConfig({ DATABASE_URL: url }).database, { provider: 'postgresql', url }, 'or a PostgreSQL database')
  }
})

t.test('limits, timeouts and the URL cap are whole numbers; RATE_LIMIT_MAX=0 turns rate limiting off', async t => {
  const config = parseConfig({
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_WINDOW: '3600',
    REQUEST_TIMEOUT_MS: '0',
    HANDLER_TIMEOUT_MS: '2500',
    KEEP_ALIVE_TIMEOUT_MS: '65000',
    SHUTDOWN_TIMEOUT_MS: '30000',
    MAX_URL_LENGTH: '8192'
  })
  t.same([config.rateLimitMax, config.rateLimitWindowSeconds, config.requestTimeoutMs, config.handlerTimeoutMs,
    config.keepAliveTimeoutMs, config.shutdownTimeoutMs, config.maxUrlLength], [0, 3600, 0, 2500, 65000, 30000, 8192])
})

t.test('TRUST_PROXY: true/false, a hop count, or addresses and CIDR ranges', async t => {
  t.equal(parseConfig({ TRUST_PROXY: 'true' }).trustProxy, true)
  t.equal(parseConfig({ TRUST_PROXY: 'false' }).trustProxy, false)
  t.equal(parseConfig({ TRUST_PROXY: '2' }).trustProxy, 2)
  t.same(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1,fd00::/8,loopback' }).trustProxy,
    ['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8', 'loopback'])
})

t.test('each invalid variable is named, with what it accepts', async t => {
  const problems = problemsOf({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })
  t.equal(problems.length, 3)
  t.match(problems[0], /^PORT="70000": .*accepts an integer from 0 to 65535/)
  t.match(problems[1], /^DATABASE_URL="mysql:\/\/x": must start with "file:" or "postgresql:\/\/"/)
  t.match(problems[2], /^LOG_LEVEL="loud": .*accepts one of fatal, error/)
})

t.test('the new variables refuse guesses: signs, exponents, units, out-of-range values, bad addresses', async t => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ RATE_LIMIT_MAX: '-1' }, /^RATE_LIMIT_MAX="-1": must be a whole number \(accepts requests per window per client, a whole number; 0 turns rate limiting off\)$/],
    [{ RATE_LIMIT_MAX: '1e3' }, /^RATE_LIMIT_MAX="1e3": must be a whole number/],
    [{ RATE_LIMIT_WINDOW: '0' }, /^RATE_LIMIT_WINDOW="0": must be at least 1 \(accepts the rate-limit window in seconds, 1 to 86400\)$/],
    [{ RATE_LIMIT_WINDOW: '1m' }, /^RATE_LIMIT_WINDOW="1m": must be a whole number/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY="yes": not an address or range: yes \(accepts false, true .*CIDR ranges/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY="10.0.0.0\/33": not an address or range: 10.0.0.0\/33/],
    [{ TRUST_PROXY: ',' }, /^TRUST_PROXY=",": not an address or range: \(empty\)/],
    [{ REQUEST_TIMEOUT_MS: '10s' }, /^REQUEST_TIMEOUT_MS="10s": must be a whole number \(accepts milliseconds/],
    [{ HANDLER_TIMEOUT_MS: '9999999' }, /^HANDLER_TIMEOUT_MS="9999999": must be at most 3600000/],
    [{ KEEP_ALIVE_TIMEOUT_MS: '0' }, /^KEEP_ALIVE_TIMEOUT_MS="0": must be at least 1/],
    [{ SHUTDOWN_TIMEOUT_MS: '50' }, /^SHUTDOWN_TIMEOUT_MS="50": must be at least 100 \(accepts milliseconds, 100 to 600000/],
    [{ MAX_URL_LENGTH: '100000' }, /^MAX_URL_LENGTH="100000": must be at most 16384 \(accepts the longest request path and query/]
  ]
  for (const [env, message] of cases) {
    const problems = problemsOf(env)
    t.equal(problems.length, 1, JSON.stringify(env))
    t.match(problems[0], message, JSON.stringify(env))
  }
})

t.test('the process refuses to start on invalid configuration: exit 1, every bad variable named', async t => {
  const server = startServer({
    RATE_LIMIT_MAX: 'lots',
    TRUST_PROXY: 'the load balancer',
    DATABASE_URL: `file:${join(tempDir(t), 'never-created.db')}`
  })
  t.equal(await server.exited, 1)
  t.match(server.output(), /RATE_LIMIT_MAX="lots": must be a whole number \(accepts /)
  t.match(server.output(), /TRUST_PROXY="the load balancer": not an address or range/)
})
