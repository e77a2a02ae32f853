/** Time windows `[from, to)` for KPIs: default the last 90 days, validated. */
import { Field, InputType } from 'type-graphql';
import { BadRequestError } from './errors';
import { DateTimeScalar } from './scalars';

export const DEFAULT_WINDOW_DAYS = 90;
const MAX_WINDOW_DAYS = 5 * 366;
const DAY_MS = 86_400_000;

@InputType({ description: 'A time window [from, to). Default: the last 90 days.' })
export class WindowInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: `to` minus 90 days.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now.' })
  to?: Date | null;
}

export interface Window {
  from: Date;
  to: Date;
}

/** The window asked for, or BAD_USER_INPUT saying what is wrong with it. */
export function resolveWindow(input: WindowInput | null | undefined, now: Date): Window {
  const to = input?.to ?? now;
  const from = input?.from ?? new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  if (from >= to) throw new BadRequestError('window "from" must be before "to"');
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    throw new BadRequestError('a window may span at most 5 years');
  }
  return { from, to };
}

/** The window of the same length just before this one (for trends and growth). */
export function previousWindow(window: Window): Window {
  const span = window.to.getTime() - window.from.getTime();
  return { from: new Date(window.from.getTime() - span), to: window.from };
}
