/**
 * Input checks that collect userErrors instead of throwing, so a client learns about every
 * bad field at once. Each check names the field path, a stable code and what to do.
 */
import { decodeGlobalId } from './global-id';
import { UserErrorCode, userError, type UserError } from './user-error';

/** Tolerance for client clocks slightly ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST = new Date('1900-01-01T00:00:00Z');
/**
 * The last instant with a 4-digit year. RFC 3339 input like 9999-12-31T23:59:59-01:00 is later;
 * stored, it would be answered as +010000-…, which the DateTime scalar itself refuses as input.
 */
const LATEST = new Date('9999-12-31T23:59:59.999Z');

export class Checks {
  readonly errors: UserError[] = [];

  constructor(
    readonly now: Date,
    private readonly root: string = 'input',
  ) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  add(field: string, code: UserErrorCode, message: string): void {
    this.errors.push(userError([this.root, ...field.split('.')], code, message));
  }

  /** Text of `min..max` non-blank characters; absent is fine unless required. */
  text(field: string, value: string | null | undefined, limits: { min: number; max: number; required?: boolean }) {
    if (value === null || value === undefined) {
      if (limits.required) this.add(field, UserErrorCode.REQUIRED, `${field} is required`);
      return;
    }
    const length = value.trim().length;
    if (length === 0 && limits.min > 0) {
      this.add(field, UserErrorCode.REQUIRED, `${field} must not be blank`);
    } else if (length < limits.min) {
      this.add(field, UserErrorCode.TOO_SHORT, `${field} must have at least ${limits.min} characters (got ${length})`);
    } else if (length > limits.max) {
      this.add(field, UserErrorCode.TOO_LONG, `${field} must have at most ${limits.max} characters (got ${length})`);
    }
  }

  /** A finite number within [min, max]; optionally an integer. */
  number(field: string, value: number | null | undefined, limits: { min: number; max: number; integer?: boolean }) {
    if (value === null || value === undefined) return;
    if (!Number.isFinite(value) || value < limits.min || value > limits.max) {
      this.add(
        field,
        UserErrorCode.OUT_OF_RANGE,
        `${field} must be between ${limits.min} and ${limits.max} (got ${value})`,
      );
    } else if (limits.integer && !Number.isInteger(value)) {
      this.add(field, UserErrorCode.INVALID, `${field} must be a whole number (got ${value})`);
    }
  }

  /** A plausible instant: after 1900, before year 10000 and, unless future dates are allowed, not in the future. */
  instant(field: string, value: Date | null | undefined, options: { future?: boolean } = {}) {
    if (!value) return;
    if (value < EARLIEST) {
      this.add(field, UserErrorCode.OUT_OF_RANGE, `${field} must be after 1900-01-01`);
    } else if (value > LATEST) {
      this.add(field, UserErrorCode.OUT_OF_RANGE, `${field} must be before 10000-01-01 (UTC)`);
    } else if (!options.future && value.getTime() > this.now.getTime() + CLOCK_SKEW_MS) {
      this.add(field, UserErrorCode.OUT_OF_RANGE, `${field} must not be in the future`);
    }
  }

  /** `later` must not be before `earlier` (both optional). */
  order(laterField: string, earlier: Date | null | undefined, later: Date | null | undefined, earlierField: string) {
    if (earlier && later && later < earlier) {
      this.add(laterField, UserErrorCode.OUT_OF_RANGE, `${laterField} must not be before ${earlierField}`);
    }
  }

  /** Explicit null for a field that cannot be removed. */
  notNull(field: string, value: unknown) {
    if (value === null) this.add(field, UserErrorCode.REQUIRED, `${field} cannot be removed; omit it to keep it`);
  }

  /** Decodes a global id of the given type; records WRONG_TYPE and returns undefined otherwise. */
  id(field: string, globalId: string | null | undefined, type: string): string | undefined {
    if (globalId === null || globalId === undefined) return undefined;
    const decoded = decodeGlobalId(globalId);
    if (!decoded || decoded.type !== type) {
      this.add(field, UserErrorCode.WRONG_TYPE, `${field} must be the id of a ${type} (got "${globalId}")`);
      return undefined;
    }
    return decoded.id;
  }
}
