import { chromium } from '@playwright/test';
const [,, path, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 800, height: 1100 } });
await p.goto('http://127.0.0.1:4321' + path);
await p.emulateMedia({ media: 'print' });
await p.screenshot({ path: out, fullPage: false });
await b.close();
