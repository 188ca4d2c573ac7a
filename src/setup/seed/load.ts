// Writes a validated dataset to the database in one transaction. Idempotent:
// when the database already holds this exact dataset (same sha256) nothing is
// written; otherwise its contents are replaced as a whole, so a re-seed never
// leaves rows from an older dataset behind.
import { settleAfterLoad } from '../../db/after-load.js'
import type { PrismaClient, Transaction } from '../../db/client.js'
import { deriveColumns, insertDerivedTables } from './derived.js'
import {
  insertAgreements, insertClaims, insertCommitments, insertParties, insertSectorCoverage, insertSources, insertSummits, insertTaxonomy
} from './insert.js'
import { findUncitedFacts } from './provenance.js'
import { type Dataset, SeedError } from './read.js'

export interface SeedResult { changed: boolean, sha256: string }

/** A synthetic dataset of 100,000 agreements takes minutes on PostgreSQL on a loaded machine (20,000: about a minute). */
const LOAD_TIMEOUT_MS = 30 * 60_000

export async function loadDataset (prisma: PrismaClient, data: Dataset, now = new Date()): Promise<SeedResult> {
  const result = await prisma.$transaction(async (tx): Promise<SeedResult> => {
    const current = await tx.datasetVersion.findUnique({ where: { id: 1 } })
    if (current?.sha256 === data.sha256) return { changed: false, sha256: data.sha256 }
    await clear(tx)
    await insert(tx, data)
    const uncited = await findUncitedFacts(tx)
    if (uncited.length > 0) {
      throw new SeedError(uncited.map(fact => `${fact.type} ${fact.key} "${fact.field}" has no citation supporting ${fact.value === null ? 'it' : `the value "${fact.value}"`}`))
    }
    await tx.datasetVersion.create({ data: { id: 1, sha256: data.sha256, loadedAt: now.toISOString() } })
    return { changed: true, sha256: data.sha256 }
  }, { timeout: LOAD_TIMEOUT_MS })
  if (result.changed) await settleAfterLoad(prisma)
  return result
}

async function clear (tx: Transaction): Promise<void> {
  // Children before parents, for the foreign keys.
  await tx.claim.deleteMany()
  await tx.agreementSource.deleteMany()
  await tx.agreementParty.deleteMany()
  await tx.agreementSector.deleteMany()
  await tx.agreementMineral.deleteMany()
  await tx.commitmentCountry.deleteMany()
  await tx.commitment.deleteMany()
  await tx.agreement.deleteMany()
  await tx.sectorCoverage.deleteMany()
  await tx.session.deleteMany()
  await tx.leader.deleteMany()
  await tx.summitCountry.deleteMany()
  await tx.summit.deleteMany()
  await tx.mineralResource.deleteMany()
  await tx.mineralNeed.deleteMany()
  await tx.mineral.deleteMany()
  await tx.sector.deleteMany()
  await tx.partyAlias.deleteMany()
  await tx.party.deleteMany()
  await tx.countryBackground.deleteMany()
  await tx.country.deleteMany()
  await tx.source.deleteMany()
  await tx.datasetVersion.deleteMany()
}

/** Every part of the dataset, parents before children; an unknown reference is a SeedError. */
async function insert (tx: Transaction, data: Dataset): Promise<void> {
  // What queries need beyond the seed files (search texts, orders, counts, derived tables): see derived.ts.
  const derived = deriveColumns(data)
  const sources = await insertSources(tx, data)
  const { sectors, minerals } = await insertTaxonomy(tx, data)
  const parties = await insertParties(tx, data, derived)
  const { summits, sessions } = await insertSummits(tx, data, derived)
  await insertSectorCoverage(tx, data, { sectors, summits, sessions })
  const agreements = await insertAgreements(tx, data, { summits, sessions, parties, sectors, minerals, sources }, derived)
  await insertDerivedTables(tx, derived, agreements)
  await insertCommitments(tx, data, { summits, sessions, agreements })
  await insertClaims(tx, data, sources)
}
