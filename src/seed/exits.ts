/**
 * Participants leaving the ecosystem during the history: an acquisition, a closed startup, a
 * partner programme dropped. The exit instant is recorded (`exitedAt`, also its last update);
 * its two-party partnerships still running then end with it (TERMINATED at that instant,
 * history kept), while partnerships with other parties carry on without it.
 */
import { plannedEnd } from './lifecycle';
import type { Ms, Participant, Partnership } from './model';
import type { Random } from './random';
import { DAY } from './time';

/** Share of participants with partnerships that exit during the history (hubs seldom do). */
const EXIT_SHARE = 0.03;

/** Exit instants by participant index. */
export function exitParticipants(
  rng: Random,
  participants: readonly Participant[],
  partnerships: readonly Partnership[],
  historyStart: Ms,
  anchor: Ms,
): Map<number, Ms> {
  const exits = new Map<number, Ms>();
  for (const participant of participants) {
    if (participant.partnerships.length === 0 || participant.tier === 'STRATEGIC') continue;
    if (!rng.chance(EXIT_SHARE)) continue;
    const own = participant.partnerships.map((index) => partnerships[index]);
    const latest = Math.max(...own.map((p) => p.identifiedAt));
    const earliest = Math.max(historyStart, latest + 30 * DAY);
    const latestExit = anchor - 7 * DAY;
    if (earliest >= latestExit) continue;
    const at = Math.round(rng.range(earliest, latestExit) / 1000) * 1000;
    exits.set(participant.index, at);
    for (const p of own) if (p.parties.length === 2) endWith(rng, p, at, anchor);
  }
  return exits;
}

/** Terminates a partnership at `at` unless it ended earlier: later steps never happened. */
function endWith(rng: Random, p: Partnership, at: Ms, anchor: Ms): void {
  if (p.stage === 'TERMINATED' && p.steps[p.steps.length - 1].at <= at) return;
  const kept = p.steps.filter((step) => step.at < at);
  const last = kept[kept.length - 1];
  if (!last || last.to === 'TERMINATED') return;
  kept.push({ from: last.to, to: 'TERMINATED', at, termDays: null });
  p.steps = kept;
  p.stage = 'TERMINATED';
  p.endsAt = plannedEnd(rng, p.steps, anchor);
}
