/**
 * The domain events' types live in core/domain-events.ts, so the data layer (Tx.emit, the
 * unit of work) can name them without importing events/ (no folder cycle).
 */
export * from '../core/domain-events';
