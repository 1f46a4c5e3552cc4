import { chromium } from '@playwright/test';
const [,, path, out, width='360', extra=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +width, height: 800 } });
if (extra) await p.addInitScript((e) => localStorage.setItem('gardenia-display', e), extra);
await p.goto((process.env.BASE ?? 'http://127.0.0.1:4321') + path);
await p.screenshot({ path: out, fullPage: process.env.FULL === "1", clip: process.env.CLIPY ? { x: 0, y: +process.env.CLIPY, width: +width, height: 800 } : undefined });
await b.close();
