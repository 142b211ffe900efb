/**
 * Loaded before the app (`node --import tsx --import ./src/observability/instrument.ts src/main.ts`): starts
 * tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, and costs nothing (no OpenTelemetry module is even
 * loaded) when it is not. The exporter reads the standard OTEL_* variables (endpoint, headers, timeout);
 * OTEL_TRACES_SAMPLER_ARG is the share of requests traced (default 1: all).
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../projectRoot.js';
import { flushOnStop } from './flush.js';

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
  const [{ startTracing }, { OTLPTraceExporter }, { BatchSpanProcessor }] = await Promise.all([
    import('./tracing.js'), import('@opentelemetry/exporter-trace-otlp-http'), import('@opentelemetry/sdk-trace'),
  ]);
  const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  const ratio = Number(process.env.OTEL_TRACES_SAMPLER_ARG?.trim() || 1);
  if (!(ratio >= 0 && ratio <= 1)) {
    console.error(`Configuration error: OTEL_TRACES_SAMPLER_ARG must be a share from 0 to 1, got "${process.env.OTEL_TRACES_SAMPLER_ARG}"`);
    process.exit(1);
  }
  const tracing = startTracing(new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }), version, ratio);
  flushOnStop(() => tracing.shutdown());
}
