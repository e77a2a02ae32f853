/**
 * The API's Prometheus metrics. One Registry per app, not prom-client's global one: tests run
 * several apps in one process, and each must report only its own traffic.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { TransactionTiming } from '../db/gateway';
import { BoundedLabel } from './bounded-label';

export type Transport = 'http' | 'ws';

/** What the metrics need to know of one finished GraphQL operation. */
export interface OperationSample {
  transport: Transport;
  /** The operation's name; undefined for an anonymous operation. Only trusted with `operationType`. */
  operationName?: string;
  /** query / mutation / subscription; undefined when the document never parsed. */
  operationType?: string;
  /** Undefined when the operation was refused before it was timed (authentication over HTTP). */
  durationMs?: number;
  /** `extensions.code` of the errors sent to the client (empty: success); each code counts once. */
  errorCodes: string[];
}

/** Error codes are ours, Apollo's and graphql-armor's: few, but not a closed set. */
const MAX_ERROR_CODES = 50;

const OPERATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const NEO4J_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60];
const KPI_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames: BoundedLabel;
  private readonly errorCodes = new BoundedLabel(MAX_ERROR_CODES, 'OTHER');
  private activeSubscriptionsSource: () => number = () => 0;

  private readonly operations = new Counter({
    name: 'ecograph_graphql_operations_total',
    help: 'GraphQL operations finished, by operation name and type, transport and outcome (ok, error).',
    labelNames: ['operation', 'type', 'transport', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly operationDuration = new Histogram({
    name: 'ecograph_graphql_operation_duration_seconds',
    help: 'Time from receiving a query or mutation to sending its response (subscriptions are not timed here).',
    labelNames: ['operation', 'type', 'transport'] as const,
    buckets: OPERATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'ecograph_graphql_errors_total',
    help: 'GraphQL operations that sent clients at least one error with this extensions.code.',
    labelNames: ['operation', 'type', 'transport', 'code'] as const,
    registers: [this.registry],
  });
  private readonly neo4jTransactions = new Histogram({
    name: 'ecograph_neo4j_transaction_duration_seconds',
    help: 'Neo4j units of work through the Gateway (all statements and driver retries), by mode, purpose and outcome.',
    labelNames: ['mode', 'purpose', 'outcome'] as const,
    buckets: NEO4J_BUCKETS,
    registers: [this.registry],
  });
  private readonly kpiComputations = new Histogram({
    name: 'ecograph_kpi_computation_duration_seconds',
    help: 'Whole-graph KPI recomputations (graph load and engine run), by engine.',
    labelNames: ['engine'] as const,
    buckets: KPI_BUCKETS,
    registers: [this.registry],
  });

  private readonly kpiIncremental = new Counter({
    name: 'ecograph_kpi_incremental_updates_total',
    help: 'Incremental KPI updates after writes, by how C was brought to the new version: the delta of what the writes touched, or read whole.',
    labelNames: ['read'] as const,
    registers: [this.registry],
  });

  private readonly kpiDeltaMismatches = new Counter({
    name: 'ecograph_kpi_delta_mismatches_total',
    help: 'Full KPI computations that found the incrementally kept graph different (a write did not declare what it touched).',
    registers: [this.registry],
  });

  constructor(options: { maxOperationNames: number }) {
    this.operationNames = new BoundedLabel(options.maxOperationNames);
    const source = () => this.activeSubscriptionsSource();
    new Gauge({
      name: 'ecograph_websocket_active_subscriptions',
      help: 'Active GraphQL subscriptions over all WebSocket connections.',
      registers: [this.registry],
      collect() {
        this.set(source());
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The gauge reads the WebSocket server's count at scrape time (it starts after the metrics). */
  countActiveSubscriptions(source: () => number): void {
    this.activeSubscriptionsSource = source;
  }

  operationFinished(sample: OperationSample): void {
    const labels = {
      operation: this.operationLabel(sample),
      type: sample.operationType ?? 'unknown',
      transport: sample.transport,
    };
    this.operations.inc({ ...labels, outcome: sample.errorCodes.length > 0 ? 'error' : 'ok' });
    if (sample.durationMs !== undefined && sample.operationType !== 'subscription') {
      this.operationDuration.observe(labels, sample.durationMs / 1000);
    }
    for (const code of new Set(sample.errorCodes)) this.errors.inc({ ...labels, code: this.errorCodes.of(code) });
  }

  /** A Gateway `onTransaction` hook; `purpose` tells request traffic from background analytics. */
  neo4jTimer(purpose: 'api' | 'analytics'): (timing: TransactionTiming) => void {
    return ({ mode, durationMs, ok }) =>
      this.neo4jTransactions.observe(
        { mode: mode.toLowerCase(), purpose, outcome: ok ? 'ok' : 'error' },
        durationMs / 1000,
      );
  }

  kpisComputed(engine: string, elapsedMs: number): void {
    this.kpiComputations.observe({ engine }, elapsedMs / 1000);
  }

  kpisUpdatedIncrementally(read: 'delta' | 'whole'): void {
    this.kpiIncremental.inc({ read });
  }

  kpiDeltaMismatch(): void {
    this.kpiDeltaMismatches.inc();
  }

  /** Named operations only (names from a parsed document): anonymous and unparsed ones share a label each. */
  private operationLabel({ operationName, operationType }: OperationSample): string {
    if (!operationType) return 'unknown';
    return operationName ? this.operationNames.of(operationName) : 'anonymous';
  }
}
