/**
 * The reader's display preferences (text size, contrast): where they are kept
 * and the only inline script, which applies them to <html> before first paint
 * so nothing flashes. Kept as a string so the build can put its hash in the CSP
 * (scripts/lib/csp/boot-script-hash.ts).
 */

/** localStorage key for display preferences (the only thing the site stores). */
export const PREFS_KEY = 'gardenia-display';

/** Source of the pre-paint script; must stay tiny and self-contained. */
export const bootScript =
  // html.js first: parts the page script shows or hides take their place at first paint (global.css).
  // Only where module scripts run (the page script is one); src/scripts/kit.ts takes it off again
  // when a page's script fails, so the no-JavaScript parts come back.
  `try{if('noModule' in HTMLScriptElement.prototype)document.documentElement.className+=' js'}catch(e){}` +
  `try{var p=JSON.parse(localStorage.getItem('${PREFS_KEY}')||'{}'),d=document.documentElement;if(p.text==='large'||p.text==='xlarge')d.dataset.text=p.text;if(p.contrast==='high')d.dataset.contrast='high'}catch(e){}` +
  // Flex gap (Chromium 84, Safari 14.1): where a 1px row gap does not separate two boxes, mark <html>
  // so global.css spaces flex rows with margins instead. Today's engines never get the class.
  `try{var r=document.documentElement,f=document.createElement('div');f.style.cssText='display:flex;flex-direction:column;row-gap:1px;position:absolute;visibility:hidden';f.appendChild(document.createElement('div'));f.appendChild(document.createElement('div'));r.appendChild(f);if(f.scrollHeight!==1)r.className+=' no-flex-gap';r.removeChild(f)}catch(e){}`;
