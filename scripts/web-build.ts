/** `npm run web:build`: build the explorer now; `-- --if-stale` only when sources changed. */
import { ensureWebBuild, WEB_DIST } from './web/build';
import fs from 'node:fs';
import { runCli } from './run-cli';

runCli(async () => {
  if (!process.argv.includes('--if-stale')) fs.rmSync(`${WEB_DIST}/.build-stamp`, { force: true });
  if (!ensureWebBuild()) console.log('the explorer build is current');
});
