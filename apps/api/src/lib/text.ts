/** Folds Vietnamese text for matching: no accents (đ → d), lower case, single spaces. */
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

/** "Huyện Tràng Định" → "trangdinh", "Thành phố Lạng Sơn" → "tplangson". */
export function districtSlug(name: string): string {
  const f = fold(name);
  if (f.startsWith('thanh pho ')) return `tp${f.slice('thanh pho '.length).replace(/ /g, '')}`;
  return f.replace(/^(huyen|thi xa) /, '').replace(/ /g, '');
}
