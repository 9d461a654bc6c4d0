import { en } from './en';
import { vi } from './vi';
import type { MessageKey } from './vi';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'dondoc.locale';
const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

function readLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Locale = readLocale();

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
  const text = catalogues[current][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
