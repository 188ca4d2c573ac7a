// Builds a synthetic database: the shipped dataset unchanged, plus the
// generated records, validated by the seed files' own schemas, assembled and
// checked like the seed files (references, verbatim quotes), and written by
// the seed loader, whose provenance check runs on it as on the real data. The
// generated sources' texts are written beside the database file.
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createPrismaClient } from '../../db/client.js'
import type { DatabaseTarget } from '../../db/target.js'
import { seedDir } from '../../paths.js'
import { applyMigrations } from '../migrations.js'
import { loadDataset } from '../seed/load.js'
import { assembleDataset, type Dataset, readDataset, SeedError } from '../seed/read.js'
import { type SeedFiles, seedFiles } from '../seed/schema.js'
import { generate, type SyntheticOptions } from './generate.js'

/** Changes whenever the generator would write something else for the same options. */
const GENERATOR_VERSION = 'accords-synthetic-1'

/**
 * Where the generated sources' texts of a synthetic database are kept: beside
 * a SQLite file; for a PostgreSQL database, in data/ under the working
 * directory, named after its server and database (the servers that serve it
 * need the same folder at the same path to answer /sources/{slug}/text).
 */
export function textDirOf (target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return `${target.path}.sources`
  const url = new URL(target.url)
  return resolve('data', `synthetic-${url.hostname}-${url.port === '' ? '5432' : url.port}-${url.pathname.slice(1)}.sources`)
}

export interface SyntheticSummary { sha256: string, agreements: number, parties: number, summits: number, sources: number, claims: number }

/**
 * The shipped dataset with the generated records, assembled and checked as the
 * seed files are; the generated texts are written to `textDir` when given.
 */
export async function syntheticDataset (options: SyntheticOptions, textDir?: string): Promise<Dataset> {
  const shipped = await readDataset(seedDir)
  const taken = [shipped.sources, shipped.parties, shipped.summits, shipped.sessions, shipped.agreements, shipped.commitments]
    .flatMap(records => records.map(record => record.slug))
  const synthetic = generate(options, {
    countries: shipped.countries.map(({ code, name }) => ({ code, name })),
    sectors: shipped.sectors.map(sector => sector.slug),
    minerals: shipped.minerals.map(mineral => mineral.slug)
  }, taken)

  const problems: string[] = []
  const parse = <K extends keyof typeof synthetic.records>(name: K): SeedFiles[K] => {
    const result = seedFiles[name].safeParse(synthetic.records[name])
    if (result.success) return result.data as SeedFiles[K]
    problems.push(...result.error.issues.slice(0, 20).map(issue => `synthetic ${name} ${issue.path.join('.')}: ${issue.message}`))
    return []
  }
  const parsed = {
    sources: parse('sources'),
    countries: parse('countries'),
    parties: parse('parties'),
    summits: parse('summits'),
    sessions: parse('sessions'),
    agreements: parse('agreements')
  }
  if (problems.length > 0) throw new SeedError(problems)

  if (textDir !== undefined) {
    rmSync(textDir, { recursive: true, force: true })
    mkdirSync(textDir, { recursive: true })
    for (const source of parsed.sources) {
      const path = join(textDir, `${source.slug}.txt`)
      writeFileSync(path, synthetic.texts.get(source.slug) ?? '')
      source.text = path // absolute: the loader stores it as is (src/setup/seed/insert.ts)
    }
  }
  const files: SeedFiles = {
    sources: [...shipped.sources, ...parsed.sources],
    countries: [...shipped.countries, ...parsed.countries],
    sectors: shipped.sectors,
    minerals: shipped.minerals,
    parties: [...shipped.parties, ...parsed.parties],
    summits: [...shipped.summits, ...parsed.summits],
    sessions: [...shipped.sessions, ...parsed.sessions],
    commitments: shipped.commitments,
    agreements: [...shipped.agreements, ...parsed.agreements]
  }
  const sha256 = createHash('sha256').update(GENERATOR_VERSION).update(shipped.sha256)
    .update(JSON.stringify(options)).digest('hex')
  return assembleDataset(files, new Map([...shipped.texts, ...synthetic.texts]), sha256)
}

export async function buildSyntheticDatabase (target: DatabaseTarget, options: SyntheticOptions, textDir = textDirOf(target)): Promise<SyntheticSummary> {
  const dataset = await syntheticDataset(options, textDir)
  await applyMigrations(target)
  const prisma = await createPrismaClient(target)
  try {
    await loadDataset(prisma, dataset)
  } finally {
    await prisma.$disconnect()
  }
  return {
    sha256: dataset.sha256,
    agreements: dataset.agreements.length,
    parties: dataset.parties.length,
    summits: dataset.summits.length,
    sources: dataset.sources.length,
    claims: dataset.claims.length
  }
}
