// Test helpers: every test file gets its own copy of the seeded template
// database, and apps are built without listening and closed after the test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Test } from 'tap'
import app from '../src/app.js'
import { parseConfig, type Config } from '../src/config.js'
import { serverOptions } from '../src/server-options.js'
import { templatePath } from './fixtures/template.js'

/** A new empty directory, removed after the test. */
export function tempDir (t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'accords-test-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A fresh copy of the seeded database, removed after the test. */
export function copyOfSeededDatabase (t: Test): string {
  const path = join(tempDir(t), 'accords.db')
  copyFileSync(templatePath, path)
  return path
}

export function testConfig (databasePath: string, overrides: Partial<Config> = {}): Config {
  return { ...parseConfig({}), databasePath, logLevel: 'silent', ...overrides }
}

/** The app on its own copy of the seeded database, with the server's Fastify options (and no log output). */
export async function buildApp (t: Test, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const config = testConfig(copyOfSeededDatabase(t), overrides)
  const server = Fastify(serverOptions(config))
  await server.register(app, { config })
  t.teardown(() => server.close())
  await server.ready()
  return server
}
