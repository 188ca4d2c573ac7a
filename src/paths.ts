// Where the project's own files are, whether the code runs from src/ (tsx)
// or from dist/ (built): either way the project is one level up.
import { join, resolve } from 'node:path'

export const projectRoot = resolve(import.meta.dirname, '..')
export const packageJsonPath = join(projectRoot, 'package.json')
/** The data model, written once (its datasource is SQLite's). */
export const schemaPath = join(projectRoot, 'prisma', 'schema.prisma')
export const migrationsDir = join(projectRoot, 'prisma', 'migrations')
/** PostgreSQL's copy of the model, derived from schema.prisma (src/setup/postgresql-schema.ts), and its own history. */
export const postgresqlSchemaPath = join(projectRoot, 'prisma', 'postgresql', 'schema.prisma')
export const postgresqlMigrationsDir = join(projectRoot, 'prisma', 'postgresql', 'migrations')
/** `prisma generate`, offline (see prisma/generate.mjs). */
export const generateScriptPath = join(projectRoot, 'prisma', 'generate.mjs')
/** The dataset: YAML files, and the full texts of its sources under sources/. */
export const seedDir = join(projectRoot, 'seed')
