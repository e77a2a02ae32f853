/** `ecograph …` (the package's bin, `npx ecograph`) and every `npm run` alias of it. */
import { runProgram } from './cli/program';

void runProgram(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
