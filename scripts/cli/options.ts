/** Option parsers shared by commands: each refuses a bad value with what to type instead. */
import { InvalidArgumentError } from 'commander';

export function integerBetween(min: number, max: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      throw new InvalidArgumentError(`must be a whole number between ${min} and ${max}.`);
    }
    return value;
  };
}

export function oneOf<T extends string>(values: readonly T[]): (text: string) => T {
  return (text) => {
    if (!(values as readonly string[]).includes(text)) {
      throw new InvalidArgumentError(`must be one of ${values.join(', ')}.`);
    }
    return text as T;
  };
}

/** Prints a value for scripts (`--json`) or a line for people. */
export function report(json: boolean | undefined, value: unknown, line: string): void {
  console.log(json ? JSON.stringify(value) : line);
}
