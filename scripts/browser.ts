/** `npm run browser:provision`: install Debian's chromium for the browser tests (once). */
import { provisionChromium } from './browser/chromium';
import { runCli } from './run-cli';

runCli(async () => {
  const command = process.argv[2] ?? 'provision';
  if (command !== 'provision') throw new Error(`Unknown command "${command}": use provision.`);
  console.log(provisionChromium());
});
