// Test helpers: every test file gets its own copy of the seeded template
// database, and apps are built without listening and closed after the test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Test } from 'tap'
import app from '../src/app.js'
import { createPrismaClient, type PrismaClient } from '../src/db/client.js'
import { parseConfig, type Config } from '../src/config.js'
import { serverOptions } from '../src/server-options.js'
import { syntheticTemplatePath, templatePath } from './fixtures/template.js'

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

/** A fresh copy of the synthetic template (the shipped dataset and 20,000 generated agreements), removed after the test. */
export function copyOfSyntheticDatabase (t: Test): string {
  const path = join(tempDir(t), 'synthetic.db')
  copyFileSync(syntheticTemplatePath, path)
  return path
}

export function testConfig (databasePath: string, overrides: Partial<Config> = {}): Config {
  return { ...parseConfig({}), databasePath, logLevel: 'silent', ...overrides }
}

export async function buildApp (t: Test, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  return (await buildAppWithDatabase(t, overrides)).app
}

/**
 * The app, and a Prisma client of the test's own on the same database file:
 * writes through it come from another connection, as a re-seed would.
 */
export async function buildAppWithDatabase (t: Test, overrides: Partial<Config> = {}): Promise<{ app: FastifyInstance, prisma: PrismaClient, databasePath: string }> {
  const databasePath = overrides.databasePath ?? copyOfSeededDatabase(t)
  const config = testConfig(databasePath, overrides)
  // The server's Fastify options (request ids, refusals, timeouts; logs silent).
  const server = Fastify(serverOptions(config))
  // Registered with fastify-plugin, so tests can see the app's decorations (prisma, dbStats).
  await server.register(fp(app), { config })
  t.teardown(() => server.close())
  await server.ready()
  const prisma = createPrismaClient(databasePath)
  t.teardown(() => prisma.$disconnect())
  return { app: server, prisma, databasePath }
}
