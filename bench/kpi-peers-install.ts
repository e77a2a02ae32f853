/**
 * Provisions the Python peers of `npm run bench -- kpis --peers` (python-igraph and NetworkX,
 * pinned in bench/kpi-peers/requirements.txt) in a virtual environment of their own under
 * .ecograph/ (git-ignored), on first use: `python3 -m venv`, then pip. Nothing is installed
 * by hand and the project itself never depends on Python; only this bench calls it. The
 * environment is rebuilt when the requirements change (their hash is kept next to it).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PYTHON_PEERS_DIR = path.resolve(__dirname, 'kpi-peers');
const REQUIREMENTS = path.join(PYTHON_PEERS_DIR, 'requirements.txt');
export const VENV_DIR = path.resolve(__dirname, '..', '.ecograph', 'bench-python');
const STAMP = path.join(VENV_DIR, 'requirements.sha256');

/** The venv's interpreter. */
export const venvPython = () => path.join(VENV_DIR, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

/** Creates or refreshes the venv unless it already holds exactly these requirements; returns its python. */
export function ensurePythonPeers(log: (line: string) => void): string {
  const wanted = createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).digest('hex');
  const python = venvPython();
  if (fs.existsSync(python) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === wanted) return python;
  log(`installing the Python peers (${REQUIREMENTS}) into ${VENV_DIR}...`);
  fs.rmSync(VENV_DIR, { recursive: true, force: true });
  const system = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
  // pip's output goes to stderr: stdout carries the bench's tables.
  const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 2, 2] });
  run(system, ['-m', 'venv', VENV_DIR]);
  run(python, [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--quiet',
    '--only-binary=:all:',
    '-r',
    REQUIREMENTS,
  ]);
  fs.writeFileSync(STAMP, wanted);
  return python;
}
