/** Same files as the site, loose schema: the baseline measures Astro itself, not our validation. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';

const dir = resolve(process.env.CONTENT_DIR ?? '../../content');
const loose = z.looseObject({ title: z.string().optional(), name: z.string().optional(), summary: z.string().optional() });

export const collections = {
  initiatives: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${dir}/initiatives` }), schema: loose }),
  units: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${dir}/units` }), schema: loose }),
};
