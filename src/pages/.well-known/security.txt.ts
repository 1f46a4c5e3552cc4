import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { now } from '../../lib/clock.ts';

/** How long a published security.txt stays valid (RFC 9116 asks for less than a year). */
const VALID_DAYS = 360;

/**
 * RFC 9116 security.txt, generated so a re-badged site names its own mailbox and
 * URL. Expires is counted from the build: the daily rebuild keeps it fresh.
 */
export const GET: APIRoute = () => {
  const expires = new Date(now().getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const body = [
    `Contact: mailto:${site.correctionsEmail}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: zh, en',
    `Canonical: ${new URL('/.well-known/security.txt', site.url).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
