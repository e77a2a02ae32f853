/**
 * What the server tells the page when it serves index.html (src/server/web-app.ts fills the
 * `ecograph-config` JSON): whether the query editor is on and whether the API runs in dev mode.
 * Under `npm run web:dev` nothing is injected: the defaults suit local development.
 */
export interface RuntimeConfig {
  editor: boolean;
  devAuth: boolean;
}

const DEFAULTS: RuntimeConfig = { editor: true, devAuth: true };

export function runtimeConfig(): RuntimeConfig {
  const element = document.getElementById('ecograph-config');
  if (!element?.textContent) return DEFAULTS;
  try {
    return { ...DEFAULTS, ...(JSON.parse(element.textContent) as Partial<RuntimeConfig>) };
  } catch {
    return DEFAULTS;
  }
}
