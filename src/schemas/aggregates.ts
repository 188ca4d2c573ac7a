// Aggregates for dashboards: group_by on agreement lists, /stats, /party-pairs.
import { z } from 'zod'
import { SessionKind } from '../generated/prisma/enums.js'
import { ListLink, PartyRef, rank } from './common.js'
import { listOf } from './pages.js'
import { SessionCounts, SummitCounts, TotalCounts } from './summits.js'
import { SectorCoverage } from './taxonomy.js'

export const dimensions = ['sector', 'mineral', 'party', 'party_kind', 'country', 'summit', 'session', 'kind', 'identified'] as const
export type Dimension = typeof dimensions[number]
/** Dimensions where one agreement has at most one value; their groups add up to the total. */
export const singleValued: readonly Dimension[] = ['summit', 'session', 'kind', 'identified']

export const groupBy = z.enum(dimensions, { error: `must be one of ${dimensions.join(', ')}` }).optional()
  .describe('Count the matching agreements by this dimension instead of listing them: ' + dimensions.join(', ') +
    '. Every value of the dimension is returned, largest first, with agreements that have none counted under `unknown` (last); ' +
    '`limit` and `offset` page the groups.')
  .meta({ example: 'party' })

export const Group = z.object({
  key: z.string().describe('The value\'s slug or code (`true`/`false` for identified), or `unknown`.'),
  name: z.string(),
  count: z.int().describe('How many of the matching agreements have this value.')
}).meta({ id: 'Group' })
export type Group = z.infer<typeof Group>

export const Groups = z.object({
  kind: z.literal('groups').describe('`groups`: counts, the answer to `group_by`; a list says `list`.'),
  data: z.array(Group).describe('By count, largest first (then by key); `unknown` last.'),
  meta: z.object({
    group_by: z.enum(dimensions),
    total: z.int().describe('How many distinct agreements match the filters.'),
    multi_valued: z.boolean().describe('`true` when one agreement can have several values (e.g. several sectors), so counts can add up to more than `total`.'),
    counted: z.int().describe('The sum of the counts: equal to `total` for single-valued dimensions.'),
    groups: z.int().describe('How many groups there are, `unknown` included: with `limit`/`offset`, over all pages.'),
    limit: z.int().optional().describe('With `limit` or `offset`: the page size.'),
    offset: z.int().optional().describe('With `limit` or `offset`: how many groups come before this page.')
  })
}).meta({ id: 'Groups' })
export type Groups = z.infer<typeof Groups>
/** What data access counts: the groups, without the body's `kind`. */
export type GroupCounts = Omit<Groups, 'kind'>

export const SessionStats = z.object({ slug: z.string(), name: z.string(), kind: z.enum(SessionKind), date: z.string(), agreements: SessionCounts })
  .meta({ id: 'SessionStats' })
export type SessionStats = z.infer<typeof SessionStats>
export const SummitStats = z.object({
  slug: z.string(), name: z.string(), date: z.string(), agreements: SummitCounts, sessions: z.array(SessionStats)
}).meta({ id: 'SummitStats' })
export type SummitStats = z.infer<typeof SummitStats>

export const SectorGroup = Group.extend({
  coverage: z.array(SectorCoverage).describe('Where sources say the sector is covered without naming the agreements; not part of `count`.')
}).meta({ id: 'SectorGroup' })
export type SectorGroup = z.infer<typeof SectorGroup>

export const Stats = z.object({
  dataset: z.object({
    sha256: z.string().describe('Identifies the version of the seed data loaded.'),
    loaded_at: z.string().describe('When it was loaded (ISO 8601).')
  }),
  agreements: TotalCounts.describe('Reported (the summits\' preferred totals added up), recorded, identified, and recorded with and without a known session; ' +
    'each summit below gives every source\'s count.'),
  summits: z.array(SummitStats).describe('The oldest summits, at most 50; `summits_list` says how many there are and where they all are.'),
  summits_list: ListLink,
  sectors: z.array(SectorGroup).describe('Agreements known to be in each sector (`count`), and beside it what sources say of the sector without naming agreements (`coverage`).'),
  minerals: z.array(Group),
  party_kinds: z.array(Group),
  countries: z.array(Group)
}).meta({ id: 'Stats' })
export type Stats = z.infer<typeof Stats>

/** One row per tile value, for the CSV and NDJSON renderings of /stats. */
export const StatsRow = z.object({
  section: z.string().describe('summit, session, reported (one source\'s count for a summit or session), sector, mineral, party_kind or country.'),
  key: z.string().describe('The value\'s slug or code; for `reported`, the source\'s slug.'),
  name: z.string(),
  count: z.int().nullable().describe('Agreements with this value (sector, mineral, party_kind, country).'),
  reported: z.int().nullable(),
  recorded: z.int().nullable(),
  identified: z.int().nullable(),
  recorded_without_session: z.int().nullable().describe('For a summit: its records whose session no source gives.'),
  of: z.string().nullable().describe('For `reported`: the summit or session counted.'),
  rank: rank.nullable().describe('For `reported`: how that source\'s count ranks.')
}).meta({ id: 'StatsRow' })
export type StatsRow = z.infer<typeof StatsRow>

export const PartyPair = z.object({
  party_a: PartyRef.describe('The pair\'s first party, by slug.'),
  party_b: PartyRef.describe('The other.'),
  count: z.int().describe('How many matching agreements both signed.'),
  agreements: z.array(z.string()).describe('Their slugs, in order, at most 20; `agreements_list` has them all.'),
  agreements_list: ListLink
}).meta({ id: 'PartyPair' })
export type PartyPair = z.infer<typeof PartyPair>
export const PartyPairList = listOf(PartyPair, 'PartyPairList')
export type PartyPairList = z.infer<typeof PartyPairList>
