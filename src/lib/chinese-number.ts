/**
 * Writes a positive integer below 10,000 the way Chinese statutes number
 * their articles: 1 → 一, 10 → 十, 23 → 二十三, 105 → 一百零五, 1062 → 一千零六十二.
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** Chinese numeral for 1–9999, as used in 第…条. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumber: ${n} is outside 1–9999`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + unit;
  });
  // 10–19 are written 十, 十一 … not 一十, 一十一.
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}
