/**
 * Debian's chromium for real-browser tests and the web benchmark, driven by playwright-core
 * (no browser download): /work/shared/notes/browser-tests.md. Found at CHROMIUM_PATH or
 * /usr/bin/chromium; installed with apt-get when missing and running as root (CI runs as
 * root on a fresh machine), otherwise a message says what to install.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

export function provisionChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  if (fs.existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(`No chromium at ${DEFAULT_PATH}: run "sudo apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'ignore', env });
  if (!fs.existsSync(DEFAULT_PATH)) throw new Error(`apt-get installed chromium but ${DEFAULT_PATH} is missing`);
  return DEFAULT_PATH;
}

/** Headless chromium with WebGL through SwiftShader (no GPU on these machines). */
export function launchChromium(): Promise<Browser> {
  const args = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath: provisionChromium(), headless: true, args });
}
