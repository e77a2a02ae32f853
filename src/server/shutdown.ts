/**
 * Graceful shutdown on SIGTERM / SIGINT: run the cleanup once, bounded by a grace period,
 * then exit. Repeated signals during shutdown are ignored on purpose: under `npm start` a
 * single Ctrl-C arrives twice (from the terminal and relayed by npm / tsx), and the grace
 * period already bounds how long shutdown may take.
 */
export function onShutdownSignal(
  cleanup: (signal: NodeJS.Signals) => Promise<void>,
  options: { graceMs: number; log: (message: string) => void },
): void {
  let shuttingDown = false;
  const handler = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    options.log(`${signal} received: shutting down`);
    const timer = setTimeout(() => {
      options.log(`shutdown took longer than ${options.graceMs} ms: exiting`);
      process.exit(1);
    }, options.graceMs);
    timer.unref();
    cleanup(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        options.log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
