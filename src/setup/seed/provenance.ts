// The database-level guarantee behind "every fact traces to its source":
// lists the records, fields and relations whose value no claim supports. A
// fact is supported by a non-deprecated claim on the same field with the very
// value the core table holds. The seed loader refuses to commit while this
// finds anything.
import type { PrismaClient, Transaction } from '../../db/client.js'

interface Subject {
  type: string
  /** SQL yielding (key, field, value) for every fact of this kind that needs a claim. */
  facts: string
}

/** Fact fields of one table: column → field name; '' is the record's existence, whose value is null. */
const fields = (table: string, key: string, columns: Record<string, string>): string =>
  Object.entries(columns).map(([column, field]) =>
    `SELECT ${key} AS key, '${field}' AS field, ${field === '' ? 'NULL' : `CAST("${column}" AS TEXT)`} AS value FROM "${table}" WHERE "${column}" IS NOT NULL`
  ).join(' UNION ALL ')

const subjects: Subject[] = [
  { type: 'country', facts: fields('Country', 'code', { code: 'code', name: 'name' }) },
  { type: 'background', facts: fields('CountryBackground', 'slug', { statement: '', subject: 'subject' }) },
  {
    type: 'sector',
    facts: fields('Sector', 'slug', { name: 'name' }) +
      ' UNION ALL SELECT s.slug, \'coverage/\' || COALESCE(x.slug, m.slug), CAST(c."reportedCount" AS TEXT) FROM "SectorCoverage" c' +
      ' JOIN "Sector" s ON s.id = c."sectorId" JOIN "Summit" m ON m.id = c."summitId" LEFT JOIN "Session" x ON x.id = c."sessionId"'
  },
  {
    type: 'mineral',
    facts: fields('Mineral', 'slug', { name: 'name', symbol: 'symbol', form: 'form' }) +
      ' UNION ALL SELECT m.slug, \'resources/\' || r."countryCode", NULL FROM "MineralResource" r JOIN "Mineral" m ON m.id = r."mineralId"' +
      ' UNION ALL SELECT m.slug, \'needed_by/\' || n."countryCode", n.industries FROM "MineralNeed" n JOIN "Mineral" m ON m.id = n."mineralId"'
  },
  {
    type: 'party',
    facts: fields('Party', 'slug', { name: 'name', kind: 'kind', countryCode: 'country' }) +
      ' UNION ALL SELECT p.slug, \'aliases/\' || a.name, NULL FROM "PartyAlias" a JOIN "Party" p ON p.id = a."partyId"'
  },
  {
    type: 'summit',
    facts: fields('Summit', 'slug', { name: 'name', date: 'date', city: 'city', venue: 'venue', occasion: 'occasion', reportedAgreementCount: 'reported_agreement_count' }) +
      ' UNION ALL SELECT s.slug, \'countries/\' || c."countryCode", CAST(c.role AS TEXT) FROM "SummitCountry" c JOIN "Summit" s ON s.id = c."summitId"'
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
      witnesses: 'witnesses',
      reportedAgreementCount: 'reported_agreement_count',
      reportedAgreementKinds: 'reported_agreement_kinds'
    })
  },
  {
    type: 'commitment',
    facts: fields('Commitment', 'slug', { statement: '', subject: 'subject' }) +
      ' UNION ALL SELECT c.slug, \'session\', s.slug FROM "Commitment" c JOIN "Session" s ON s.id = c."sessionId"' +
      ' UNION ALL SELECT c.slug, \'agreement\', a.slug FROM "Commitment" c JOIN "Agreement" a ON a.id = c."agreementId"' +
      ' UNION ALL SELECT c.slug, \'countries/\' || cc."countryCode", NULL FROM "CommitmentCountry" cc JOIN "Commitment" c ON c.id = cc."commitmentId"'
  },
  {
    type: 'agreement',
    facts: fields('Agreement', 'slug', { slug: '', signedAt: 'signed_at', place: 'place', kind: 'kind', title: 'title', summary: 'summary' }) +
      ' UNION ALL SELECT a.slug, \'summit\', s.slug FROM "Agreement" a JOIN "Summit" s ON s.id = a."summitId"' +
      ' UNION ALL SELECT a.slug, \'session\', s.slug FROM "Agreement" a JOIN "Session" s ON s.id = a."sessionId"' +
      ' UNION ALL SELECT a.slug, \'parties/\' || p.slug, CAST(x.role AS TEXT) FROM "AgreementParty" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Party" p ON p.id = x."partyId"' +
      ' UNION ALL SELECT a.slug, \'sectors/\' || s.slug, NULL FROM "AgreementSector" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Sector" s ON s.id = x."sectorId"' +
      ' UNION ALL SELECT a.slug, \'minerals/\' || m.slug, NULL FROM "AgreementMineral" x JOIN "Agreement" a ON a.id = x."agreementId" JOIN "Mineral" m ON m.id = x."mineralId"'
  }
]

export interface UncitedFact { type: string, key: string, field: string, value: string | null }

export async function findUncitedFacts (db: PrismaClient | Transaction): Promise<UncitedFact[]> {
  const sql = subjects.map(subject =>
    `SELECT '${subject.type}' AS type, f.key, f.field, f.value FROM (${subject.facts}) f WHERE NOT EXISTS (` +
    `SELECT 1 FROM "Claim" c WHERE c."subjectType" = '${subject.type}' AND c."subjectKey" = f.key AND c.field = f.field ` +
    'AND c.value IS NOT DISTINCT FROM f.value AND c.rank <> \'deprecated\')'
  ).join(' UNION ALL ')
  return db.$queryRawUnsafe<UncitedFact[]>(sql)
}
