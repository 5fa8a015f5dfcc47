/** Text helpers for SVG labels, which cannot wrap or measure themselves. */

/** Average glyph width of the chart font, in em: a label's rough width is its length × font size × this. */
const GLYPH_EM = 0.56;

/** Shorten a label to fit `maxWidth`, ending with "…"; the full text is always in the data table. */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  const chars = Math.floor(maxWidth / (fontSize * GLYPH_EM));
  if (text.length <= chars) return text;
  const cut = text.slice(0, Math.max(1, chars - 1));
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > chars * 0.6 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}
