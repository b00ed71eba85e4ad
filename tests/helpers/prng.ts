/** Mulberry32: a tiny seeded PRNG for property tests, so every failure replays from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` pieces drawn from `pieces` with `next`, joined by spaces or by nothing (a coin flip): random
 * text made of the words and marks a finder cares about.
 */
export function textFromPieces(next: () => number, pieces: readonly string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pieces[Math.floor(next() * pieces.length)] as string);
  return out.join(next() < 0.5 ? ' ' : '');
}
