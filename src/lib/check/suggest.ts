/** Did-you-mean suggestions for misspelt ids and field names. */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Lowercase, without accents, hyphens or spaces: how names are compared ("Guaidó" ~ "guaido"). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The closest of `candidates` to `wanted`: an exact match once accents and hyphens are ignored,
 * or an alias, or the nearest spelling within a third of the word's length. Undefined if none is close.
 */
export function closest(wanted: string, candidates: readonly { id: string; names?: readonly string[] }[]): string | undefined {
  const folded = foldName(wanted);
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of [candidate.id, ...(candidate.names ?? [])]) {
      const distance = editDistance(folded, foldName(name));
      if (distance === 0) return candidate.id;
      if (!best || distance < best.distance) best = { id: candidate.id, distance };
    }
  }
  return best && best.distance <= Math.max(1, Math.floor(folded.length / 3)) ? best.id : undefined;
}
