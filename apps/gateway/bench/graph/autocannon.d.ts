// The part of autocannon@9's programmatic API the graph bench uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: Request, context: object) => Request;
    }
    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      requests?: Request[];
      /** A falsy answer counts the response in `mismatches`. */
      verifyBody?: (body: string) => boolean;
    }
    interface Result {
      /** Seconds. */
      duration: number;
      /** `total`: responses. */
      requests: { total: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      mismatches: number;
    }
    /** A running instance: an event emitter that is also the promise of its result. */
    interface Instance extends PromiseLike<Result> {
      /** `responseTime` in fractional ms (the result's own latency histogram keeps whole ms only). */
      on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    }
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
