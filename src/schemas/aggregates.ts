// Aggregates for dashboards: group_by on agreement lists, /stats, /party-pairs.
import { z } from 'zod'
import { SessionKind } from '../generated/prisma/enums.js'
import { PartyRef } from './common.js'
import { listOf } from './pages.js'
import { AgreementCounts } from './summits.js'

export const dimensions = ['sector', 'mineral', 'party', 'party_kind', 'country', 'summit', 'session', 'kind', 'identified'] as const
export type Dimension = typeof dimensions[number]
/** Dimensions where one agreement has at most one value; their groups add up to the total. */
export const singleValued: readonly Dimension[] = ['summit', 'session', 'kind', 'identified']

export const groupBy = z.enum(dimensions, { error: `must be one of ${dimensions.join(', ')}` }).optional()
  .describe('Count the matching agreements by this dimension instead of listing them: ' + dimensions.join(', ') +
    '. Every value of the dimension is returned, with agreements that have none counted under `unknown`.')
  .meta({ example: 'party' })

export const Group = z.object({
  key: z.string().describe('The value\'s slug or code (`true`/`false` for identified), or `unknown`.'),
  name: z.string(),
  count: z.int().describe('How many of the matching agreements have this value.')
}).meta({ id: 'Group' })
export type Group = z.infer<typeof Group>

export const Groups = z.object({
  kind: z.literal('groups').describe('`groups`: counts, the answer to `group_by`; a list says `list`.'),
  data: z.array(Group).describe('By count, largest first; `unknown` last.'),
  meta: z.object({
    group_by: z.enum(dimensions),
    total: z.int().describe('How many distinct agreements match the filters.'),
    multi_valued: z.boolean().describe('`true` when one agreement can have several values (e.g. several sectors), so counts can add up to more than `total`.'),
    counted: z.int().describe('The sum of the counts: equal to `total` for single-valued dimensions.')
  })
}).meta({ id: 'Groups' })
export type Groups = z.infer<typeof Groups>
/** What data access counts: the groups, without the body's `kind`. */
export type GroupCounts = Omit<Groups, 'kind'>

export const SessionStats = z.object({ slug: z.string(), name: z.string(), kind: z.enum(SessionKind), date: z.string(), agreements: AgreementCounts })
  .meta({ id: 'SessionStats' })
export type SessionStats = z.infer<typeof SessionStats>
export const SummitStats = z.object({
  slug: z.string(), name: z.string(), date: z.string(), agreements: AgreementCounts, sessions: z.array(SessionStats)
}).meta({ id: 'SummitStats' })
export type SummitStats = z.infer<typeof SummitStats>

export const Stats = z.object({
  dataset: z.object({
    sha256: z.string().describe('Identifies the version of the seed data loaded.'),
    loaded_at: z.string().describe('When it was loaded (ISO 8601).')
  }),
  agreements: AgreementCounts,
  summits: z.array(SummitStats),
  sectors: z.array(Group),
  minerals: z.array(Group),
  party_kinds: z.array(Group),
  countries: z.array(Group)
}).meta({ id: 'Stats' })
export type Stats = z.infer<typeof Stats>

/** One row per tile value, for the CSV and NDJSON renderings of /stats. */
export const StatsRow = z.object({
  section: z.string().describe('summit, session, sector, mineral, party_kind or country.'),
  key: z.string(),
  name: z.string(),
  count: z.int().nullable().describe('Agreements with this value (sections other than summit and session).'),
  reported: z.int().nullable(),
  recorded: z.int().nullable(),
  identified: z.int().nullable()
}).meta({ id: 'StatsRow' })
export type StatsRow = z.infer<typeof StatsRow>

export const PartyPair = z.object({
  party_a: PartyRef.describe('The pair\'s first party, by slug.'),
  party_b: PartyRef.describe('The other.'),
  count: z.int().describe('How many matching agreements both signed.'),
  agreements: z.array(z.string()).describe('Their slugs.')
}).meta({ id: 'PartyPair' })
export type PartyPair = z.infer<typeof PartyPair>
export const PartyPairList = listOf(PartyPair, 'PartyPairList')
export type PartyPairList = z.infer<typeof PartyPairList>
