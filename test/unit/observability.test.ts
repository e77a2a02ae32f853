/** Metric label bounds and the per-operation log line, without a server. */
import { ConfigError, loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/observability/logger';
import { BoundedLabel } from '../../src/observability/bounded-label';
import { Metrics } from '../../src/observability/metrics';
import { OperationRecorder } from '../../src/observability/operation-recorder';

describe('BoundedLabel', () => {
  it('admits the first `max` distinct values, keeps them, and reports newcomers as the overflow value', () => {
    const label = new BoundedLabel(2);
    expect(['a', 'b', 'c', 'a', 'b', 'd'].map((value) => label.of(value))).toEqual([
      'a',
      'b',
      'other',
      'a',
      'b',
      'other',
    ]);
  });
});

describe('OperationRecorder', () => {
  function recorder() {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const metrics = new Metrics({ maxOperationNames: 10 });
    return { lines, metrics, recorder: new OperationRecorder(logger, metrics) };
  }
  const caller = { kind: 'user' as const, id: 'u1', role: 'ANALYST' as const };

  it('logs success at info, client errors at warn and server faults at error, with each code once', () => {
    const { lines, recorder: r } = recorder();
    const base = { transport: 'http' as const, operationName: 'Q', operationType: 'query', durationMs: 1.234, caller };
    r.record({ ...base, errorCodes: [] });
    r.record({ ...base, errorCodes: ['FORBIDDEN', 'FORBIDDEN'] });
    r.record({ ...base, errorCodes: ['BAD_USER_INPUT', 'SERVICE_UNAVAILABLE'] });
    expect(lines.map((line) => [line.level, line.outcome, line.errorCodes])).toEqual([
      [30, 'ok', undefined],
      [40, 'error', ['FORBIDDEN']],
      [50, 'error', ['BAD_USER_INPUT', 'SERVICE_UNAVAILABLE']],
    ]);
    expect(lines[0]).toMatchObject({ durationMs: 1.23, caller: { kind: 'user', id: 'u1', role: 'ANALYST' } });
  });

  it('labels anonymous and unparsed operations apart from named ones, and counts an error code once per operation', async () => {
    const { metrics, recorder: r } = recorder();
    r.record({ transport: 'http', operationType: 'query', durationMs: 1, errorCodes: [] });
    r.record({ transport: 'http', operationName: 'Claimed', durationMs: 1, errorCodes: ['GRAPHQL_PARSE_FAILED'] });
    r.record({ transport: 'ws', operationName: 'S', operationType: 'query', durationMs: 1, errorCodes: ['X', 'X'] });
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'ecograph_graphql_operations_total{operation="anonymous",type="query",transport="http",outcome="ok"} 1',
    );
    expect(text).toContain(
      'ecograph_graphql_errors_total{operation="unknown",type="unknown",transport="http",code="GRAPHQL_PARSE_FAILED"} 1',
    );
    expect(text).not.toContain('Claimed');
    expect(text).toContain('ecograph_graphql_errors_total{operation="S",type="query",transport="ws",code="X"} 1');
  });
});

describe('observability config', () => {
  it('serves metrics without a token and with 200 operation names by default; refuses a short token', () => {
    expect(loadConfig({}).observability).toEqual({
      metrics: { enabled: true, token: undefined, maxOperationNames: 200 },
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});
