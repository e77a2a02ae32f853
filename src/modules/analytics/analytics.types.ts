/** GraphQL types of the network KPIs: every score comes with the raw numbers and provenance. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NetworkStructure } from '../../kpi/engine';
import { DateTimeScalar } from '../../core/scalars';
import { Participant } from '../participant/participant.type';
import { DerivedFrom } from '../../auth/derivation';

export enum CentralityMetricName {
  DEGREE = 'degree',
  WEIGHTED_DEGREE = 'weightedDegree',
  PAGE_RANK = 'pageRank',
  BETWEENNESS = 'betweenness',
  CLOSENESS = 'closeness',
  EIGENVECTOR = 'eigenvector',
}
registerEnumType(CentralityMetricName, {
  name: 'CentralityMetric',
  description: 'Centralities on the collaboration graph, NetworkX conventions (docs/kpis.md).',
});

@ObjectType({ description: 'The graph version one figure is exact for.' })
export class FigureVersion {
  @Field(() => String, { description: 'e.g. "degree", "density", "pageRank", "modularity".' })
  figure!: string;
  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Which computation a KPI comes from, and whether the graph changed since.' })
export class KpiProvenance {
  @Field(() => Int, { description: 'Graph version the values were computed from.' })
  version!: number;

  @Field(() => Int, { description: 'Graph version now; differs from `version` while a recomputation is due.' })
  currentVersion!: number;

  @Field(() => Boolean, {
    description: 'True when the graph changed since the computation (a newer one is on its way).',
  })
  stale!: boolean;

  @Field(() => Int, {
    description:
      'Graph version the incremental figures are exact for (degree, weightedDegree, participants, ties, density, averageDegree, components, largestComponentShare): brought up to date right after a write, so newer than `version` while the global figures recompute (docs/kpis.md, "Incremental figures").',
  })
  exactVersion!: number;

  @Field(() => [FigureVersion], { description: 'Per figure, the graph version it is exact for.' })
  figureVersions!: FigureVersion[];

  @Field(() => DateTimeScalar)
  computedAt!: Date;

  @Field(() => Boolean, {
    description:
      'True when the figures come from the snapshot persisted in the graph (computed by an earlier server process or another replica) rather than from this process; `version` says which graph version they are from.',
  })
  restored!: boolean;

  @Field(() => String, { description: '"gds" (inside Neo4j) or "graphology" (in process).' })
  engine!: string;

  @Field(() => Float, { description: 'How long the computation took, in milliseconds.' })
  elapsedMs!: number;

  @Field(() => Boolean, { description: 'Betweenness from sampled sources (large graphs) rather than exact.' })
  betweennessSampled!: boolean;

  @Field(() => Int)
  betweennessSampleSize!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '95 % bound on the absolute error of a sampled betweenness score; 0 when exact; null when the sampler is not uniform (GDS) and no bound is known.',
  })
  betweennessErrorBound!: number | null;

  @Field(() => String, {
    description:
      'Where the eigenvector centralities come from: "gds", or "in-process" (the graphology engine, or the GDS engine when GDS could not converge).',
  })
  eigenvectorSource!: string;

  @Field(() => Boolean, {
    description:
      'False when the eigenvector power iteration stopped at its iteration limit: the scores are then an approximation.',
  })
  eigenvectorConverged!: boolean;
}

@ObjectType({ description: 'Weights of the health score parts (they sum to 1); `contributions` shows each part.' })
export class HealthWeights {
  @Field(() => Float) activeShare!: number;
  @Field(() => Float) largestComponentShare!: number;
  @Field(() => Float) resilience!: number;
  @Field(() => Float) diversity!: number;
  @Field(() => Float, { description: 'Weight of partnership retention, 1 − churn.' })
  partnershipRetention!: number;

  @Field(() => Float, {
    deprecationReason:
      'Named like engagement.retention but weighs partnership retention (1 − churn): use partnershipRetention.',
  })
  retention!: number;

  @Field(() => Float) engagementTrend!: number;
}

export enum HealthPartName {
  ACTIVE_SHARE = 'activeShare',
  LARGEST_COMPONENT_SHARE = 'largestComponentShare',
  RESILIENCE = 'resilience',
  DIVERSITY = 'diversity',
  PARTNERSHIP_RETENTION = 'partnershipRetention',
  ENGAGEMENT_TREND = 'engagementTrend',
}
registerEnumType(HealthPartName, {
  name: 'HealthPart',
  description: 'The parts of the health score, named like the fields of HealthWeights (docs/kpis.md).',
});

export enum KpiBasisName {
  WINDOW_EVENTS = 'WINDOW_EVENTS',
  CURRENT_GRAPH = 'CURRENT_GRAPH',
}
registerEnumType(KpiBasisName, {
  name: 'KpiBasis',
  description:
    "Which graph a figure is computed on: the window's events, or today's collaboration graph (used for every window until history is replayed, docs/kpis.md).",
  valuesConfig: {
    WINDOW_EVENTS: { description: 'Activity, terminations and interactions inside the window asked for.' },
    CURRENT_GRAPH: { description: "Today's collaboration graph, whatever the window." },
  },
});

@ObjectType({ description: 'What one part adds to the health score: points = 100 × weight × value.' })
export class HealthContribution {
  @Field(() => HealthPartName) part!: HealthPartName;
  @Field(() => KpiBasisName, { description: 'Which graph the value is computed on.' }) basis!: KpiBasisName;
  @Field(() => Float, { description: "The part's weight (as in `weights`)." }) weight!: number;
  @Field(() => Float, { description: "The part's 0–1 value in this window." }) value!: number;
  @Field(() => Float, { description: 'Points it adds; the points of all parts sum to `score`.' }) points!: number;
}

@ObjectType({ description: 'New participants and partnerships in the window, relative to the counts at its start.' })
export class Growth {
  @Field(() => Float, { nullable: true, description: 'New participants / participants at the window start.' })
  participants!: number | null;

  @Field(() => Int) newParticipants!: number;
  @Field(() => Int) participantsAtStart!: number;

  @Field(() => Float, { nullable: true, description: 'New partnerships / partnerships at the window start.' })
  partnerships!: number | null;

  @Field(() => Int) newPartnerships!: number;
  @Field(() => Int) partnershipsAtStart!: number;
}

@ObjectType({ description: 'Network health of the collaboration graph; see docs/kpis.md for each definition.' })
export class NetworkHealth {
  @Field(() => Float, { description: '0–100 composite; `contributions` says how it is made.' })
  score!: number;

  @Field(() => HealthWeights)
  weights!: HealthWeights;

  @Field(() => KpiBasisName, {
    description:
      "The graph the structural figures (ties, density, degree, clustering, components, communities, modularity, resilience, bridges, single points of failure) are computed on: today's, for every window (CURRENT_GRAPH), until history is replayed. The windowed figures (activeShare, churn, growth, engagementTrend) and each contribution say their own basis.",
  })
  structureBasis!: KpiBasisName;

  @Field(() => [HealthContribution], {
    description:
      'Each part with its weight, 0–1 value and points, in the order of `weights`; the points sum to `score`.',
  })
  contributions!: HealthContribution[];

  @Field(() => Int) participants!: number;
  @Field(() => Int) ties!: number;
  @Field(() => Float) density!: number;
  @Field(() => Float) averageDegree!: number;
  @Field(() => Float) transitivity!: number;
  @Field(() => Float) averageClustering!: number;
  @Field(() => Int) components!: number;
  @Field(() => Float) largestComponentShare!: number;
  @Field(() => Float) modularity!: number;
  @Field(() => Int) communities!: number;

  @Field(() => Int, { description: 'Ties whose removal disconnects their component (`bridges` lists them).' })
  bridgeCount!: number;

  @Field(() => Float) resilience!: number;

  @Field(() => Float, { description: 'Shannon entropy of participant kinds / ln(kinds present); 0 with one kind.' })
  diversity!: number;

  @Field(() => Growth) growth!: Growth;

  @Field(() => Float, { nullable: true, description: 'Partnerships terminated in the window / active at its start.' })
  churn!: number | null;

  @Field(() => Int) terminatedPartnerships!: number;
  @Field(() => Int) partnershipsActiveAtStart!: number;

  @Field(() => Float, { description: 'Participants with ≥ 1 interaction in the window / participants.' })
  activeShare!: number;

  @Field(() => Int) activeParticipants!: number;

  @Field(() => Float, { nullable: true, description: 'Interaction weight in the window / in the preceding window.' })
  engagementTrend!: number | null;

  @Field(() => KpiProvenance)
  provenance!: KpiProvenance;

  /** The snapshot's structure, for the listed fields (bridges, singlePointsOfFailure). */
  structure!: NetworkStructure;
}

@ObjectType({
  description:
    'A tie of the collaboration graph whose loss would split its component in two: the only link between two groups.',
})
export class BridgeTie {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => [Participant], { description: 'The two participants, in id order.' })
  participants!: Participant[];

  @Field(() => Int, { description: 'Partnerships the two share (the tie’s weight).' })
  weight!: number;

  @Field(() => Int, { description: 'Participants on the smaller side: how many its loss would cut off.' })
  smallerSide!: number;
}

@ObjectType({ description: 'A participant whose removal would split its component (an articulation point).' })
export class SinglePointOfFailure {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Int, {
    nullable: true,
    description:
      'Participants of its component, itself excluded, that would be cut off from the largest part left without it. Null only while the graph changed during the computation (the result is stale then).',
  })
  cutOff!: number | null;
}

@ObjectType({ description: "A participant's structural position in the collaboration graph." })
@DerivedFrom('PARTY_ANALYTICS')
export class ParticipantMetrics {
  @Field(() => Int, { description: 'Distinct collaboration partners.' }) degree!: number;
  @Field(() => Float, { description: 'Shared partnerships summed over partners.' }) weightedDegree!: number;
  @Field(() => Float) pageRank!: number;
  @Field(() => Float) betweenness!: number;
  @Field(() => Float) closeness!: number;
  @Field(() => Float) eigenvector!: number;
  @Field(() => Int, { description: 'Louvain community id (ids are only comparable within one computation).' })
  community!: number;
  @Field(() => KpiProvenance) provenance!: KpiProvenance;

  /** Participant id, for rankIn. */
  key!: string;
}

@ObjectType()
export class CentralityEntry {
  @Field(() => Int, { description: '1 = highest.' }) rank!: number;
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Participant)
  participant!: Participant;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'Participants ranked by a centrality.' })
export class CentralityRanking {
  @Field(() => CentralityMetricName) metric!: CentralityMetricName;
  @Field(() => [CentralityEntry]) entries!: CentralityEntry[];
  @Field(() => Int, { description: 'Participants that matched the filter (ranked among themselves).' })
  matched!: number;
  @Field(() => KpiProvenance) provenance!: KpiProvenance;
}

@ObjectType()
export class Share {
  @Field(() => String) value!: string;
  @Field(() => Float) share!: number;
}

@ObjectType({ description: 'A Louvain community of the collaboration graph.' })
export class Community {
  @Field(() => Int) id!: number;
  @Field(() => Int) size!: number;
  @Field(() => [Share], { description: 'Participant kinds by share, largest first.' }) kinds!: Share[];
  @Field(() => [Share], { description: 'Sectors by share, largest first.' }) sectors!: Share[];
  @Field(() => Float, { description: 'Ties inside / possible ties inside.' }) internalDensity!: number;
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => [Participant], { description: 'Members by weighted degree, at most `membersLimit`.' })
  members!: Participant[];
}

@ObjectType()
export class CommunityList {
  @Field(() => [Community]) communities!: Community[];
  @Field(() => Int, {
    description: 'Communities in the whole partition, isolated participants (communities of one) included.',
  })
  total!: number;
  @Field(() => Float) modularity!: number;
  @Field(() => KpiProvenance) provenance!: KpiProvenance;
}
