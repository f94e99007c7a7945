// Slugs become URLs: ASCII, lower case, stable for the same headline.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };
const MAX = 50;

export function slugify(text: string, max = MAX): string {
  const ascii = text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => LIGATURES[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.lastIndexOf('-', max);
  return ascii.slice(0, cut > 0 ? cut : max).replace(/-+$/, '');
}
