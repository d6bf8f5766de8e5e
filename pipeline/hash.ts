// Keys for the content cache: what a result depends on, hashed.
import {createHash} from 'node:crypto'

/** A short, stable hash of anything JSON can hold. */
export function hashOf(...parts: unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\u0000')
  return hash.digest('hex')
}
