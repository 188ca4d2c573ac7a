// Everything the database stores that the seed files do not say but queries
// need, computed here, once, from the dataset being loaded (src/setup/seed/load.ts
// calls deriveColumns once; the inserts store what it answers):
// - the folded search texts of agreements (title, summary, party names and
//   their other names) and parties (name and other names);
// - the ranks every documented order sorts by (see prisma/schema.prisma, Agreement);
// - how many agreements each party signed, its slug's rank, and its name's sort key (src/db/sort-key.ts);
// - how many agreements each session and summit records, how many of them are
//   identified, and how many of a summit's no source places at a session;
// - the tables of each agreement's countries, party kinds and pairs of parties,
//   and of the trigrams of the search texts;
// - how all agreements spread over sectors, minerals, countries, party kinds
//   and pairs of parties (GroupCount, PartyPairCount: counted by the database
//   once the links are written).
// An agreement's summit and date are facts the seed files give (with claims),
// stored as they are; the orders are derived from them here.
// Queries read these and never compute them, so what feeds them (say, party
// aliases in the search text) changes here and nowhere else.
import type { Transaction } from '../../db/client.js'
import { sortKey } from '../../db/sort-key.js'
import { insertRows } from '../../db/sql/bulk-insert.js'
import { storeCounts } from '../../db/sql/group-counts.js'
import { rebuildSearchIndex } from '../../db/sql/search.js'
import { compareCodePoints, searchText, trigrams } from '../../text.js'
import type { Dataset } from './read.js'

export interface AgreementColumns {
  searchText: string
  listRank: number
  sortSignedAt: number
  sortSignedAtDesc: number
  sortTitle: number
  sortTitleDesc: number
  sortKind: number
  sortKindDesc: number
  sortIdentified: number
  sortIdentifiedDesc: number
}

export interface PartyColumns { searchText: string, nameSortKey: string, agreementCount: number, slugRank: number }

export interface SessionColumns { recordedAgreements: number, identifiedAgreements: number }

export interface SummitColumns extends SessionColumns { recordedWithoutSession: number }

export interface Derived {
  agreements: Map<string, AgreementColumns>
  parties: Map<string, PartyColumns>
  sessions: Map<string, SessionColumns>
  summits: Map<string, SummitColumns>
  /** Agreement slug → the codes of its parties' countries, once each. */
  countries: Map<string, string[]>
  /** Agreement slug → the kinds of its parties, once each. */
  partyKinds: Map<string, string[]>
  /** Agreement slug → pairs of its parties' slug ranks, [first, second]. */
  pairs: Map<string, Array<[number, number]>>
  /** Every trigram of the agreements' search texts. */
  searchTerms: Set<string>
}

type Agreement = Dataset['agreements'][number]

/** Dense ranks from 1 in the order of `compare`, equal keys sharing one; missing keys (null) after all others. */
function denseRanks<K> (items: Agreement[], key: (item: Agreement) => K | null, compare: (a: K, b: K) => number): Map<string, number> {
  const keyed = items.map(item => ({ slug: item.slug, value: key(item) }))
  const present = keyed.filter((entry): entry is { slug: string, value: K } => entry.value !== null).sort((a, b) => compare(a.value, b.value))
  const ranks = new Map<string, number>()
  let rank = 0
  let previous: K | undefined
  for (const { slug, value } of present) {
    if (rank === 0 || compare(previous as K, value) !== 0) rank++
    previous = value
    ranks.set(slug, rank)
  }
  for (const entry of keyed) if (entry.value === null) ranks.set(entry.slug, rank + 1)
  return ranks
}

const ascending = <K>(compare: (a: K, b: K) => number) => compare
const descending = <K>(compare: (a: K, b: K) => number) => (a: K, b: K) => compare(b, a)
const byNumber = (a: number, b: number): number => a - b

export function deriveColumns (data: Dataset): Derived {
  const parties = new Map(data.parties.map(party => [party.slug, party]))
  const signedAt = (agreement: Agreement): string | null => agreement.signed_at ?? null

  // The default order: signed_at (missing last), then as the dataset lists them.
  const position = new Map(data.agreements.map((agreement, index) => [agreement.slug, index]))
  const sourceOrder = (one: Agreement, other: Agreement): number => {
    const a = signedAt(one)
    const b = signedAt(other)
    if (a !== b) return a === null ? 1 : b === null ? -1 : compareCodePoints(a, b)
    return (position.get(one.slug) ?? 0) - (position.get(other.slug) ?? 0)
  }
  const listRanks = new Map([...data.agreements].sort(sourceOrder).map((agreement, index) => [agreement.slug, index + 1]))
  const ranks = {
    sortSignedAt: denseRanks(data.agreements, signedAt, ascending(compareCodePoints)),
    sortSignedAtDesc: denseRanks(data.agreements, signedAt, descending(compareCodePoints)),
    sortTitle: denseRanks(data.agreements, a => a.title ?? null, ascending(compareCodePoints)),
    sortTitleDesc: denseRanks(data.agreements, a => a.title ?? null, descending(compareCodePoints)),
    sortKind: denseRanks(data.agreements, a => a.kind ?? null, ascending(compareCodePoints)),
    sortKindDesc: denseRanks(data.agreements, a => a.kind ?? null, descending(compareCodePoints)),
    sortIdentified: denseRanks(data.agreements, a => a.title === undefined ? 0 : 1, ascending(byNumber)),
    sortIdentifiedDesc: denseRanks(data.agreements, a => a.title === undefined ? 0 : 1, descending(byNumber))
  }
  const rankOf = (name: keyof typeof ranks, slug: string): number => ranks[name].get(slug) ?? 0

  const agreementCount = new Map<string, number>()
  const slugRanks = new Map([...parties.keys()].sort(compareCodePoints).map((slug, index) => [slug, index + 1]))
  const names = (party: Dataset['parties'][number]): string[] => [party.name, ...party.aliases.map(alias => alias.name)]
  const derived: Derived = { agreements: new Map(), parties: new Map(), sessions: new Map(), summits: new Map(), countries: new Map(), partyKinds: new Map(), pairs: new Map(), searchTerms: new Set() }
  for (const agreement of data.agreements) {
    const signers = agreement.parties.map(signing => parties.get(signing.party))
      .filter(party => party !== undefined)
    for (const party of signers) agreementCount.set(party.slug, (agreementCount.get(party.slug) ?? 0) + 1)
    derived.agreements.set(agreement.slug, {
      searchText: searchText([agreement.title, agreement.summary, ...signers.flatMap(names)]),
      listRank: listRanks.get(agreement.slug) ?? 0,
      sortSignedAt: rankOf('sortSignedAt', agreement.slug),
      sortSignedAtDesc: rankOf('sortSignedAtDesc', agreement.slug),
      sortTitle: rankOf('sortTitle', agreement.slug),
      sortTitleDesc: rankOf('sortTitleDesc', agreement.slug),
      sortKind: rankOf('sortKind', agreement.slug),
      sortKindDesc: rankOf('sortKindDesc', agreement.slug),
      sortIdentified: rankOf('sortIdentified', agreement.slug),
      sortIdentifiedDesc: rankOf('sortIdentifiedDesc', agreement.slug)
    })
    for (const term of trigrams(derived.agreements.get(agreement.slug)?.searchText ?? '')) derived.searchTerms.add(term)
    derived.countries.set(agreement.slug, [...new Set(signers.map(party => party.country))])
    derived.partyKinds.set(agreement.slug, [...new Set(signers.map(party => party.kind))])
    const ranks = [...new Set(signers.map(party => slugRanks.get(party.slug) ?? 0))].sort((a, b) => a - b)
    derived.pairs.set(agreement.slug, ranks.flatMap((first, index) => ranks.slice(index + 1).map((second): [number, number] => [first, second])))
  }
  for (const session of data.sessions) derived.sessions.set(session.slug, { recordedAgreements: 0, identifiedAgreements: 0 })
  for (const summit of data.summits) derived.summits.set(summit.slug, { recordedAgreements: 0, identifiedAgreements: 0, recordedWithoutSession: 0 })
  for (const agreement of data.agreements) {
    const identified = agreement.title === undefined ? 0 : 1
    const summit = derived.summits.get(agreement.summit)
    if (summit !== undefined) {
      summit.recordedAgreements++
      summit.identifiedAgreements += identified
      if (agreement.session === undefined) summit.recordedWithoutSession++
    }
    const session = agreement.session === undefined ? undefined : derived.sessions.get(agreement.session)
    if (session === undefined) continue
    session.recordedAgreements++
    session.identifiedAgreements += identified
  }
  for (const party of data.parties) {
    derived.parties.set(party.slug, {
      searchText: searchText(names(party)),
      nameSortKey: sortKey(party.name),
      agreementCount: agreementCount.get(party.slug) ?? 0,
      slugRank: slugRanks.get(party.slug) ?? 0
    })
  }
  return derived
}

type IdsBySlug = Map<string, number>

/** The derived tables, once agreements and parties have their ids; then the full-text index and the stored counts. */
export async function insertDerivedTables (tx: Transaction, derived: Derived, agreements: IdsBySlug): Promise<void> {
  const id = (slug: string): number => agreements.get(slug) ?? -1
  // Deleting agreements cascades to these; where foreign keys are not enforced, this does it.
  await tx.agreementCountry.deleteMany()
  await tx.agreementPartyKind.deleteMany()
  await tx.agreementPartyPair.deleteMany()
  await tx.agreementSearchTerm.deleteMany()
  await insertRows(tx, 'AgreementSearchTerm', [...derived.searchTerms].map(term => ({ term })))
  await insertRows(tx, 'AgreementCountry',
    [...derived.countries].flatMap(([slug, codes]) => codes.map(countryCode => ({ agreementId: id(slug), countryCode }))))
  await insertRows(tx, 'AgreementPartyKind',
    [...derived.partyKinds].flatMap(([slug, kinds]) => kinds.map(kind => ({ agreementId: id(slug), kind }))))
  await insertRows(tx, 'AgreementPartyPair', [...derived.pairs].flatMap(([slug, pairs]) =>
    pairs.map(([partyARank, partyBRank]) => ({ agreementId: id(slug), partyARank, partyBRank }))))
  await rebuildSearchIndex(tx)
  await storeCounts(tx)
}
