import { useEffect, useRef, useState } from 'react';
import { errorText } from './status';

export type Upload = { key: number; name: string; loaded: number; total: number; error: string | null; controller: AbortController | null };

type Send<T> = (file: File, opts: { signal: AbortSignal; onProgress: (p: { loaded: number; total: number }) => void }) => Promise<T>;

/**
 * Uploads started from a form (evidence, report attachments), each with its progress. A file over
 * the limit is refused before sending; a finished upload is handed to `onUploaded` and leaves the
 * list; a refused one stays with its message until dismissed. Uploads still running are cancelled
 * when the form goes away.
 */
export function useUploads<T>(opts: {
  send: Send<T>;
  onUploaded: (saved: T) => void | Promise<void>;
  maxBytes: number;
  tooLarge: (name: string) => string;
  /** The message for a failure whose text does not already name the file. */
  refused: (name: string, message: string) => string;
}) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const running = useRef(new Set<AbortController>());
  useEffect(() => {
    const set = running.current;
    return () => {
      for (const c of set) c.abort();
    };
  }, []);

  const patch = (key: number, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const drop = (key: number) => setUploads((list) => list.filter((u) => u.key !== key));

  const start = (file: File) => {
    const key = nextKey.current++;
    if (file.size > opts.maxBytes) {
      setUploads((list) => [...list, { key, name: file.name, loaded: 0, total: file.size, error: opts.tooLarge(file.name), controller: null }]);
      return;
    }
    const controller = new AbortController();
    running.current.add(controller);
    setUploads((list) => [...list, { key, name: file.name, loaded: 0, total: file.size, error: null, controller }]);
    opts
      .send(file, { signal: controller.signal, onProgress: ({ loaded, total }) => patch(key, { loaded, total: total || file.size }) })
      .then(async (saved) => {
        await opts.onUploaded(saved);
        drop(key);
      })
      .catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') drop(key);
        else {
          // The server's refusals name the file already; other failures (the network) get it added.
          const message = errorText(e);
          patch(key, { error: message.includes(file.name) ? message : opts.refused(file.name, message), controller: null });
        }
      })
      .finally(() => running.current.delete(controller));
  };

  return { uploads, start, dismiss: drop, busy: uploads.some((u) => u.error === null) };
}
