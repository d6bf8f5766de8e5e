// MinHash signatures with LSH banding: sets whose members are alike land in
// the same bucket of at least one band, so candidates are found without
// comparing every item with every other. Used for copied passages and for
// copy families (near-identical articles).

/** FNV-1a, 32 bits. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export interface MinHash {
  size: number
  signature(shingles: Iterable<number>): Uint32Array
  /** One bucket key per band. */
  bandKeys(signature: ArrayLike<number>): string[]
}

export function createMinHash(bands: number, rows: number): MinHash {
  const size = bands * rows
  // Fixed odd multipliers and offsets: one universal hash per signature slot.
  const seeds = Array.from({length: size}, (_, i) => [(0x9e3779b1 * (i + 1)) | 1, (0x85ebca6b * (i + 7)) >>> 0] as const)
  return {
    size,
    signature(shingles) {
      const result = new Uint32Array(size).fill(0xffffffff)
      for (const shingle of shingles) {
        for (let i = 0; i < size; i++) {
          const value = (Math.imul(shingle, seeds[i][0]) + seeds[i][1]) >>> 0
          if (value < result[i]) result[i] = value
        }
      }
      return result
    },
    bandKeys(signature) {
      const keys: string[] = []
      for (let band = 0; band < bands; band++) {
        let key = `${band}`
        for (let row = 0; row < rows; row++) key += `:${signature[band * rows + row].toString(36)}`
        keys.push(key)
      }
      return keys
    }
  }
}

/** The share of slots two signatures agree on: an estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length === 0 ? 0 : same / a.length
}
