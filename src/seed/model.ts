/**
 * The ecosystem skeleton the generator keeps in memory: organisation, participants and
 * partnerships with their lifecycles (O(participants) memory, fine at 100k). Everything
 * that grows with time — interactions, value flows, surveys, governance records — is
 * derived from it partnership by partnership and streamed, never held.
 */
import type { SizeProfile } from './profiles';
import type {
  CommitteeKind,
  ParticipantKind,
  ParticipantStatus,
  PartnershipSubtype,
  PartnershipType,
  PartyRole,
  PolicyArea,
  PolicyStatus,
  Region,
  Sector,
  Stage,
  TeamRole,
  Tier,
} from './vocabulary';

/** Instants are epoch milliseconds (UTC). */
export type Ms = number;

export interface TeamMember {
  index: number;
  id: string;
  name: string;
  email: string;
  role: TeamRole;
  joinedAt: Ms;
}

export interface Committee {
  id: string;
  name: string;
  kind: CommitteeKind;
  /** Focus sector of advisory councils and working groups. */
  sector: Sector | null;
  memberIds: string[];
  createdAt: Ms;
}

export interface Policy {
  id: string;
  title: string;
  area: PolicyArea;
  status: PolicyStatus;
  effectiveAt: Ms;
  createdAt: Ms;
  updatedAt: Ms;
}

export interface Participant {
  index: number;
  id: string;
  externalId: string;
  name: string;
  kind: ParticipantKind;
  sector: Sector;
  region: Region;
  joinedAt: Ms;
  /** Intrinsic attractiveness (big companies, universities) for preferential attachment. */
  fitness: number;
  /** Looks for partners across sector × region clusters (research institutes, investors...). */
  broker: boolean;
  /** Indices of the partnerships it is party to. */
  partnerships: number[];
  tier: Tier;
  status: ParticipantStatus;
  /** When it left the ecosystem (EXITED): nothing involves it afterwards. */
  exitedAt: Ms | null;
  updatedAt: Ms;
}

export interface Party {
  participant: number;
  role: PartyRole;
}

export interface StageStep {
  from: Stage | null;
  to: Stage;
  at: Ms;
  /** Term of the agreement signed with this move (into IMPLEMENTATION, or a renewal). */
  termDays: number | null;
}

export interface Partnership {
  index: number;
  id: string;
  name: string;
  type: PartnershipType;
  subtype: PartnershipSubtype;
  /** When it entered the pipeline (its first StageChange, `startedAt`). */
  identifiedAt: Ms;
  alignment: number;
  parties: Party[];
  steps: StageStep[];
  stage: Stage;
  endsAt: Ms | null;
  /** Team member indices: the owner first, then an optional co-owner. */
  owners: number[];
}

export interface Ecosystem {
  seed: number;
  anchor: Ms;
  /** Start of the interaction history (anchor minus two years). */
  historyStart: Ms;
  profile: SizeProfile;
  team: TeamMember[];
  committees: Committee[];
  policies: Policy[];
  participants: Participant[];
  partnerships: Partnership[];
  /** Weeks (counted from historyStart) with a big industry conference: ecosystem-wide bursts. */
  eventWeeks: ReadonlySet<number>;
}
