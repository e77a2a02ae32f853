/**
 * The text rules of the API, defined once (docs/api.md, "Text input"). Every String and ID
 * input of the schema passes through them (src/graphql/text-guard.ts applies them to every
 * argument and input field before any resolver runs), so a new input cannot skip them:
 *
 * - the value is normalised to Unicode NFC (what is stored and compared);
 * - unpaired surrogates (not Unicode; Neo4j would store U+FFFD) and control characters are
 *   refused — prose (notes, comments, reasons) may hold tabs and line breaks;
 * - direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused: they make
 *   text display differently from what it is ("Trojan Source");
 * - text that is not blank must contain at least one visible character (a letter, digit,
 *   punctuation or symbol): zero-width and format characters alone are not a name;
 * - each kind of text has a ceiling, counted in characters (code points) of the trimmed
 *   value. Modules still check their own, finer bounds (e.g. a name's 2..200).
 *
 * Search text is a kind of its own: bounded in length and words, and turned into a Lucene
 * query here (every word escaped, a prefix match), so the full-text index never sees more
 * clauses than it allows.
 */
import { BadRequestError } from './errors';

export type TextKind = 'ID' | 'CURSOR' | 'KEY' | 'NAME' | 'LINE' | 'PROSE' | 'SEARCH';

export interface TextRule {
  /** Upper bound in characters (code points) of the trimmed, normalised value. */
  maxLength: number;
  /** Whether tabs and line breaks are allowed. */
  multiline: boolean;
  /** What the kind is, for messages and docs. */
  what: string;
}

/** Words a search may hold: far below Lucene's 1,024 clauses, and more than anyone types. */
export const MAX_SEARCH_WORDS = 16;

/**
 * Ceilings per kind, above every field's own bound: a mutation's validation reports its finer
 * bounds (a name's 2..200) together with its other problems, and the ceiling still bounds
 * every input no module checks (filters, cursors, arguments of nested fields).
 */
export const TEXT_RULES: Readonly<Record<TextKind, TextRule>> = {
  ID: { maxLength: 500, multiline: false, what: 'an id' },
  CURSOR: { maxLength: 2000, multiline: false, what: 'a page cursor' },
  KEY: { maxLength: 500, multiline: false, what: 'a key' },
  NAME: { maxLength: 1000, multiline: false, what: 'a name or title' },
  LINE: { maxLength: 1000, multiline: false, what: 'a single line of text' },
  PROSE: { maxLength: 10_000, multiline: true, what: 'free text' },
  SEARCH: { maxLength: 200, multiline: false, what: 'search text' },
};

/** Kinds of String inputs by field or argument name; any other String is a LINE, every ID an ID. */
const KIND_BY_NAME: Readonly<Record<string, TextKind>> = {
  after: 'CURSOR',
  before: 'CURSOR',
  clientKey: 'KEY',
  externalId: 'KEY',
  name: 'NAME',
  title: 'NAME',
  text: 'SEARCH',
  note: 'PROSE',
  comment: 'PROSE',
  rationale: 'PROSE',
  reason: 'PROSE',
  description: 'PROSE',
};

/** The kind of a String or ID input named `name`. */
export function textKindOf(scalar: 'String' | 'ID', name: string): TextKind {
  if (scalar === 'ID') return 'ID';
  return KIND_BY_NAME[name] ?? 'LINE';
}

export interface TextProblem {
  /** A UserErrorCode. */
  code: 'INVALID' | 'TOO_LONG';
  /** What is wrong and what to do, without the field name (the caller puts it first). */
  message: string;
}

export type TextCheck = { ok: true; value: string } | { ok: false; problem: TextProblem };

const UNPAIRED_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const characters = (value: string) => [...value].length;

/** Splits search text into its words (after the text rules; blanks around words are dropped). */
export function searchWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word.length > 0);
}

/** Checks `raw` against the rules of `kind`; on success returns the value to use (NFC). */
const fail = (code: TextProblem['code'], message: string): TextCheck => ({ ok: false, problem: { code, message } });

export function checkText(raw: string, kind: TextKind): TextCheck {
  const rule = TEXT_RULES[kind];
  const surrogate = UNPAIRED_SURROGATE.exec(raw);
  if (surrogate) {
    return fail('INVALID', `contains an unpaired surrogate (${codePoint(surrogate[0])}): send valid Unicode text`);
  }
  const value = raw.normalize('NFC');
  const trimmed = value.trim();
  const control = (rule.multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).exec(trimmed);
  if (control) {
    const allowed = rule.multiline ? ' (tabs and line breaks are fine)' : ' (it must be a single line)';
    return fail('INVALID', `contains the control character ${codePoint(control[0])}: remove it${allowed}`);
  }
  const direction = DIRECTION_OVERRIDE.exec(value);
  if (direction) {
    return fail(
      'INVALID',
      `contains the direction control ${codePoint(direction[0])}, which makes text display differently from what it is: remove it`,
    );
  }
  if (trimmed.length > 0 && !VISIBLE.test(trimmed)) {
    return fail('INVALID', 'has no visible character (only spaces, zero-width or format characters): give real text');
  }
  const length = characters(trimmed);
  if (length > rule.maxLength) {
    return fail('TOO_LONG', `must have at most ${rule.maxLength} characters as ${rule.what} (got ${length})`);
  }
  if (kind === 'SEARCH') {
    const words = searchWords(trimmed).length;
    if (words > MAX_SEARCH_WORDS) {
      return fail('TOO_LONG', `must have at most ${MAX_SEARCH_WORDS} words (got ${words}): search for fewer words`);
    }
  }
  return { ok: true, value };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The Lucene query for search text that passed the SEARCH rules: every word escaped and a
 * prefix match, all of them required; null when there is no word. Refuses (throws) text the
 * rules would refuse, so no caller can hand Lucene an unbounded query.
 */
export function toFulltextQuery(text: string): string | null {
  const checked = checkText(text, 'SEARCH');
  if (!checked.ok) throw new BadRequestError(`search text ${checked.problem.message}`);
  const words = searchWords(checked.value.trim()).map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`));
  return words.length === 0 ? null : words.map((word) => `${word}*`).join(' AND ');
}
