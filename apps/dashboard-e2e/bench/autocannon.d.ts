/** The part of autocannon 9's programmatic API that bench/load.bench.ts uses (the package ships no types). */
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: 'GET' | 'POST';
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    body?: string;
    /** A response whose body this does not accept counts as a mismatch. */
    verifyBody?: (body: string) => boolean;
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
