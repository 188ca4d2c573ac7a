import { resolve } from 'node:path'
import t from 'tap'
import { ConfigError, parseConfig } from '../src/config.js'

t.test('defaults: port 3000 on 127.0.0.1, ./data/accords.db', async t => {
  t.same(parseConfig({}), { port: 3000, host: '127.0.0.1', databasePath: resolve('data/accords.db'), logLevel: 'info', corsOrigins: true, cacheMaxAge: 60 })
})

t.test('PORT, HOST and DATABASE_URL override the defaults', async t => {
  const config = parseConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'file:/var/lib/accords/a.db' })
  t.same([config.port, config.host, config.databasePath], [8080, '0.0.0.0', '/var/lib/accords/a.db'])
})

t.test('each invalid variable is named, with what it accepts', async t => {
  let problems: string[] = []
  try {
    parseConfig({ PORT: '70000', DATABASE_URL: 'postgres://x', LOG_LEVEL: 'loud' })
  } catch (error) {
    t.type(error, ConfigError)
    problems = (error as ConfigError).problems
  }
  t.equal(problems.length, 3)
  t.match(problems[0], /^PORT="70000": .*accepts an integer from 0 to 65535/)
  t.match(problems[1], /^DATABASE_URL="postgres:\/\/x": must start with "file:"/)
  t.match(problems[2], /^LOG_LEVEL="loud": .*accepts one of fatal, error/)
})
