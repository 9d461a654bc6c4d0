/** The rows a scroll box shows, plus `overscan` either side so a fast scroll never shows a gap. */
export function windowRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight);
  const end = Math.min(count, last + overscan);
  // Scrolled past the end (the list shrank under the scroll box): keep the last screenful.
  const start = Math.min(Math.max(0, first - overscan), Math.max(0, end - (last - first) - 2 * overscan));
  return { start, end };
}
