// autocannon ships no types; only what the benches use.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  type Request = { method?: string; path?: string; headers?: Record<string, string> };
  type Options = { url: string; connections?: number; duration?: number; amount?: number; headers?: Record<string, string>; requests?: Request[]; timeout?: number };
  type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  type Instance = EventEmitter &
    PromiseLike<Result> & {
      stop: () => void;
      on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    };

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
