/**
 * OpenTelemetry traces: a span per HTTP request, per GraphQL parse/validate/execute and per resolver that
 * does work (default property resolvers are left out), and per SQL statement, with no values: the GraphQL
 * document has its literals replaced by `*`, a statement its literals by `?` and never carries parameters,
 * and a URL keeps its path only. Started by src/observability/instrument.ts when OTEL_EXPORTER_OTLP_ENDPOINT
 * is set; tests start it with an in-memory exporter.
 *
 * ESM: the instrumentations patch modules as they load. `require` is hooked by the instrumentations
 * themselves; `import` needs import-in-the-middle's loader hook, registered here before the app loads.
 */
import type { IncomingMessage } from 'node:http';
import { register } from 'node:module';
import { context, propagation, trace, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ParentBasedSampler, TraceIdRatioBasedSampler, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';

/** Probes are called every few seconds and say nothing about requests: no traces for them. */
const UNTRACED = /^\/(healthz|readyz|metrics)(\?|$)/;

/** The path of a request's URL: a GET query carries its variables in the query string. */
function withoutQuery(span: Span, request: IncomingMessage): void {
  const url = request.url ?? '';
  const cut = url.indexOf('?');
  if (cut < 0) return;
  span.setAttribute('http.target', url.slice(0, cut));
  span.setAttribute('url.path', url.slice(0, cut));
  span.setAttribute('url.query', 'redacted');
  span.setAttribute('http.url', 'redacted');
  span.setAttribute('url.full', 'redacted');
}

/**
 * A statement's text with every literal replaced by `?`. The ORM inlines values into the SQL it sends
 * (`array['JZ06']`, `'2021-06-01'`), so the text alone would carry a request's data into the trace.
 * Strings (also E'' and dollar-quoted), and numbers that are not part of a name or a `$1` placeholder.
 */
export function withoutLiterals(sql: string): string {
  return sql
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/[eE]?'(?:[^']|'')*'/g, '?')
    .replace(/(?<![\w$.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])/g, '?');
}

export interface Tracing {
  /** Sends the spans still buffered, and stops. */
  shutdown(): Promise<void>;
}

/**
 * `sampleRatio`: the share of requests traced when the caller did not decide (a caller's sampled
 * `traceparent` is always followed, so a trace is never cut in half).
 */
export function startTracing(processor: SpanProcessor, serviceVersion: string, sampleRatio = 1): Tracing {
  register('import-in-the-middle/hook.mjs', import.meta.url);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME?.trim() || 'jeugdzorg-api', 'service.version': serviceVersion }),
    spanProcessors: [processor],
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(sampleRatio) }),
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED.test(request.url ?? ''),
        // Outgoing HTTP (a JWKS fetch, the exporter itself) is not traced.
        ignoreOutgoingRequestHook: () => true,
        requestHook: (span, request) => {
          if ('headers' in request && !('setHeader' in request)) withoutQuery(span, request);
        },
      }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, allowValues: false }),
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        requireParentSpan: true,
        requestHook: (span, { query }) => {
          const shape = withoutLiterals(query.text);
          span.setAttribute('db.query.text', shape);
          span.setAttribute('db.statement', shape);
        },
      }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}
