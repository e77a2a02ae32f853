/**
 * `ecograph kpis [--window 90d] [--format table|json]`: the ecosystem's health, structure and
 * engagement, answered by the API's own resolvers in process (scripts/cli/local-api.ts), so the
 * figures are exactly those the explorer and `ecosystem { … }` show.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CliKpisDocument, type CliKpisQuery } from '../generated/operations';
import { withLocalApi } from '../local-api';
import { oneOf } from '../options';

const DAY_MS = 86_400_000;
const MAX_DAYS = 3_660;

/** "90d" or "90": a window of that many days ending now. */
export function parseWindowDays(text: string): number {
  const match = /^(\d+)d?$/.exec(text);
  const days = match ? Number(match[1]) : Number.NaN;
  if (!(days >= 1 && days <= MAX_DAYS)) {
    throw new InvalidArgumentError(`must be a number of days between 1 and ${MAX_DAYS}, such as 30d or 90d.`);
  }
  return days;
}

/** An ISO-8601 instant or date (a date means its start, UTC). */
export function parseInstant(text: string): Date {
  const instant = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(instant.getTime())) {
    throw new InvalidArgumentError('must be an ISO-8601 date or instant, such as 2026-06-30 or 2026-06-30T12:00:00Z.');
  }
  return instant;
}

const percent = (value: number | null | undefined) => (value == null ? '—' : `${(value * 100).toFixed(1)} %`);
const fixed = (value: number, digits = 3) => value.toFixed(digits);

export function kpiTable(ecosystem: CliKpisQuery['ecosystem']): string {
  const { health, engagement, window } = ecosystem;
  const rows: [string, string][] = [
    ['window', `${window.from.slice(0, 10)} → ${window.to.slice(0, 10)} (${Math.round(window.days)} days)`],
    ['health score', `${health.score.toFixed(1)} / 100`],
    ...health.contributions.map((part): [string, string] => [
      `  ${part.part.toLowerCase().replace(/_/g, ' ')}`,
      `${fixed(part.value)} × ${part.weight} = ${part.points.toFixed(1)} points`,
    ]),
    ['participants', `${health.participants} (${health.activeParticipants} active, ${percent(health.activeShare)})`],
    ['ties', `${health.ties} (average degree ${fixed(health.averageDegree, 2)})`],
    ['density', fixed(health.density, 4)],
    ['clustering', `${fixed(health.averageClustering)} (transitivity ${fixed(health.transitivity)})`],
    ['components', `${health.components} (largest holds ${percent(health.largestComponentShare)})`],
    ['communities', `${health.communities} (modularity ${fixed(health.modularity)})`],
    ['resilience', fixed(health.resilience)],
    ['diversity', fixed(health.diversity)],
    ['bridges', String(health.bridgeCount)],
    [
      'growth',
      `participants ${percent(health.growth.participants)}, partnerships ${percent(health.growth.partnerships)}`,
    ],
    ['churn', percent(health.churn)],
    ['engagement trend', percent(health.engagementTrend)],
    [
      'engagement',
      `${engagement.activeParticipants} active: ${engagement.newParticipants} new, ${engagement.returningParticipants} returning; retention ${percent(engagement.retention)}`,
    ],
    [
      'computed',
      `${health.provenance.engine} engine, graph version ${health.provenance.version}` +
        `${health.provenance.stale ? ` (stale: now ${health.provenance.currentVersion})` : ''}, ${Math.round(health.provenance.elapsedMs)} ms` +
        (health.provenance.betweennessSampled ? ', betweenness sampled' : ''),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

export function registerKpis(program: Command): void {
  program
    .command('kpis')
    .description("the ecosystem's health, network structure and engagement, as the API computes them")
    .option(
      '--window <days>',
      'the window ending now, e.g. 30d or 90d (default: the API default window)',
      parseWindowDays,
    )
    .option('--to <instant>', 'where the window ends (default: now), e.g. 2026-06-30', parseInstant)
    .addOption(
      new Option('--format <format>', 'table for people, json for scripts')
        .argParser(oneOf(['table', 'json'] as const))
        .default('table'),
    )
    .action(async (options: { window?: number; to?: Date; format: 'table' | 'json' }) => {
      await withLocalApi(async (api) => {
        // Only --to: the API's default length ending there; neither: the API's default window.
        const to = options.to ?? (options.window ? api.services.clock() : undefined);
        const window = to && {
          to: to.toISOString(),
          from: options.window ? new Date(to.getTime() - options.window * DAY_MS).toISOString() : undefined,
        };
        const { ecosystem } = await api.run(CliKpisDocument, { window });
        console.log(options.format === 'json' ? JSON.stringify(ecosystem, null, 2) : kpiTable(ecosystem));
      });
    });
}
