/**
 * Folds Vietnamese text for matching names, the same way on server and client:
 * no accents (đ → d), lower case, punctuation as spaces, single spaces.
 * "Đài PT-TH tỉnh" → "dai pt th tinh".
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}
