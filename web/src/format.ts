/**
 * How numbers read in the explorer, in one place (the browser tests format the API's numbers
 * with the same rules to compare): ratios as percentages with one decimal, scores with three
 * significant decimals, money in whole units of the reporting currency.
 */
export const DASH = '–';

export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return DASH;
  return `${(value * 100).toFixed(digits)} %`;
}

export function decimal(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return DASH;
  return value.toFixed(digits);
}

export function count(value: number | null | undefined): string {
  if (value === null || value === undefined) return DASH;
  return value.toLocaleString('en-US');
}

export function money(value: number | null | undefined, currency = 'USD'): string {
  if (value === null || value === undefined) return DASH;
  return `${Math.round(value).toLocaleString('en-US')} ${currency}`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  return new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function day(iso: string | null | undefined): string {
  if (!iso) return DASH;
  return iso.slice(0, 10);
}

export function month(iso: string): string {
  return iso.slice(0, 7);
}

/** Trend as "+12.0 %" / "−8.5 %" against the previous window (1 = unchanged). */
export function trend(value: number | null | undefined): string {
  if (value === null || value === undefined) return DASH;
  const change = (value - 1) * 100;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} %`;
}

export function humanise(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}
