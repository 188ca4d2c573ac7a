// The database-level guarantee behind "every fact has a citation": lists the
// records, fields and relations that no citation supports. The seed loader
// refuses to commit while this finds anything.
import type { PrismaClient, Transaction } from '../../db/client.js'

interface Subject {
  type: string
  /** SQL yielding (key, field) for every fact of this kind that needs a citation. */
  facts: string
}

const fields = (table: string, key: string, columns: Record<string, string>): string =>
  Object.entries(columns).map(([column, field]) =>
    `SELECT ${key} AS key, '${field}' AS field FROM "${table}" WHERE "${column}" IS NOT NULL`).join(' UNION ALL ')

const subjects: Subject[] = [
  { type: 'country', facts: fields('Country', 'code', { code: 'code', name: 'name' }) },
  { type: 'sector', facts: fields('Sector', 'slug', { name: 'name' }) },
  {
    type: 'mineral',
    facts: fields('Mineral', 'slug', { name: 'name', symbol: 'symbol', form: 'form' }) +
      ' UNION ALL SELECT m.slug, \'resources/\' || r."countryCode" FROM "MineralResource" r JOIN "Mineral" m ON m.id = r."mineralId"'
  },
  { type: 'party', facts: fields('Party', 'slug', { name: 'name', kind: 'kind', countryCode: 'country' }) },
  {
    type: 'summit',
    facts: fields('Summit', 'slug', { name: 'name', date: 'date', city: 'city', venue: 'venue', occasion: 'occasion' }) +
      ' UNION ALL SELECT s.slug, \'countries/\' || c."countryCode" FROM "SummitCountry" c JOIN "Summit" s ON s.id = c."summitId"'
  },
  { type: 'leader', facts: fields('Leader', 'slug', { name: 'name', office: 'office', countryCode: 'country' }) },
  {
    type: 'session',
    facts: fields('Session', 'slug', {
      slug: '',
      name: 'name',
      date: 'date',
      city: 'city',
      venue: 'venue',
      attendanceCount: 'attendance_count',
      attendanceDescription: 'attendance_description',
      reportedAgreementCount: 'reported_agreement_count',
      reportedAgreementKinds: 'reported_agreement_kinds'
    })
  },
  {
    type: 'commitment',
    facts: fields('Commitment', 'slug', { statement: '', subject: 'subject' }) +
      ' UNION ALL SELECT c.slug, \'session\' FROM "Commitment" c WHERE c."sessionId" IS NOT NULL' +
      ' UNION ALL SELECT c.slug, \'countries/\' || cc."countryCode" FROM "CommitmentCountry" cc JOIN "Commitment" c ON c.id = cc."commitmentId"'
  },
  {
    type: 'agreement',
    facts: fields('Agreement', 'slug', { slug: '', sessionId: 'session', kind: 'kind', title: 'title', summary: 'summary' }) +
      ' UNION ALL SELECT a.slug, \'parties/\' || p.slug FROM "AgreementParty" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Party" p ON p.id = x."partyId"' +
      ' UNION ALL SELECT a.slug, \'sectors/\' || s.slug FROM "AgreementSector" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Sector" s ON s.id = x."sectorId"' +
      ' UNION ALL SELECT a.slug, \'minerals/\' || m.slug FROM "AgreementMineral" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Mineral" m ON m.id = x."mineralId"'
  }
]

export interface UncitedFact { type: string, key: string, field: string }

export async function findUncitedFacts (db: PrismaClient | Transaction): Promise<UncitedFact[]> {
  const sql = subjects.map(subject =>
    `SELECT '${subject.type}' AS type, f.key, f.field FROM (${subject.facts}) f WHERE NOT EXISTS (` +
    `SELECT 1 FROM "Citation" c WHERE c."subjectType" = '${subject.type}' AND c."subjectKey" = f.key AND c.field = f.field)`
  ).join(' UNION ALL ')
  return db.$queryRawUnsafe<UncitedFact[]>(sql)
}
