/**
 * The map from normalized offsets back to source offsets, stored as segments instead of one entry
 * per character.
 *
 * Normalization changes a text in few places (a marker here, a hyphenation there), so the map is a
 * short list of stretches: a `copy` stretch maps output offset `o + d` to source offset `s + d`, a
 * `repeat` stretch maps every output offset to one source index (the `fi` of an expanded ligature).
 * Building it costs per change, not per character (a per-character array for a 1 MB text means
 * writing 4 MB of fresh memory, which costs more than the whole normalization scan). A bucket index
 * keeps lookups O(1) in practice: each bucket of output offsets knows the segment its first offset falls
 * in, with about as many buckets as segments, so a lookup searches the one or two segments of its bucket
 * (by binary search, so a bucket crowded with segments costs a logarithm, never a walk).
 */

/** Buckets never get smaller than this many output offsets (a short text needs no index to speak of). */
const MIN_BUCKET_BITS = 5;

/** Collects segments in output order; adjacent stretches that continue each other become one. */
export class SegmentsBuilder {
  private readonly outStarts: number[] = [];
  private readonly srcStarts: number[] = [];
  /** 1: the source offset steps with the output offset; 0: it stays put. */
  private readonly steps: number[] = [];
  private lastOut = -1;

  /** Output offsets [out, out + length) map to source offsets [src, src + length). */
  copy(out: number, src: number, length: number): void {
    if (length <= 0) return;
    const n = this.steps.length;
    // A copy that continues the previous copy in both texts is the same stretch.
    if (
      n > 0 &&
      this.steps[n - 1] === 1 &&
      (this.srcStarts[n - 1] as number) + (out - this.lastOut) === src
    ) {
      return;
    }
    this.push(out, src, 1);
  }

  /** Output offsets [out, out + length) all map to source offset `src`. */
  repeat(out: number, src: number, length: number): void {
    if (length <= 0) return;
    // One character mapping to one source index is a copy of length 1 (and may extend one).
    if (length === 1) this.copy(out, src, 1);
    else this.push(out, src, 0);
  }

  private push(out: number, src: number, step: number): void {
    this.outStarts.push(out);
    this.srcStarts.push(src);
    this.steps.push(step);
    this.lastOut = out;
  }

  /** The finished map: output offsets 0..outLength, where `outLength` maps to `srcLength`. */
  build(outLength: number, srcLength: number): OffsetMap {
    // The end offset is a segment of its own, so `at(outLength)` needs no special case.
    const n = this.steps.length + 1;
    const outStarts = new Int32Array(n);
    const srcStarts = new Int32Array(n);
    const steps = new Uint8Array(n);
    for (let k = 0; k < n - 1; k++) {
      outStarts[k] = this.outStarts[k] as number;
      srcStarts[k] = this.srcStarts[k] as number;
      steps[k] = this.steps[k] as number;
    }
    outStarts[n - 1] = outLength;
    srcStarts[n - 1] = srcLength;
    return new OffsetMap(outStarts, srcStarts, steps);
  }
}

/**
 * A non-decreasing map from output offsets 0..length to source offsets. Segments must start at
 * output offset 0 (the builder's users always cover every output offset).
 */
export class OffsetMap {
  /** The output length (the last offset that maps). */
  readonly length: number;
  /** log2 of the output offsets per bucket. */
  private readonly bucketBits: number;
  /** Per bucket: the segment its first output offset falls in, plus one entry for the last segment. */
  private readonly buckets: Int32Array;

  constructor(
    private readonly outStarts: Int32Array,
    private readonly srcStarts: Int32Array,
    private readonly steps: Uint8Array,
  ) {
    const n = outStarts.length;
    this.length = outStarts[n - 1] as number;
    let bits = MIN_BUCKET_BITS;
    while (this.length >> bits > n) bits++;
    this.bucketBits = bits;
    const count = (this.length >> bits) + 1;
    this.buckets = new Int32Array(count + 1);
    let seg = 0;
    for (let b = 0; b < count; b++) {
      const first = b << bits;
      while (seg + 1 < n && (outStarts[seg + 1] as number) <= first) seg++;
      this.buckets[b] = seg;
    }
    this.buckets[count] = n - 1;
  }

  /** The segment that output offset `k` falls in: the last one starting at or before `k`. */
  private segmentAt(k: number): number {
    const b = k >> this.bucketBits;
    let lo = this.buckets[b] as number;
    let hi = this.buckets[b + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.outStarts[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of output offset `k` (an integer, 0 ≤ k ≤ length). */
  at(k: number): number {
    const seg = this.segmentAt(k);
    const src = this.srcStarts[seg] as number;
    return this.steps[seg] === 1 ? src + (k - (this.outStarts[seg] as number)) : src;
  }

  /**
   * This map followed by `inner` (which maps this map's source offsets on): one map from this
   * map's output to `inner`'s source, built per segment of both.
   */
  then(inner: OffsetMap): OffsetMap {
    const out = new SegmentsBuilder();
    const n = this.outStarts.length - 1;
    for (let s = 0; s < n; s++) {
      const o = this.outStarts[s] as number;
      const len = (this.outStarts[s + 1] as number) - o;
      const mid = this.srcStarts[s] as number;
      if (this.steps[s] === 0) {
        out.repeat(o, inner.at(mid), len);
        continue;
      }
      // A copy stretch crosses the inner segments it covers, each keeping its own step.
      let d = 0;
      while (d < len) {
        const seg = inner.segmentAt(mid + d);
        const innerNext =
          seg + 1 < inner.outStarts.length ? (inner.outStarts[seg + 1] as number) : Number.MAX_SAFE_INTEGER;
        const run = Math.min(len - d, innerNext - (mid + d));
        if (inner.steps[seg] === 1) out.copy(o + d, inner.at(mid + d), run);
        else out.repeat(o + d, inner.srcStarts[seg] as number, run);
        d += run;
      }
    }
    return out.build(this.length, inner.at(this.at(this.length)));
  }
}
