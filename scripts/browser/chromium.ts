/**
 * Debian's chromium for the browser tests and benchmarks, driven by playwright-core (which never
 * downloads a browser). Installed with apt when /usr/bin/chromium is missing (CI runs as root);
 * headless WebGL runs on SwiftShader.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGL without a GPU (SwiftShader); no sandbox when running as root (CI). */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function chromiumVersion(): string | null {
  if (!fs.existsSync(CHROMIUM_PATH)) return null;
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Makes sure chromium is installed; returns its version line. */
export function provisionChromium(log: (line: string) => void = console.log): string {
  const present = chromiumVersion();
  if (present) return present;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `chromium is missing at ${CHROMIUM_PATH}: install it with "sudo apt-get install -y chromium" ` +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary)',
    );
  }
  log('installing Debian chromium (apt-get install chromium) for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = chromiumVersion();
  if (!installed) throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} does not run`);
  return installed;
}

/** `extraArgs`: launch variants the benchmarks compare (e.g. `--disable-gpu-compositing`). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
