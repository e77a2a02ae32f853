/**
 * Starts the analytics worker thread from wherever this code runs:
 * - the production build (`npm run build`, dist/, plain node): the compiled analytics-worker.js
 *   beside this module;
 * - TypeScript source (`npm start` and the scripts under tsx, the tests under ts-jest): the
 *   worker thread has no TypeScript loader of its own (ts-jest's transform does not reach
 *   it, and a worker started by a tsx process only inherits tsx's flags by accident), so a
 *   one-line bootstrap loads analytics-worker.ts through tsx's scoped `require` (tsx/cjs/api),
 *   which compiles that file and what it imports without hooking anything global.
 */
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface StartedWorker {
  worker: Worker;
  /** The file the thread runs (.js in the build, .ts from source). */
  entry: string;
}

const ENTRY = 'analytics-worker';

export function startAnalyticsWorker(resourceLimits?: ResourceLimits): StartedWorker {
  const compiled = path.extname(__filename) === '.js';
  const entry = path.join(__dirname, `${ENTRY}${compiled ? '.js' : '.ts'}`);
  if (compiled) return { worker: new Worker(entry, { resourceLimits }), entry };
  const tsx = require.resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(entry)}, ${JSON.stringify(__filename)});`;
  return { worker: new Worker(bootstrap, { eval: true, resourceLimits }), entry };
}
