// What a set of agreements is, as the raw queries receive it: the filters of a
// request, resolved (slugs checked and turned into ids), each one condition.
// src/data/agreement-filters.ts makes them; the modules of src/db/sql/ turn
// them into SQL. A PostgreSQL implementation of those modules takes the same.

/** Agreements linked to any of `ids` through a link table (sectors, minerals, parties, countries, supporting sources). */
export interface LinkCondition {
  kind: 'link'
  link: 'AgreementSector' | 'AgreementMineral' | 'AgreementParty' | 'AgreementCountry' | 'AgreementSource'
  values: Array<number | string>
}

/** Agreements whose column holds any of `values` (null: no value). */
export interface ColumnCondition {
  kind: 'column'
  column: 'summitId' | 'sessionId' | 'kind' | 'identified' | 'disputed'
  values: Array<number | string | boolean | null>
}

/** Agreements signed within the dates given (ISO `YYYY-MM-DD`, inclusive); none without a date. */
export interface DateCondition { kind: 'date', from?: string | undefined, to?: string | undefined }

/**
 * Agreements whose search text contains `needle`, already in its stored form
 * (src/text.ts: searchNeedle). `match`, when the search module prepared one:
 * how its index finds them (null: nothing can match).
 */
export interface SearchCondition { kind: 'search', needle: string, match?: string | null }

export type Condition = LinkCondition | ColumnCondition | DateCondition | SearchCondition

/** The link tables' column that holds the linked record. */
export const linkColumn: Record<LinkCondition['link'], string> = {
  AgreementSector: 'sectorId',
  AgreementMineral: 'mineralId',
  AgreementParty: 'partyId',
  AgreementCountry: 'countryCode',
  AgreementSource: 'sourceId'
}
