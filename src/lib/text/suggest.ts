/** "Did you mean …?" for ids typed by editors: the closest known value by edit distance, if it is close. */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** ` (có phải "x"?)` for the closest known value within a quarter of the length (at least 3 edits), else ''. */
export function suggest(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 4)) + 1;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (có phải "${best}"?)` : '';
}
