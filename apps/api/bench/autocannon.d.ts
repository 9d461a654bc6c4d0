// autocannon ships no types; only what the benches use.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type Context = Record<string, unknown>;
  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each send; returning a falsy value skips back to the first request of the sequence. */
    setupRequest?: (req: Request, context: Context) => Request | undefined;
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: Request[];
    timeout?: number;
    warmup?: { connections?: number; duration?: number };
  };
  export type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  export type Instance = EventEmitter &
    PromiseLike<Result> & {
      stop: () => void;
      on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    };

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
