/** Text helpers for SVG labels, which cannot wrap or measure themselves. */

/** Rough width of a line of text in the chart font, in SVG units (average glyph ≈ 0.56 em). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Shorten a label to fit `maxWidth`, ending with "…"; the full text is always in the data table. */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  const chars = Math.floor(maxWidth / (fontSize * 0.56));
  if (text.length <= chars) return text;
  const cut = text.slice(0, Math.max(1, chars - 1));
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > chars * 0.6 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}
