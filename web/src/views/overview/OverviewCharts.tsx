/**
 * The overview's charts (recharts, in their own lazy chunk): engagement by week, participants
 * joining by month, and the engagement and value forecasts with a ±2·RMSE band (docs/kpis-business.md:
 * the RMSE is the one-month-ahead error, so the band is a fair range, not a confidence interval).
 * Value is asked for only by roles that may read money.
 */
import { useMemo } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useQuery, useRefetchOn } from '../../api/use-query';
import { Hidden, Loading } from '../../components/Status';
import { count, month } from '../../format';
import {
  OverviewChartsDocument,
  ParticipantsJoinedDocument,
  ValueForecastDocument,
  type ForecastSeriesFragment,
} from '../../generated/operations';

const WEEKS = 26;
const MONTHS = 12;
const HEIGHT = 240;
const COLOURS = { bar: '#2f6f4f', line: '#1d4ed8', band: '#93c5fd', fitted: '#8a4b00' };

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Month boundaries: the first instants of the last MONTHS months and of the next one. */
function monthBoundaries(now: Date): string[] {
  return Array.from({ length: MONTHS + 1 }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS + 1 + index, 1)).toISOString(),
  );
}

interface ForecastRow {
  period: string;
  actual?: number;
  fitted?: number;
  forecast?: number;
  band?: [number, number];
}

export function forecastRows(series: ForecastSeriesFragment): ForecastRow[] {
  const rmse = series.model?.rmse ?? 0;
  const rows: ForecastRow[] = series.history.map((point) => ({
    period: month(point.periodStart),
    actual: point.value,
    fitted: point.fitted ?? undefined,
  }));
  for (const point of series.points) {
    rows.push({
      period: month(point.periodStart),
      forecast: point.value,
      band: [Math.max(0, point.value - 2 * rmse), point.value + 2 * rmse],
    });
  }
  return rows;
}

function ForecastChart({ series, title, id }: { series: ForecastSeriesFragment; title: string; id: string }) {
  const rows = useMemo(() => forecastRows(series), [series]);
  return (
    <section className="panel" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">
        Monthly, in {series.unit}; forecast by Holt smoothing over {series.model?.observations ?? 0} months, band ±2 ×
        RMSE ({series.model ? series.model.rmse.toFixed(1) : 'no model yet'}).
      </p>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" fontSize={11} />
          <YAxis fontSize={11} width={70} />
          <Tooltip />
          <Legend />
          <Area dataKey="band" name="forecast band" stroke="none" fill={COLOURS.band} fillOpacity={0.5} />
          <Bar dataKey="actual" name="actual" fill={COLOURS.bar} />
          <Line dataKey="fitted" name="fitted" stroke={COLOURS.fitted} dot={false} strokeDasharray="4 3" />
          <Line dataKey="forecast" name="forecast" stroke={COLOURS.line} strokeWidth={2} />
        </ComposedChart>
      </ResponsiveContainer>
    </section>
  );
}

function ValueChart({ revision }: { revision: number }) {
  const value = useQuery(ValueForecastDocument, {});
  useRefetchOn(revision, value.refetch, 1000);
  if (!value.data) return <Loading what="value by month" />;
  return <ForecastChart series={value.data.forecast} title="Value by month" id="chart-value" />;
}

function JoiningChart({ now }: { now: Date }) {
  const bounds = useMemo(() => monthBoundaries(now), [now]);
  const joined = useQuery(ParticipantsJoinedDocument, {
    m0: bounds[0],
    m1: bounds[1],
    m2: bounds[2],
    m3: bounds[3],
    m4: bounds[4],
    m5: bounds[5],
    m6: bounds[6],
    m7: bounds[7],
    m8: bounds[8],
    m9: bounds[9],
    m10: bounds[10],
    m11: bounds[11],
    m12: bounds[12],
  });
  if (!joined.data) return <Loading what="participants joining" />;
  const data = joined.data;
  const counts = [
    data.j0,
    data.j1,
    data.j2,
    data.j3,
    data.j4,
    data.j5,
    data.j6,
    data.j7,
    data.j8,
    data.j9,
    data.j10,
    data.j11,
  ];
  // Exits by `exitedAt`, the instant the participant's status became EXITED.
  const exits = [
    data.x0,
    data.x1,
    data.x2,
    data.x3,
    data.x4,
    data.x5,
    data.x6,
    data.x7,
    data.x8,
    data.x9,
    data.x10,
    data.x11,
  ];
  const rows = counts.map((entry, index) => ({
    period: month(bounds[index]),
    joined: entry.totalCount,
    exited: exits[index].totalCount,
  }));
  return (
    <section className="panel" aria-labelledby="chart-joining" data-testid="chart-joining">
      <h2 id="chart-joining">Participants joining and exiting</h2>
      <p className="muted">
        Joined per month (by <code>joinedAt</code>) and exited per month (by <code>exitedAt</code>).{' '}
        {count(data.exited.totalCount)} of {count(data.all.totalCount)} participants have exited in all.
      </p>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} width={40} />
          <Tooltip />
          <Bar dataKey="joined" name="joined" fill={COLOURS.bar} />
          <Bar dataKey="exited" name="exited" fill={COLOURS.fitted} />
        </ComposedChart>
      </ResponsiveContainer>
    </section>
  );
}

export function OverviewCharts({ canReadSensitive, revision }: { canReadSensitive: boolean; revision: number }) {
  // One "now" per mount: the windows stay put while the page is open.
  const now = useMemo(() => new Date(), []);
  const weeksTo = useMemo(() => startOfUtcDay(new Date(now.getTime() + 86_400_000)).toISOString(), [now]);
  const weeksFrom = useMemo(() => new Date(Date.parse(weeksTo) - WEEKS * 7 * 86_400_000).toISOString(), [weeksTo]);
  const charts = useQuery(OverviewChartsDocument, { weeksFrom, weeksTo });
  useRefetchOn(revision, charts.refetch, 1000);
  const weekly = useMemo(
    () =>
      (charts.data?.ecosystem.engagement.interactionsByPeriod ?? []).map((period) => ({
        week: period.start.slice(0, 10),
        interactions: period.interactions,
        participants: period.participants,
      })),
    [charts.data],
  );
  return (
    <div className="grid" style={{ marginBottom: 16 }}>
      <section className="panel" aria-labelledby="chart-weekly" data-testid="chart-weekly">
        <h2 id="chart-weekly">Engagement by week</h2>
        <p className="muted">Interactions and distinct participants engaged, last {WEEKS} weeks.</p>
        {charts.data ? (
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <ComposedChart data={weekly}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="week" fontSize={11} />
              <YAxis yAxisId="left" fontSize={11} width={40} />
              <YAxis yAxisId="right" orientation="right" fontSize={11} width={40} />
              <Tooltip />
              <Legend />
              <Bar yAxisId="left" dataKey="interactions" name="interactions" fill={COLOURS.bar} />
              <Line yAxisId="right" dataKey="participants" name="participants" stroke={COLOURS.line} dot={false} />
            </ComposedChart>
          </ResponsiveContainer>
        ) : (
          <Loading what="weekly engagement" />
        )}
      </section>
      <JoiningChart now={now} />
      {charts.data ? (
        <ForecastChart series={charts.data.engagementForecast} title="Engagement forecast" id="chart-forecast" />
      ) : null}
      {canReadSensitive ? (
        <ValueChart revision={revision} />
      ) : (
        <section className="panel">
          <h2>Value by month</h2>
          <Hidden what="Value exchanged (money)" />
        </section>
      )}
    </div>
  );
}
