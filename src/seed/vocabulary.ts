/**
 * The closed sets of the graph model (enum values stored as strings) and the word lists the
 * demo generator builds names from. The enum values are a contract with the API: see
 * docs/data-model.md.
 */

export const PARTICIPANT_KINDS = [
  'COMPANY',
  'STARTUP',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT',
  'INVESTOR',
  'COMMUNITY',
  'INDIVIDUAL',
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const TIERS = ['STRATEGIC', 'CORE', 'STANDARD', 'EMERGING'] as const;
export type Tier = (typeof TIERS)[number];

export const PARTICIPANT_STATUSES = ['PROSPECT', 'ACTIVE', 'DORMANT', 'EXITED'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const SECTORS = [
  'Healthcare AI',
  'FinTech',
  'Autonomous Systems',
  'Enterprise Software',
  'Cloud Infrastructure',
  'Semiconductors',
  'Retail & E-commerce',
  'Public Sector',
  'Education',
  'Media & Creative',
] as const;
export type Sector = (typeof SECTORS)[number];

export const REGIONS = ['North America', 'Europe', 'Asia-Pacific', 'Latin America', 'Middle East & Africa'] as const;
export type Region = (typeof REGIONS)[number];

export const PARTNERSHIP_TYPES = ['TECHNOLOGY', 'BUSINESS', 'RESEARCH', 'INNOVATION'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const SUBTYPES = {
  TECHNOLOGY: ['PLATFORM', 'TOOL', 'INFRASTRUCTURE', 'API'],
  BUSINESS: ['MARKET', 'CHANNEL', 'CUSTOMER', 'SUPPLIER'],
  RESEARCH: ['ACADEMIC', 'INSTITUTIONAL', 'GOVERNMENT', 'INDUSTRY', 'INTERNATIONAL'],
  INNOVATION: ['JOINT_DEVELOPMENT', 'INNOVATION_LAB', 'ACCELERATOR', 'CO_CREATION'],
} as const;
export type PartnershipSubtype = (typeof SUBTYPES)[PartnershipType][number];

/** Lifecycle order; TERMINATED is reachable from any stage. */
export const STAGES = [
  'IDENTIFICATION',
  'EVALUATION',
  'NEGOTIATION',
  'IMPLEMENTATION',
  'MANAGEMENT',
  'RENEWAL',
  'TERMINATED',
] as const;
export type Stage = (typeof STAGES)[number];

export const PARTY_ROLES = ['LEAD', 'PARTNER', 'SPONSOR', 'OBSERVER'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const INTERACTION_KINDS = [
  'MEETING',
  'JOINT_WORK',
  'CO_MARKETING',
  'REFERRAL',
  'EVENT',
  'SUPPORT',
  'CONTRIBUTION',
  'REVIEW',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const VALUE_FLOW_KINDS = ['REVENUE', 'REFERRAL', 'FUNDING', 'COST', 'DATA', 'IP', 'COMPUTE', 'IN_KIND'] as const;
export type ValueFlowKind = (typeof VALUE_FLOW_KINDS)[number];

export const INITIATIVE_KINDS = [
  'JOINT_PROJECT',
  'INNOVATION_LAB',
  'CHALLENGE',
  'HACKATHON',
  'SPRINT',
  'RESEARCH_PROGRAM',
  'PUBLICATION',
  'CONFERENCE',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const CONTRIBUTOR_ROLES = ['LEAD', 'CONTRIBUTOR', 'SPONSOR'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

export const AGREEMENT_KINDS = [
  'NDA',
  'MOU',
  'MASTER_AGREEMENT',
  'DATA_SHARING',
  'IP_LICENSE',
  'JOINT_VENTURE',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['DRAFT', 'NEGOTIATING', 'EXECUTED', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const RISK_CATEGORIES = [
  'STRATEGIC',
  'OPERATIONAL',
  'FINANCIAL',
  'LEGAL',
  'REPUTATIONAL',
  'SECURITY',
  'ETHICAL',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const DECISION_OUTCOMES = ['APPROVED', 'REJECTED', 'DEFERRED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const CONFLICT_STATUSES = ['OPEN', 'ESCALATED', 'RESOLVED'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const COMPLIANCE_KINDS = [
  'DUE_DILIGENCE',
  'SECURITY_REVIEW',
  'DATA_PROTECTION',
  'ETHICS_REVIEW',
  'REGULATORY',
] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

export const COMPLIANCE_STATUSES = ['PENDING', 'PASSED', 'FAILED'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const POLICY_AREAS = ['DATA_SHARING', 'IP', 'SECURITY', 'ETHICS', 'COMPLIANCE', 'ENGAGEMENT'] as const;
export type PolicyArea = (typeof POLICY_AREAS)[number];

export const POLICY_STATUSES = ['DRAFT', 'ACTIVE', 'RETIRED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const COMMITTEE_KINDS = ['STEERING', 'ADVISORY', 'WORKING_GROUP', 'ETHICS_BOARD'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const TEAM_ROLES = [
  'CHIEF_PARTNERSHIP_OFFICER',
  'VP_STRATEGIC_PARTNERSHIPS',
  'DIRECTOR_AI_PARTNERSHIPS',
  'PARTNERSHIP_MANAGER',
  'ECOSYSTEM_MANAGER',
  'ANALYST',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const GOAL_HORIZONS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

export const GOAL_METRICS = ['value', 'engagement', 'satisfaction', 'initiatives', 'active_partnerships'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** Every node label the generator writes. */
export const NODE_LABELS = [
  'Participant',
  'Partnership',
  'StageChange',
  'Interaction',
  'Initiative',
  'Agreement',
  'Policy',
  'Risk',
  'Decision',
  'Conflict',
  'ComplianceCheck',
  'Committee',
  'TeamMember',
  'Goal',
  'GoalProgress',
  'Survey',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every relationship type the generator writes. */
export const RELATIONSHIP_TYPES = [
  'PARTY_TO',
  'OWNS',
  'HAD_STAGE',
  'ENGAGED_IN',
  'WITHIN',
  'VALUE_FLOW',
  'CONTRIBUTES_TO',
  'UNDER',
  'CONCERNS',
  'APPLIES_TO',
  'OVERSEES',
  'MEMBER_OF',
  'OWNED_BY',
  'FOR',
  'HAD_PROGRESS',
  'RATED',
  'OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

// ---- word lists --------------------------------------------------------------------------

export const CITIES: Record<Region, readonly string[]> = {
  'North America': [
    'Toronto',
    'Montreal',
    'Vancouver',
    'Boston',
    'Seattle',
    'Austin',
    'Pittsburgh',
    'San Francisco',
    'New York',
    'Chicago',
    'Atlanta',
    'Denver',
    'Waterloo',
    'Raleigh',
  ],
  Europe: [
    'London',
    'Paris',
    'Berlin',
    'Munich',
    'Amsterdam',
    'Zurich',
    'Stockholm',
    'Helsinki',
    'Dublin',
    'Barcelona',
    'Milan',
    'Warsaw',
    'Tallinn',
    'Edinburgh',
    'Copenhagen',
    'Lisbon',
  ],
  'Asia-Pacific': [
    'Singapore',
    'Tokyo',
    'Seoul',
    'Sydney',
    'Melbourne',
    'Bangalore',
    'Shenzhen',
    'Taipei',
    'Auckland',
    'Jakarta',
    'Hong Kong',
    'Osaka',
    'Hyderabad',
    'Kuala Lumpur',
  ],
  'Latin America': [
    'São Paulo',
    'Mexico City',
    'Buenos Aires',
    'Santiago',
    'Bogotá',
    'Lima',
    'Montevideo',
    'Medellín',
    'Guadalajara',
    'Monterrey',
    'Curitiba',
    'Quito',
  ],
  'Middle East & Africa': [
    'Tel Aviv',
    'Dubai',
    'Abu Dhabi',
    'Riyadh',
    'Cairo',
    'Lagos',
    'Nairobi',
    'Cape Town',
    'Kigali',
    'Casablanca',
    'Doha',
    'Accra',
    'Johannesburg',
  ],
};

export const COUNTRIES: Record<Region, readonly string[]> = {
  'North America': ['Canada', 'United States'],
  Europe: [
    'United Kingdom',
    'France',
    'Germany',
    'Netherlands',
    'Switzerland',
    'Sweden',
    'Finland',
    'Ireland',
    'Spain',
    'Estonia',
  ],
  'Asia-Pacific': ['Singapore', 'Japan', 'South Korea', 'Australia', 'India', 'Taiwan', 'New Zealand', 'Indonesia'],
  'Latin America': ['Brazil', 'Mexico', 'Argentina', 'Chile', 'Colombia', 'Peru', 'Uruguay'],
  'Middle East & Africa': [
    'Israel',
    'United Arab Emirates',
    'Saudi Arabia',
    'Egypt',
    'Nigeria',
    'Kenya',
    'South Africa',
    'Rwanda',
  ],
};

export const NAME_STEMS = [
  'Neur',
  'Quant',
  'Vect',
  'Cort',
  'Syn',
  'Lum',
  'Hel',
  'Atl',
  'Nimb',
  'Aeth',
  'Or',
  'Kin',
  'Pol',
  'Astr',
  'Cogn',
  'Dat',
  'Infer',
  'Sent',
  'Tens',
  'Grad',
  'Lat',
  'Morph',
  'Nov',
  'Prism',
  'Radi',
  'Sol',
  'Ter',
  'Umbr',
  'Val',
  'Xen',
  'Zen',
  'Arc',
  'Bright',
  'Clar',
  'Deep',
  'Ev',
  'Flux',
  'Gen',
  'Hyper',
  'Ion',
];

export const NAME_ENDINGS = [
  'ix',
  'ora',
  'eon',
  'ex',
  'ium',
  'ara',
  'yn',
  'ova',
  'is',
  'us',
  'ia',
  'on',
  'ent',
  'ly',
  'io',
  'ai',
  'ica',
  'ive',
  'era',
  'ant',
];

export const COMPANY_SUFFIXES = [
  'Systems',
  'Technologies',
  'Dynamics',
  'Analytics',
  'Labs',
  'Networks',
  'Robotics',
  'Intelligence',
  'Software',
  'Group',
  'Solutions',
  'Data',
  'Cloud',
  'Computing',
];

export const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  'Healthcare AI': ['Health', 'Med', 'Care', 'Clinical', 'Bio'],
  FinTech: ['Pay', 'Capital', 'Ledger', 'Finance', 'Credit'],
  'Autonomous Systems': ['Motion', 'Drive', 'Autonomy', 'Drone', 'Mobility'],
  'Enterprise Software': ['Works', 'Suite', 'Flow', 'Ops', 'Stack'],
  'Cloud Infrastructure': ['Cloud', 'Compute', 'Grid', 'Edge', 'Scale'],
  Semiconductors: ['Silicon', 'Chip', 'Wafer', 'Photonics', 'Micro'],
  'Retail & E-commerce': ['Commerce', 'Cart', 'Retail', 'Market', 'Shop'],
  'Public Sector': ['Civic', 'Gov', 'Public', 'City', 'Citizen'],
  Education: ['Learn', 'Edu', 'Campus', 'Tutor', 'Academy'],
  'Media & Creative': ['Studio', 'Media', 'Pixel', 'Story', 'Sound'],
};

export const FIELDS = [
  'Machine Learning',
  'Computer Vision',
  'Natural Language Processing',
  'Robotics',
  'Responsible AI',
  'Data Science',
  'Reinforcement Learning',
  'Speech Technology',
  'AI Safety',
  'Edge AI',
  'Quantum Machine Learning',
  'Human-AI Interaction',
  'Medical Imaging',
  'Autonomous Driving',
  'Generative AI',
  'Trustworthy Computing',
  'Knowledge Graphs',
  'Multimodal Learning',
  'Causal Inference',
  'AI Policy',
];

export const TOPICS = [
  'RAG pipelines',
  'model evaluation',
  'federated learning',
  'edge inference',
  'LLM fine-tuning',
  'MLOps',
  'synthetic data',
  'computer vision',
  'speech recognition',
  'responsible AI',
  'GPU scheduling',
  'vector search',
  'agent frameworks',
  'privacy-preserving ML',
  'model distillation',
  'data labelling',
  'AI governance',
  'digital twins',
  'anomaly detection',
  'recommendation systems',
];

export const CONFERENCES = [
  'NeurIPS',
  'ICML',
  'CVPR',
  'Web Summit',
  'AI Summit',
  'GTC',
  'KubeCon',
  'Collision',
  'VivaTech',
  'GITEX',
];

export const GOVERNMENT_AREAS = [
  'Digital Affairs',
  'Science and Technology',
  'Innovation',
  'Health',
  'Education',
  'Industry',
  'Transport',
];

export const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Amara',
  'Ana',
  'Arjun',
  'Aiko',
  'Beatriz',
  'Ben',
  'Carlos',
  'Chen',
  'Chloe',
  'Daniel',
  'Deepa',
  'Diego',
  'Elena',
  'Emeka',
  'Emma',
  'Fatima',
  'Felix',
  'Grace',
  'Hana',
  'Hassan',
  'Ines',
  'Ivan',
  'Jin',
  'Jonas',
  'Julia',
  'Kai',
  'Kavya',
  'Kofi',
  'Laila',
  'Lars',
  'Leo',
  'Lina',
  'Lucas',
  'Maya',
  'Mei',
  'Mateo',
  'Nadia',
  'Noah',
  'Nora',
  'Olga',
  'Omar',
  'Priya',
  'Rafael',
  'Rania',
  'Ravi',
  'Rosa',
  'Sami',
  'Sara',
  'Sofia',
  'Tariq',
  'Thandi',
  'Tomas',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zara',
  'Zoe',
];

export const LAST_NAMES = [
  'Abebe',
  'Adeyemi',
  'Alvarez',
  'Andersen',
  'Baker',
  'Banerjee',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fernandes',
  'Fischer',
  'Garcia',
  'Gupta',
  'Haddad',
  'Hansen',
  'Ito',
  'Jensen',
  'Kim',
  'Kowalski',
  'Kumar',
  'Larsen',
  'Lee',
  'Lopez',
  'Mendes',
  'Moreau',
  'Mwangi',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Olsen',
  'Park',
  'Patel',
  'Petrov',
  'Rahman',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Smith',
  'Suzuki',
  'Tanaka',
  'Torres',
  'Van Dijk',
  'Wang',
  'Weber',
  'Williams',
  'Wong',
  'Yilmaz',
  'Zhang',
];
