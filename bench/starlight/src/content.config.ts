/**
 * Starlight's docs collection, read from the generated corpus ($STARLIGHT_CONTENT)
 * instead of src/content/docs. Same pattern as Starlight's docsLoader().
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: process.env.STARLIGHT_CONTENT ?? './src/content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
