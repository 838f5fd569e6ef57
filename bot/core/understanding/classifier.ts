/**
 * Inference for the danger classifier: logistic regression over hashed features (features.ts),
 * trained by `npm run train` (scripts/train.ts) from the labelled corpus in
 * knowledge/safety/corpus/. Pure and the same on Node and Workers; about a hundred microseconds
 * a message.
 *
 * The weights ship as a compact string: the non-zero features in ascending order, each as the gap
 * from the previous one (a base-128 varint) followed by a signed byte; a byte times `scale` is the
 * weight. Training is deterministic, so the same corpus gives the same file.
 */
import { HASH_BITS, featuresOf } from './features.js'

export interface DangerModel {
  version: 1
  hashBits: number
  bias: number
  scale: number
  /** How many features carry a weight. */
  size: number
  /** Base64 of the packed (gap, weight) pairs. */
  weights: string
  /** What it was trained on and how it did across writers (written by the training script). */
  trainedOn?: unknown
}

export class DangerClassifier {
  /**
   * The packed byte per feature (0: no weight), by hash: a flat array is read about five hundred
   * times a message, several times faster than a Map. A weight is byte × scale, multiplied when it
   * is added, exactly as the Map held it. 2^18 bytes.
   */
  private readonly bytes = new Int8Array(1 << HASH_BITS)

  constructor(readonly model: DangerModel) {
    if (model.version !== 1 || model.hashBits !== HASH_BITS) throw new Error('danger model: unknown version; run npm run train')
    const bytes = decodeBase64(model.weights)
    let at = 0
    let feature = 0
    for (let n = 0; n < model.size; n++) {
      let gap = 0
      let shift = 0
      for (;;) {
        const b = bytes[at++]!
        gap |= (b & 0x7f) << shift
        if (b < 0x80) break
        shift += 7
      }
      feature += gap
      const v = bytes[at++]!
      this.bytes[feature] = v > 127 ? v - 256 : v
    }
  }

  /** The probability that the words describe direct danger. */
  probability(tokens: readonly string[], facts: readonly string[] = []): number {
    const features = featuresOf(tokens, facts)
    if (features.length === 0) return 0
    let z = 0
    const scale = this.model.scale
    for (const f of features) {
      const v = this.bytes[f]!
      if (v !== 0) z += v * scale
    }
    return sigmoid(this.model.bias + z / Math.sqrt(features.length))
  }
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** Packs weights for DangerModel.weights (used by the training script). */
export function packWeights(weights: Map<number, number>, scale: number): { size: number; weights: string } {
  const out: number[] = []
  let previous = 0
  let size = 0
  for (const f of [...weights.keys()].sort((a, b) => a - b)) {
    const q = Math.max(-127, Math.min(127, Math.round(weights.get(f)! / scale)))
    if (q === 0) continue
    let gap = f - previous
    previous = f
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80)
      gap >>>= 7
    }
    out.push(gap)
    out.push(q & 0xff)
    size++
  }
  return { size, weights: encodeBase64(Uint8Array.from(out)) }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 by hand: atob/Buffer differ between runtimes, this does not. */
export function encodeBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=')
  }
  return s
}

export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let at = 0
  for (let i = 0; i < clean.length; i += 4) {
    const n = (B64.indexOf(clean[i]!) << 18) | (B64.indexOf(clean[i + 1] ?? 'A') << 12) | (B64.indexOf(clean[i + 2] ?? 'A') << 6) | B64.indexOf(clean[i + 3] ?? 'A')
    if (at < out.length) out[at++] = (n >> 16) & 255
    if (at < out.length) out[at++] = (n >> 8) & 255
    if (at < out.length) out[at++] = n & 255
  }
  return out
}
