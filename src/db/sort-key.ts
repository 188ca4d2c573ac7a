// Text order that ignores letter case and accents and is the same on every
// database: a key computed here, stored beside the text, and compared by code
// point (SQLite's BINARY collation, PostgreSQL's COLLATE "C"). Databases fold
// case differently (SQLite's lower() knows only ASCII; PostgreSQL's depends on
// the server's locale), so none of that is left to them.
import { fold } from '../text.js'

/** Case folding as search does it (src/text.ts): 'KazMunayGas' and 'kazmunaygas' fold alike. */
export { fold }

/** The folded text without its accents: 'Ärzte' sorts among the a's. */
const base = (folded: string): string => folded.normalize('NFKD').replace(/\p{M}/gu, '')

/**
 * The key to order `text` by: first without accents or case, then with
 * accents, then as written, so that ties break the same way everywhere
 * (`ALPHA`, `Alpha`, `alpha`, `arzte`, `Ärzte`, `Beta`).
 */
export function sortKey (text: string): string {
  const folded = fold(text)
  return `${base(folded)}\u0001${folded}\u0001${text}`
}
