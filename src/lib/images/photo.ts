/**
 * The one image file made for each photo of a record: WebP, 720 px wide (enough for a phone's screen at twice its
 * density and for the gallery's column on a desktop), quality 60. Gallery, cards and the print poster all use these
 * options, so Astro writes one file per photo: at 50,000 records the output holds one image per photo, not eight
 * (three widths in two formats plus a thumbnail and a poster size), and no AVIF encoding (about 140 ms per file).
 */
export const PHOTO = { width: 720, format: 'webp', quality: 60 } as const;
