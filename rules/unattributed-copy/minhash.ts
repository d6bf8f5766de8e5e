// MinHash signatures with LSH banding: passages whose shingle sets are alike
// land in the same bucket of at least one band, so candidates are found
// without comparing every passage with every other.

const bands = 8
const rows = 4
const size = bands * rows

// Fixed odd multipliers and offsets: one universal hash per signature slot.
const seeds = Array.from({length: size}, (_, i) => [(0x9e3779b1 * (i + 1)) | 1, (0x85ebca6b * (i + 7)) >>> 0] as const)

/** FNV-1a, 32 bits. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function signature(shingles: Set<number>): Uint32Array {
  const result = new Uint32Array(size).fill(0xffffffff)
  for (const shingle of shingles) {
    for (let i = 0; i < size; i++) {
      const value = (Math.imul(shingle, seeds[i][0]) + seeds[i][1]) >>> 0
      if (value < result[i]) result[i] = value
    }
  }
  return result
}

/** One bucket key per band. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = []
  for (let band = 0; band < bands; band++) {
    let key = `${band}`
    for (let row = 0; row < rows; row++) key += `:${sig[band * rows + row].toString(36)}`
    keys.push(key)
  }
  return keys
}
