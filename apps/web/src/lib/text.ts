/**
 * Splits a list typed by a person. One entry per line; a single line may use commas or
 * semicolons instead. Names themselves hold commas ("… các huyện, thành phố"), so once
 * there are several lines commas are left alone.
 */
export function splitList(s: string): string[] {
  const separator = s.includes('\n') ? /\n/ : /[,;]/;
  return s
    .split(separator)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** The inverse of splitList: one per line, with a final newline so a lone name with a comma survives. */
export function joinList(items: readonly string[]): string {
  return items.length ? `${items.join('\n')}\n` : '';
}
