/** A clock a test moves by hand: "now" is exactly what the test set, never the calendar's. */
import type { Clock } from '../../src/core/clock';

export class ManualClock {
  private instant: number;

  constructor(start: Date | string) {
    this.instant = new Date(start).getTime();
  }

  /** Pass to `startTestApp(env, { clock })`. */
  readonly clock: Clock = () => new Date(this.instant);

  set(instant: Date | string): void {
    this.instant = new Date(instant).getTime();
  }
}
