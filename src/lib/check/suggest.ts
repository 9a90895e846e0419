/** Did-you-mean suggestions for misspelt ids and field names. */

/**
 * Edit distance between two short strings: insertions, deletions, substitutions, and swaps of two
 * neighbouring letters ("titel" → "title" is one edit), the commonest slip when typing fast.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // rows[i][j]: the distance between the first i letters of a and the first j letters of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = distance;
    }
  }
  return rows[a.length]![b.length]!;
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
 * or an alias, or the nearest spelling (one edit for short words, two or a quarter of the length for
 * longer ones). Undefined if none is close.
 */
export function closest(wanted: string, candidates: readonly { id: string; names?: readonly string[] }[]): string | undefined {
  const folded = foldName(wanted);
  // A word of someone's name ("perez" for "Ana Pérez") points to them, if to them alone.
  const byWord = candidates.filter((candidate) =>
    [candidate.id, ...(candidate.names ?? [])].some((name) =>
      name.split(/[\s-]+/).some((word) => word.length > 2 && foldName(word) === folded),
    ),
  );
  if (byWord.length === 1) return byWord[0]!.id;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of [candidate.id, ...(candidate.names ?? [])]) {
      const distance = editDistance(folded, foldName(name));
      if (distance === 0) return candidate.id;
      if (!best || distance < best.distance) best = { id: candidate.id, distance };
    }
  }
  return best && best.distance <= (folded.length <= 4 ? 1 : Math.max(2, Math.floor(folded.length / 4))) ? best.id : undefined;
}
