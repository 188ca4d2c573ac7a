// Opaque cursors for keyset pages: where the next page starts (the order's
// values of the last row served, and how many rows came before), bound to the
// query it was made for (its filters and sort) and to the version of the data.
// A cursor that is not one, or was made for another query, is a 400 naming
// `cursor`; one made before the data was reloaded is stale, also a 400.
import { createHash } from 'node:crypto'
import type { KeyValue } from '../db/sql/agreement-rows.js'
import { InvalidParametersError } from '../http/errors.js'

/** What a cursor is valid for. */
export interface CursorContext {
  /** The dataset loaded (its SHA-256). */
  version: string
  /** The order, e.g. `-signed_at,title`. */
  order: string
  /** The filters and the scope (the nested list), as the request gave them. */
  query: string
}

/** Where a page starts: after `keys`, with `offset` rows before it. */
export interface Position { offset: number, keys: KeyValue[] }

/** `cursor=*`: the first page, in cursor mode. */
export const FIRST = '*'

const FORMAT = 1
const digest = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 12)

export function encodeCursor (context: CursorContext, position: Position): string {
  const state = [FORMAT, digest(context.version), context.order, digest(context.query), position.offset, position.keys]
  return Buffer.from(JSON.stringify(state)).toString('base64url')
}

function refuse (value: string, detail: string): never {
  throw new InvalidParametersError([{ in: 'query', name: 'cursor', value, detail }])
}

export function decodeCursor (text: string, context: CursorContext, keyCount: number): Position {
  let state: unknown
  try {
    state = /^[A-Za-z0-9_-]+$/.test(text) ? JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) : undefined
  } catch {}
  if (!Array.isArray(state) || state.length !== 6 || state[0] !== FORMAT) {
    refuse(text, `not a cursor; use ${FIRST} for the first page, then the cursor in the Link header's rel="next" (or meta.next_cursor)`)
  }
  const [, version, order, query, offset, keys] = state as unknown[]
  if (order !== context.order || query !== digest(context.query)) {
    refuse(text, 'this cursor was made for another query: a cursor works only with the filters and sort it was made with')
  }
  if (version !== digest(context.version)) {
    refuse(text, `this cursor is stale: the data was reloaded since it was made; start again with cursor=${FIRST}`)
  }
  const valid = Number.isSafeInteger(offset) && (offset as number) >= 0 && Array.isArray(keys) && keys.length === keyCount &&
    keys.every(key => typeof key === 'string' || Number.isSafeInteger(key))
  if (!valid) refuse(text, 'not a cursor this server made')
  return { offset: offset as number, keys: keys as KeyValue[] }
}
