import type { ApiError as ApiErrorBody } from '@dondoc/schemas';
import { t } from '../i18n/t';

export type FieldError = { path: string; message: string };

/**
 * Every failed call becomes one of these. The client only reports: showing the message or
 * sending the user to the login page is the caller's business.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal | undefined;
};

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(x: unknown): x is ApiErrorBody {
  return typeof x === 'object' && x !== null && typeof (x as ApiErrorBody).message === 'string';
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(withQuery(`/api${path}`, query), {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', t('error.network'));
  }

  if (res.status === 204) return undefined as T;
  return answer<T>(res.status, res.ok, await res.text());
}

/** Reads an answer's body: the data when ok, else the ApiError it stands for. */
function answer<T>(status: number, ok: boolean, text: string): T {
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!ok) {
    // The server's Vietnamese message wins; ours is only for answers without one (proxy pages).
    if (isErrorBody(data)) {
      throw new ApiError(status, data.code ?? `HTTP_${status}`, data.message, data.fields ?? []);
    }
    throw new ApiError(status, `HTTP_${status}`, t('error.server'));
  }
  return data as T;
}

export type UploadProgress = { loaded: number; total: number };

export type UploadOptions = {
  /** Called as the bytes leave the browser; once loaded === total the server is still reading. */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal | undefined;
};

/**
 * POSTs a multipart form and reports upload progress. fetch() cannot watch a request body go
 * out, so this one call uses XMLHttpRequest; answers and errors are read as api() reads them.
 */
export function apiUpload<T>(path: string, form: FormData, { onProgress, signal }: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onload = () => {
      try {
        resolve(answer<T>(xhr.status, xhr.status >= 200 && xhr.status < 300, xhr.responseText));
      } catch (e) {
        reject(e);
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', t('error.network')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
