/**
 * Detects text that went through a GBK/UTF-8 mix-up: UTF-8 bytes that were
 * decoded as GBK produce runs like 鍙戝竷 or 涓枃. The test is constructive
 * rather than a list of "suspicious" characters: encode the run back to GBK
 * and see whether the bytes are valid UTF-8 for Chinese text. Ordinary
 * Chinese almost never survives that round trip, so false alarms are rare.
 */

let gbkTable: Map<string, number[]> | undefined;

/** Builds (once) a char → GBK bytes table with Node's ICU GBK decoder. */
function table(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  gbkTable = new Map();
  const decoder = new TextDecoder('gbk');
  const bytes: number[] = [];
  const pairs: [number, number][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      bytes.push(lead, trail, 0x0a);
      pairs.push([lead, trail]);
    }
  }
  const decoded = decoder.decode(new Uint8Array(bytes)).split('\n');
  decoded.forEach((ch, i) => {
    const pair = pairs[i];
    if (pair && ch.length === 1 && ch !== '\uFFFD' && !gbkTable!.has(ch)) gbkTable!.set(ch, pair);
  });
  return gbkTable;
}

/** True when some char of `s` lies outside GB2312 (lead/trail bytes A1–FE). */
function hasNonGb2312(s: string, t: Map<string, number[]>): boolean {
  for (const ch of s) {
    const enc = t.get(ch);
    if (enc && (enc[0]! < 0xa1 || enc[1]! < 0xa1)) return true;
  }
  return false;
}

/** True for code points mojibake decodes to when the source was Chinese. */
function isCjkCodePoint(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
}

/**
 * Returns [start, end) char ranges of `s` that look like UTF-8 read as GBK.
 * A range is reported when its GBK bytes contain at least `minChain`
 * consecutive valid 3-byte UTF-8 sequences decoding to Chinese.
 */
export function findGbkMojibake(s: string, minChain = 2): [number, number][] {
  const t = table();
  const out: [number, number][] = [];
  let i = 0;
  while (i < s.length) {
    // Collect a run of GBK-encodable non-ASCII chars.
    const bytes: number[] = [];
    const owner: number[] = [];
    let j = i;
    while (j < s.length) {
      const enc = t.get(s[j]!);
      if (!enc) break;
      bytes.push(enc[0]!, enc[1]!);
      owner.push(j, j);
      j++;
    }
    if (j - i >= 3) {
      let b = 0;
      while (b + 2 < bytes.length) {
        let chain = 0;
        let k = b;
        while (k + 2 < bytes.length) {
          const [b0, b1, b2] = [bytes[k]!, bytes[k + 1]!, bytes[k + 2]!];
          if (b0 < 0xe0 || b0 > 0xef || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) break;
          const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
          if (!isCjkCodePoint(cp)) break;
          chain++;
          k += 3;
        }
        const start = owner[b]!;
        const end = chain > 0 ? owner[k - 1]! + 1 : start;
        // A chain of two also occurs by chance in rare place names (渔江楠村);
        // accept it only when the span holds a GBK-extension character, which
        // ordinary Simplified text almost never uses but mojibake always does.
        if (chain >= minChain + 1 || (chain >= minChain && hasNonGb2312(s.slice(start, end), t))) {
          const last = out[out.length - 1];
          if (last && start <= last[1]) last[1] = Math.max(last[1], end);
          else out.push([start, end]);
          b = k;
        } else {
          b++;
        }
      }
    }
    i = j === i ? i + 1 : j;
  }
  return out;
}

/** Encodes Chinese text as UTF-8 and decodes it as GBK: builds test mojibake. */
export function makeMojibake(s: string): string {
  return new TextDecoder('gbk').decode(new TextEncoder().encode(s));
}
