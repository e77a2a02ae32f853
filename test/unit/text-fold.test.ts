/** The pure matching of typed filter values against stored ones (src/core/text-fold.ts). */
import { canonicalValues, foldText, foldValues, MAX_SUGGESTIONS, suggestValues } from '../../src/core/text-fold';

describe('foldText', () => {
  it.each([
    ['Europe', 'EUROPE'],
    ['FinTech', 'fintech'],
    ['Straße', 'STRASSE'], // ß folds to ss, as full case folding does
    ['ẞ', 'ss'], // capital sharp s too
    ['ΟΔΟΣ', 'οδος'], // final sigma and capital sigma
    ['ﬁntech', 'FINTECH'], // a ligature (NFKC)
    ['ＥＵ', 'eu'], // full-width letters (NFKC)
    ['Ame\u0301rica', 'Am\u00e9rica'], // decomposed and composed accents
    ['  Latin \t America ', 'latin america'], // surrounding and inner whitespace
  ])('%j and %j fold alike', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  it.each([
    ['Europe', 'Eurasia'],
    ['América', 'America'], // accents are not case: kept apart
    ['AI', 'A I'],
  ])('%j and %j stay apart', (a, b) => {
    expect(foldText(a)).not.toBe(foldText(b));
  });
});

describe('canonicalValues', () => {
  const known = foldValues(['Europe', 'EUROPE', 'FinTech', 'Asia', null, '', 42]);

  it('indexes stored values by fold, each spelling once, sorted; skips what is not text', () => {
    expect([...known]).toEqual([
      ['europe', ['EUROPE', 'Europe']],
      ['fintech', ['FinTech']],
      ['asia', ['Asia']],
    ]);
  });

  it('maps a typed value to every stored spelling with its fold, and only to those', () => {
    expect(canonicalValues(known, ['europe'])).toEqual({ values: ['EUROPE', 'Europe'], unknown: [] });
    expect(canonicalValues(known, ['FinTech', 'ASIA'])).toEqual({ values: ['Asia', 'FinTech'], unknown: [] });
    // Typed as stored: the same filter as before.
    expect(canonicalValues(known, ['Asia'])).toEqual({ values: ['Asia'], unknown: [] });
  });

  it('reports each value no stored value matches, once, in the order given', () => {
    expect(canonicalValues(known, ['Eurpoe', 'asia', 'Mars', 'Eurpoe'])).toEqual({
      values: ['Asia'],
      unknown: ['Eurpoe', 'Mars'],
    });
  });

  it('an empty list of stored values knows nothing', () => {
    expect(canonicalValues(foldValues([]), ['Europe']).unknown).toEqual(['Europe']);
  });
});

describe('suggestValues', () => {
  const known = foldValues(['Europe', 'EUROPE', 'Eurasia', 'Asia', 'Africa', 'FinTech', 'Biotech']);

  it('offers the closest stored values for a typo, nearest first', () => {
    expect(suggestValues(known, 'Eurpoe')).toEqual(['EUROPE', 'Europe']);
    expect(suggestValues(known, 'fintek')).toEqual(['FinTech']);
  });

  it('offers nothing when no stored value is close', () => {
    expect(suggestValues(known, 'Antarctica')).toEqual([]);
    expect(suggestValues(known, 'x')).toEqual([]);
  });

  it(`offers at most ${MAX_SUGGESTIONS}`, () => {
    const many = foldValues(['ab1', 'ab2', 'ab3', 'ab4', 'ab5']);
    expect(suggestValues(many, 'ab')).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestValues(many, 'ab')).toEqual(['ab1', 'ab2', 'ab3']);
  });
});
