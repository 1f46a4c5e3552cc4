/**
 * Astro integration: after the build, puts the browser editor into dist/admin/
 * (see admin-files.ts). The public pages never load or link any of it.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { writeAdminFiles } from './admin-files.ts';

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'gardenia-cms-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        await writeAdminFiles(resolve(import.meta.dirname, '../../..'), out);
        logger.info('浏览器编辑器已写入 admin/');
      },
    },
  };
}
