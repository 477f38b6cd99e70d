/** Text normalisation shared by the build step (name lookup) and the explorer (search). */

/**
 * Normalised lookup key: case, diacritics, punctuation and a leading article do not matter
 * ("I.V. Stalin" ≡ "i v stalin", "Kim Il-sung" ≡ "Kim Il Sung").
 */
export function nameKey(name: string): string {
  // Names repeat across a corpus (the same correspondents, the same words): remember recent keys.
  const known = keyCache.get(name);
  if (known !== undefined) return known;
  const key = computeNameKey(name);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

const KEY_CACHE_LIMIT = 200_000;
const keyCache = new Map<string, string>();

function computeNameKey(name: string): string {
  // Plain ASCII needs no Unicode normalisation, which is the slow part.
  if (/^[\x20-\x7e]*$/.test(name)) {
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/^the /, '');
  }
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
