/**
 * Readable names for generated entities, assembled from the word lists in vocabulary.ts.
 * Only the random stream passed in decides the words, so names are as deterministic as ids.
 */
import type { Random } from './random';
import {
  CITIES,
  COMPANY_SUFFIXES,
  COUNTRIES,
  FIELDS,
  FIRST_NAMES,
  GOVERNMENT_AREAS,
  LAST_NAMES,
  NAME_ENDINGS,
  NAME_STEMS,
  SECTOR_WORDS,
  TOPICS,
  type ParticipantKind,
  type PartnershipSubtype,
  type Region,
  type Sector,
} from './vocabulary';

/** Hands out names, making repeats unique with a qualifier (e.g. the region) and then a number. */
export class NameRegistry {
  private readonly used = new Set<string>();

  unique(name: string, qualifier?: string): string {
    let candidate = name;
    if (this.used.has(candidate) && qualifier !== undefined) candidate = `${name} (${qualifier})`;
    for (let n = 2; this.used.has(candidate); n += 1) candidate = `${name} ${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

const brand = (rng: Random): string => rng.pick(NAME_STEMS) + rng.pick(NAME_ENDINGS);

export function personName(rng: Random): { first: string; last: string } {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

export function participantName(rng: Random, kind: ParticipantKind, sector: Sector, region: Region): string {
  const city = rng.pick(CITIES[region]);
  const field = rng.pick(FIELDS);
  switch (kind) {
    case 'COMPANY':
      return rng.chance(0.4)
        ? `${brand(rng)} ${rng.pick(SECTOR_WORDS[sector])}`
        : `${brand(rng)} ${rng.pick(COMPANY_SUFFIXES)}`;
    case 'STARTUP':
      return `${rng.pick(SECTOR_WORDS[sector])}${brand(rng).toLowerCase()}${rng.pick(['.ai', ' AI', ' Labs', ''])}`;
    case 'UNIVERSITY': {
      const university = rng.pick([
        `University of ${city}`,
        `${city} Institute of Technology`,
        `${city} State University`,
        `Technical University of ${city}`,
        `${city} Polytechnic`,
      ]);
      return rng.chance(0.7) ? `${university} ${field} Lab` : university;
    }
    case 'RESEARCH_INSTITUTE':
      return rng.pick([`${city} Institute for ${field}`, `${field} Research Center ${city}`, `${brand(rng)} Research`]);
    case 'GOVERNMENT': {
      const country = rng.pick(COUNTRIES[region]);
      return rng.pick([
        `${country} Ministry of ${rng.pick(GOVERNMENT_AREAS)}`,
        `${city} Digital Agency`,
        `${country} ${rng.pick(['AI', 'Data', 'Innovation', 'Cybersecurity'])} Authority`,
      ]);
    }
    case 'INVESTOR':
      return rng.chance(0.8)
        ? `${brand(rng)} ${rng.pick(['Ventures', 'Capital', 'Partners', 'Fund', 'Growth'])}`
        : `${city} Angels`;
    case 'COMMUNITY':
      return rng.pick([
        `${field} Open Source Collective`,
        `${city} AI Meetup`,
        `Open ${field} Foundation`,
        `${rng.pick(TOPICS)} community`.replace(/^./, (c) => c.toUpperCase()),
      ]);
    case 'INDIVIDUAL': {
      const { first, last } = personName(rng);
      return `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
    }
  }
}

const SUBTYPE_PHRASES: Record<PartnershipSubtype, string> = {
  PLATFORM: 'Platform Integration',
  TOOL: 'Tooling Partnership',
  INFRASTRUCTURE: 'Shared Infrastructure',
  API: 'API Integration',
  MARKET: 'Market Expansion',
  CHANNEL: 'Channel Partnership',
  CUSTOMER: 'Customer Co-creation',
  SUPPLIER: 'Supply Partnership',
  ACADEMIC: 'Academic Research',
  INSTITUTIONAL: 'Institutional Research',
  GOVERNMENT: 'Public Research Programme',
  INDUSTRY: 'Industry Research',
  INTERNATIONAL: 'International Research',
  JOINT_DEVELOPMENT: 'Joint Development',
  INNOVATION_LAB: 'Innovation Lab',
  ACCELERATOR: 'Accelerator Programme',
  CO_CREATION: 'Co-creation',
};

export function subtypePhrase(subtype: PartnershipSubtype): string {
  return SUBTYPE_PHRASES[subtype];
}

/** "Helix Systems × University of Lagos: Edge AI Platform Integration", or a consortium name. */
export function partnershipName(rng: Random, partyNames: readonly string[], subtype: PartnershipSubtype): string {
  const topic = rng.chance(0.5) ? `${rng.pick(FIELDS)} ` : '';
  const [lead = 'Ecosystem', partner = 'Partner'] = partyNames;
  if (partyNames.length <= 2) return `${lead} × ${partner}: ${topic}${subtypePhrase(subtype)}`;
  return `${lead}-led ${topic}${subtypePhrase(subtype)} Consortium`;
}

/** ASCII e-mail local part from a person's name ("Van Dijk" → "vandijk"). */
export function emailLocal(first: string, last: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${clean(first)}.${clean(last)}`;
}
