// How answers are compressed. @fastify/compress (registered in app.ts) and
// the response cache (plugins/http-cache.ts), which compresses each kept
// answer once per encoding, use these same settings, so an answer is
// compressed alike whichever of the two sends it.
import { constants } from 'node:zlib'

export const BROTLI_QUALITY = 5
export const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }

/** Smaller answers gain nothing from compression (also @fastify/compress's default). */
export const COMPRESS_FROM_BYTES = 1024
