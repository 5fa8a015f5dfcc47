/** Zod's own Vietnamese messages for the generic cases our schemas do not word themselves. */
import { z } from 'astro/zod';

let configured = false;
export function zodLocale(): void {
  if (configured) return;
  z.config(z.locales.vi());
  configured = true;
}
