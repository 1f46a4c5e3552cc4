import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 360, height: 800 } });
await p.goto('http://127.0.0.1:4330/search/?q=' + encodeURIComponent(process.argv[2]));
await p.waitForSelector('[data-search-results] li', { timeout: 10000 }).catch(() => {});
await p.screenshot({ path: process.argv[3], clip: { x: 0, y: 330, width: 360, height: 800 } });
await b.close();
