import { vi } from './vi';
import type { MessageKey } from './vi';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'dondoc.locale';

function readLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Locale = readLocale();
// Vietnamese ships with the page; English, which few users pick, is fetched before the first render.
let catalogue: Record<MessageKey, string> = vi;

/** Loads the chosen language's messages; call once before rendering. */
export async function loadCatalogue(): Promise<void> {
  if (current !== 'en') return;
  try {
    catalogue = (await import('./en')).en;
  } catch {
    // The chunk did not load (offline, a deploy in between): Vietnamese rather than a blank page.
    current = 'vi';
  }
}

export const getLocale = (): Locale => current;

/** Changing language reloads the page: texts are read at render time, so a reload is the simplest full refresh. */
export function setLocale(locale: Locale): void {
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts until reload
  }
  document.documentElement.lang = locale;
  location.reload();
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogue[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
