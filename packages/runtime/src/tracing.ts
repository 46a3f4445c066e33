import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type TextMapSetter } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { PlainHandler } from './http';

let installed = false;

/**
 * Tracing for this process, once: W3C `traceparent` accepted from callers and passed on, the request's
 * span carried through its async work, and spans exported over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` when it is set (Jaeger, Tempo, an OpenTelemetry collector), or to the
 * exporter given (tests). Without either, tracing is off: nothing is recorded or passed on.
 */
export function installTracing(exporter?: SpanExporter): void {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  // Off unless something records: carrying a context through every promise costs each hop CPU (bench:graph).
  if (installed || (!exporter && !endpoint)) return;
  installed = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(new OTLPTraceExporter())] }));
}

const tracer = () => trace.getTracer('careplan');

/**
 * `handler` with a server span for each request, the child of the caller's `traceparent` when it sends
 * one; the rest of the request (resolvers, calls to the graph and to subgraphs) runs inside it.
 * Attributes name the service, method, path and status: never a header, a variable or anything about a
 * person. With tracing off, the handler runs as it is.
 */
export function traced(service: string, handler: PlainHandler): PlainHandler {
  return (req, res) => {
    if (!installed) return handler(req, res);
    const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const attributes: Attributes = { 'service.name': service, 'http.request.method': req.method, 'url.path': path };
    const span = tracer().startSpan(`${service} ${req.method} ${path}`, { kind: SpanKind.SERVER, attributes }, parent);
    res.on('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    return context.with(trace.setSpan(parent, span), () => handler(req, res));
  };
}

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = { set: (carrier, key, value) => carrier.set(key, value) };

/** Adds the current trace context (`traceparent`) to a request about to leave this process. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, headerSetter);
}

/**
 * Runs background work (a worker's job) in a span of its own, so the graph calls it makes are one trace
 * across the gateway and subgraphs. Ids and names of jobs only, never their data.
 */
export function inSpan<T>(service: string, name: string, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(`${service} ${name}`, { kind: SpanKind.CONSUMER, attributes: { 'service.name': service } }, async (span) => {
    try {
      return await work();
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}
