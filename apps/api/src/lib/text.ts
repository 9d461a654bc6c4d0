import { fold } from '@dondoc/schemas';

/** "Huyện Tràng Định" → "trangdinh", "Thành phố Lạng Sơn" → "tplangson". */
export function districtSlug(name: string): string {
  const f = fold(name);
  if (f.startsWith('thanh pho ')) return `tp${f.slice('thanh pho '.length).replace(/ /g, '')}`;
  return f.replace(/^(huyen|thi xa) /, '').replace(/ /g, '');
}
