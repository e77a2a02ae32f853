#!/usr/bin/env python3
"""Writes the example import files under graph/examples/ (docs/import.md).

    python3 graph/examples/generate.py

- ai-ecosystem/  a small AI partnership ecosystem, one CSV per kind, every reference resolving
- crm-export/    the same kind of data as a CRM exports it, with mapping.json to import it
- bad-rows/      a few kinds with one deliberate mistake per bad row, and README.md listing them

Standard library only and deterministic (fixed seed, no set or dict-order surprises): running
it again rewrites the same bytes, so a diff of the folders shows a change of this script.
Nothing in the files is later than CUTOFF (2026-12-01), except the dates the format allows in
the future (a partnership's or initiative's end, an initiative's start, a goal's due date).
"""

import csv
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261201
CUTOFF = dt.date(2026, 12, 1)
# Interactions and value flows fall in the 18 months before the cutoff.
WINDOW_START = dt.date(2025, 6, 1)

FIELDS = {
    'team-members': ['externalId', 'name', 'email', 'role'],
    'participants': ['externalId', 'name', 'kind', 'sector', 'region', 'tier', 'status', 'joinedAt', 'exitedAt'],
    'partnerships': [
        'externalId',
        'name',
        'type',
        'subtype',
        'stage',
        'strategicAlignment',
        'startedAt',
        'endsAt',
        'parties',
        'owners',
    ],
    'interactions': ['externalId', 'partnership', 'kind', 'at', 'weight', 'note', 'participants'],
    'value-flows': ['externalId', 'partnership', 'from', 'to', 'kind', 'amount', 'currency', 'at'],
    'initiatives': ['externalId', 'partnership', 'name', 'kind', 'status', 'startsAt', 'endsAt', 'contributors'],
    'goals': ['externalId', 'title', 'owner', 'partnership', 'horizon', 'metric', 'target', 'actual', 'due'],
}


def write_csv(folder, stem, header, rows):
    """UTF-8, comma separated, RFC 4180 quoting (only where needed), LF line ends."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, stem + '.csv'), 'w', encoding='utf-8', newline='') as out:
        writer = csv.writer(out, lineterminator='\n')
        writer.writerow(header)
        for row in rows:
            writer.writerow(['' if row.get(name) is None else row[name] for name in header])


def day(value):
    return value.isoformat()


def parse_day(text):
    return dt.date.fromisoformat(text)


# --------------------------------------------------------------------------------------------
# ai-ecosystem
# --------------------------------------------------------------------------------------------

TEAM = [
    ('tm-01', 'Amara Okafor', 'amara.okafor@ecosystem.example.org', 'CHIEF_PARTNERSHIP_OFFICER'),
    ('tm-02', 'Lukas Brandt', 'lukas.brandt@ecosystem.example.org', 'VP_STRATEGIC_PARTNERSHIPS'),
    ('tm-03', 'Priya Raman', 'priya.raman@ecosystem.example.org', 'DIRECTOR_AI_PARTNERSHIPS'),
    ('tm-04', 'Sofía Herrera', 'sofia.herrera@ecosystem.example.org', 'PARTNERSHIP_MANAGER'),
    ('tm-05', 'Mei Chen', 'mei.chen@ecosystem.example.org', 'ECOSYSTEM_MANAGER'),
    ('tm-06', 'Jonas Lindqvist', 'jonas.lindqvist@ecosystem.example.org', 'ANALYST'),
]

# key, name, kind, sector, region, tier (None: the default), status (None: the default), joinedAt,
# exitedAt. Names are invented; any likeness to a real organisation is unintended.
PARTICIPANTS = [
    ('org-001', 'Meridian Cloud Systems', 'COMPANY', 'Cloud Infrastructure', 'North America', 'STRATEGIC', 'ACTIVE', '2023-02-14', None),
    ('org-002', 'Corvane Semiconductor', 'COMPANY', 'Semiconductors', 'Asia-Pacific', 'STRATEGIC', 'ACTIVE', '2023-05-08', None),
    ('org-003', 'Halvorsen Medical Imaging', 'COMPANY', 'Healthcare AI', 'Europe', 'CORE', 'ACTIVE', '2023-09-19', None),
    ('org-004', 'Bellweather Bank Group', 'COMPANY', 'FinTech', 'Europe', 'CORE', 'ACTIVE', '2024-01-10', None),
    ('org-005', 'Tessaro Telecom', 'COMPANY', 'Telecommunications', 'Europe', None, 'DORMANT', '2023-11-27', None),
    ('org-006', 'Arcbridge Insurance', 'COMPANY', 'InsurTech', 'North America', 'STANDARD', 'EXITED', '2024-06-03', '2026-04-15'),
    ('org-007', 'Kobayashi-Lind Robotics', 'COMPANY', 'Robotics', 'Asia-Pacific', 'CORE', 'ACTIVE', '2024-03-18', None),
    ('org-008', 'Northgate Logistics', 'COMPANY', 'Mobility & Logistics', 'Europe', None, None, '2025-04-22', None),
    ('org-009', 'Solenne Pharma', 'COMPANY', 'Healthcare AI', 'Europe', 'STRATEGIC', 'ACTIVE', '2023-06-30', None),
    ('org-010', 'Quillfield Data Centres', 'COMPANY', 'Cloud Infrastructure', 'Europe', 'STANDARD', 'ACTIVE', '2024-02-05', None),
    ('org-011', 'Synapse Ward', 'STARTUP', 'Healthcare AI', 'Europe', 'EMERGING', 'ACTIVE', '2024-02-05', None),
    ('org-012', 'Ledgerlight', 'STARTUP', 'FinTech', 'Europe', 'EMERGING', 'ACTIVE', '2024-05-13', None),
    ('org-013', 'Tensorforge', 'STARTUP', 'Semiconductors', 'North America', 'CORE', 'ACTIVE', '2023-08-21', None),
    ('org-014', 'Parallax Vision', 'STARTUP', 'Robotics', 'North America', 'EMERGING', 'EXITED', '2024-04-09', '2026-02-20'),
    ('org-015', 'Fjordmind', 'STARTUP', 'Climate Tech', 'Europe', 'EMERGING', 'ACTIVE', '2025-03-03', None),
    ('org-016', 'Kairos Legal AI', 'STARTUP', 'Legal Tech', 'Europe', None, None, '2024-10-28', None),
    ('org-017', 'Vantablue Analytics', 'STARTUP', 'FinTech', 'Asia-Pacific', 'STANDARD', 'ACTIVE', '2024-07-29', None),
    ('org-018', 'Orbitra Compute', 'STARTUP', 'Cloud Infrastructure', 'Asia-Pacific', 'CORE', 'ACTIVE', '2023-10-16', None),
    ('org-019', 'Mendel & Moss Bio', 'STARTUP', 'Healthcare AI', 'North America', 'STANDARD', 'ACTIVE', '2023-12-04', None),
    ('org-020', 'Lumen Tutor', 'STARTUP', 'Education', 'Latin America', 'EMERGING', 'ACTIVE', '2025-08-25', None),
    ('org-021', 'Cipherwell', 'STARTUP', 'Cybersecurity', 'Europe', 'STANDARD', 'ACTIVE', '2024-09-02', None),
    ('org-022', 'Gridsense Energy', 'STARTUP', 'Climate Tech', 'Middle East & Africa', 'EMERGING', 'PROSPECT', '2026-08-17', None),
    ('org-023', 'Universität Lindenberg', 'UNIVERSITY', 'Public Research', 'Europe', 'CORE', 'ACTIVE', '2023-04-03', None),
    ('org-024', 'Northshore Polytechnic University', 'UNIVERSITY', 'Public Research', 'North America', 'STANDARD', 'ACTIVE', '2023-09-11', None),
    ('org-025', 'Harunomiya University', 'UNIVERSITY', 'Public Research', 'Asia-Pacific', 'STANDARD', 'ACTIVE', '2024-04-15', None),
    ('org-026', 'University of Ashcombe', 'UNIVERSITY', 'Public Research', 'Europe', 'CORE', 'ACTIVE', '2023-03-20', None),
    ('org-027', 'Universidad del Valle Alto', 'UNIVERSITY', 'Public Research', 'Latin America', 'EMERGING', 'PROSPECT', '2026-07-06', None),
    ('org-028', 'Eastmoor College of Engineering', 'UNIVERSITY', 'Public Research', 'Europe', None, 'DORMANT', '2024-01-22', None),
    ('org-029', "Institut Sainte-Clarisse pour l'IA", 'RESEARCH_INSTITUTE', 'Public Research', 'Europe', 'CORE', 'ACTIVE', '2023-07-10', None),
    ('org-030', 'Halden Institute for Machine Intelligence', 'RESEARCH_INSTITUTE', 'Public Research', 'Europe', 'STANDARD', 'ACTIVE', '2024-02-26', None),
    ('org-031', 'Pacific Rim AI Research Centre', 'RESEARCH_INSTITUTE', 'Public Research', 'Asia-Pacific', 'STRATEGIC', 'ACTIVE', '2023-06-12', None),
    ('org-032', 'Aldergrove Lab for Trustworthy AI', 'RESEARCH_INSTITUTE', 'AI Safety', 'North America', 'CORE', 'ACTIVE', '2023-11-06', None),
    ('org-033', 'Nordhaven Institute of Technology, Applied AI Lab', 'RESEARCH_INSTITUTE', 'Public Research', 'Europe', 'STANDARD', 'ACTIVE', '2024-08-19', None),
    ('org-034', 'Federal Agency for Digital Innovation', 'GOVERNMENT', 'Public Sector', 'Europe', 'STRATEGIC', 'ACTIVE', '2023-10-02', None),
    ('org-035', 'Regional Health Data Authority', 'GOVERNMENT', 'Public Sector', 'Europe', 'CORE', 'ACTIVE', '2024-03-04', None),
    ('org-036', 'Singara Smart Nation Office', 'GOVERNMENT', 'Public Sector', 'Asia-Pacific', 'STANDARD', 'ACTIVE', '2024-09-23', None),
    ('org-037', 'Greyfold Ventures', 'INVESTOR', 'Venture Capital', 'North America', 'CORE', 'ACTIVE', '2024-05-27', None),
    ('org-038', 'Alpenrose Capital', 'INVESTOR', 'Venture Capital', 'Europe', 'STANDARD', 'ACTIVE', '2025-01-13', None),
    ('org-039', 'Tidewater Deep Tech Fund', 'INVESTOR', 'Venture Capital', 'Asia-Pacific', 'EMERGING', 'PROSPECT', '2026-06-29', None),
    ('org-040', 'Open Model Commons', 'COMMUNITY', 'Open Source AI', 'Europe', 'STANDARD', 'ACTIVE', '2024-03-25', None),
    ('org-041', 'Dr. Ines Varga (independent advisor)', 'INDIVIDUAL', 'Advisory', 'Europe', 'EMERGING', 'ACTIVE', '2024-05-06', None),
]

# Dormant participants stopped taking part on this day (no interaction or value flow after it).
DORMANT_SINCE = {'org-005': dt.date(2026, 3, 1), 'org-028': dt.date(2026, 1, 15)}

# key, name, type, subtype, stage, strategicAlignment, startedAt, endsAt, parties, owners.
# Every stage and every subtype appears; at most one LEAD per partnership.
PARTNERSHIPS = [
    ('ps-01', 'Meridian GPU Platform Programme', 'TECHNOLOGY', 'PLATFORM', 'MANAGEMENT', 0.86, '2024-03-11', '2027-03-31',
     [('org-001', 'LEAD'), ('org-018', 'PARTNER'), ('org-013', 'PARTNER'), ('org-010', 'PARTNER')], ['tm-02', 'tm-05']),
    ('ps-02', 'Edge Inference Chip Co-Design', 'INNOVATION', 'JOINT_DEVELOPMENT', 'IMPLEMENTATION', 0.78, '2025-05-06', '2027-06-30',
     [('org-002', 'LEAD'), ('org-013', 'PARTNER'), ('org-031', 'PARTNER'), ('org-037', 'SPONSOR')], ['tm-03']),
    ('ps-03', 'Clinical Imaging Foundation Model', 'RESEARCH', 'INDUSTRY', 'MANAGEMENT', 0.91, '2024-06-03', None,
     [('org-003', 'LEAD'), ('org-011', 'PARTNER'), ('org-023', 'PARTNER'), ('org-035', 'SPONSOR'), ('org-041', 'OBSERVER')],
     ['tm-03', 'tm-04']),
    ('ps-04', 'Drug Discovery Compute Supply', 'BUSINESS', 'SUPPLIER', 'RENEWAL', 0.64, '2024-01-22', '2026-12-31',
     [('org-009', 'LEAD'), ('org-019', 'PARTNER'), ('org-001', 'PARTNER')], ['tm-02']),
    ('ps-05', 'Open Banking Risk Models', 'BUSINESS', 'CHANNEL', 'MANAGEMENT', 0.72, '2024-09-16', '2027-09-15',
     [('org-004', 'LEAD'), ('org-012', 'PARTNER'), ('org-017', 'PARTNER'), ('org-021', 'PARTNER')], ['tm-04']),
    ('ps-06', 'Claims Automation Pilot', 'BUSINESS', 'CUSTOMER', 'TERMINATED', 0.35, '2024-11-04', None,
     [('org-006', 'LEAD'), ('org-012', 'PARTNER'), ('org-016', 'OBSERVER')], ['tm-04']),
    ('ps-07', 'Trustworthy AI Evaluation Consortium', 'RESEARCH', 'ACADEMIC', 'MANAGEMENT', 0.88, '2024-04-08', None,
     [('org-032', 'LEAD'), ('org-024', 'PARTNER'), ('org-026', 'PARTNER'), ('org-030', 'PARTNER'), ('org-040', 'PARTNER'),
      ('org-028', 'PARTNER'), ('org-034', 'SPONSOR')], ['tm-01', 'tm-05']),
    ('ps-08', 'Sovereign AI Compute Initiative', 'RESEARCH', 'GOVERNMENT', 'IMPLEMENTATION', 0.81, '2025-07-01', '2028-06-30',
     [('org-034', 'LEAD'), ('org-010', 'PARTNER'), ('org-033', 'PARTNER'), ('org-029', 'PARTNER')], ['tm-01']),
    ('ps-09', 'Pacific Robotics Learning Network', 'RESEARCH', 'INTERNATIONAL', 'MANAGEMENT', 0.69, '2024-10-14', None,
     [('org-031', 'LEAD'), ('org-007', 'PARTNER'), ('org-025', 'PARTNER'), ('org-032', 'PARTNER'), ('org-036', 'SPONSOR')],
     ['tm-03']),
    ('ps-10', 'Climate Forecasting Accelerator', 'INNOVATION', 'ACCELERATOR', 'IMPLEMENTATION', 0.58, '2025-09-01', '2027-08-31',
     [('org-015', 'LEAD'), ('org-030', 'PARTNER'), ('org-038', 'SPONSOR')], ['tm-05']),
    ('ps-11', 'Contract Intelligence API', 'TECHNOLOGY', 'API', 'MANAGEMENT', 0.66, '2025-02-03', '2027-01-31',
     [('org-016', 'LEAD'), ('org-004', 'PARTNER'), ('org-021', 'PARTNER')], ['tm-04', 'tm-06']),
    ('ps-12', 'Warehouse Robotics Co-Creation', 'INNOVATION', 'CO_CREATION', 'IMPLEMENTATION', 0.61, '2025-10-06', None,
     [('org-008', 'LEAD'), ('org-007', 'PARTNER'), ('org-026', 'PARTNER')], ['tm-02']),
    ('ps-13', 'Secure Model Hosting Toolkit', 'TECHNOLOGY', 'TOOL', 'NEGOTIATION', 0.55, '2026-06-15', None,
     [('org-021', 'LEAD'), ('org-001', 'PARTNER'), ('org-040', 'PARTNER')], ['tm-06']),
    ('ps-14', 'Telecom Network AI Operations', 'TECHNOLOGY', 'INFRASTRUCTURE', 'RENEWAL', 0.47, '2024-02-19', '2027-02-28',
     [('org-018', 'LEAD'), ('org-005', 'PARTNER'), ('org-002', 'PARTNER')], ['tm-02']),
    ('ps-15', 'Adaptive Learning for Latin American Schools', 'BUSINESS', 'MARKET', 'EVALUATION', 0.52, '2026-08-03', None,
     [('org-020', 'LEAD'), ('org-027', 'PARTNER'), ('org-001', 'OBSERVER')], ['tm-05']),
    ('ps-16', 'Health Data Sandbox', 'INNOVATION', 'INNOVATION_LAB', 'NEGOTIATION', 0.74, '2026-05-11', None,
     [('org-035', 'LEAD'), ('org-011', 'PARTNER'), ('org-019', 'PARTNER'), ('org-029', 'PARTNER')], ['tm-03']),
    ('ps-17', 'Deep Tech Seed Co-Investment', 'BUSINESS', 'MARKET', 'NEGOTIATION', 0.49, '2026-07-20', None,
     [('org-037', 'LEAD'), ('org-039', 'PARTNER'), ('org-038', 'PARTNER')], ['tm-01']),
    ('ps-18', 'Smart Grid Anomaly Detection', 'RESEARCH', 'INSTITUTIONAL', 'EVALUATION', None, '2026-09-07', None,
     [('org-033', 'LEAD'), ('org-022', 'PARTNER'), ('org-015', 'PARTNER')], ['tm-06']),
    ('ps-19', 'Semiconductor Talent Pipeline', 'RESEARCH', 'ACADEMIC', 'EVALUATION', 0.44, '2026-10-05', None,
     [('org-002', 'LEAD'), ('org-025', 'PARTNER'), ('org-024', 'PARTNER')], ['tm-03']),
    ('ps-20', 'Multilingual Speech API', 'TECHNOLOGY', 'API', 'IDENTIFICATION', None, '2026-11-02', None,
     [('org-040', 'PARTNER'), ('org-020', 'PARTNER'), ('org-041', 'OBSERVER')], ['tm-05']),
    ('ps-21', 'Fraud Detection Data Partnership', 'BUSINESS', 'CUSTOMER', 'IDENTIFICATION', 0.5, '2026-11-16', None,
     [('org-017', 'LEAD'), ('org-004', 'PARTNER')], ['tm-06']),
]

# The terminated partnership's last day of work.
ENDED = {'ps-06': dt.date(2026, 3, 27)}

# How many interactions a partnership of each stage had in the window.
INTERACTIONS_BY_STAGE = {
    'IDENTIFICATION': 1,
    'EVALUATION': 3,
    'NEGOTIATION': 4,
    'IMPLEMENTATION': 9,
    'MANAGEMENT': 12,
    'RENEWAL': 9,
    'TERMINATED': 5,
}
# Kinds of interaction likely at each stage (repeats weight the draw).
KINDS_BY_STAGE = {
    'IDENTIFICATION': ['MEETING'],
    'EVALUATION': ['MEETING', 'MEETING', 'REVIEW', 'REFERRAL'],
    'NEGOTIATION': ['MEETING', 'MEETING', 'REVIEW'],
    'IMPLEMENTATION': ['JOINT_WORK', 'JOINT_WORK', 'MEETING', 'SUPPORT', 'CONTRIBUTION', 'REVIEW'],
    'MANAGEMENT': ['JOINT_WORK', 'MEETING', 'CO_MARKETING', 'EVENT', 'SUPPORT', 'CONTRIBUTION', 'REFERRAL', 'REVIEW'],
    'RENEWAL': ['MEETING', 'REVIEW', 'REVIEW', 'JOINT_WORK', 'SUPPORT'],
    'TERMINATED': ['MEETING', 'JOINT_WORK', 'REVIEW'],
}
NOTES = {
    'MEETING': ['Steering call: roadmap, pricing and data access', 'Kick-off workshop', 'Monthly sync', 'Intro call with the technical leads', ''],
    'JOINT_WORK': ['Shared sprint on the evaluation harness', 'Pair work on the data pipeline', 'Joint model fine-tuning run', ''],
    'CO_MARKETING': ['Joint case study published', 'Co-branded webinar "AI in production"', ''],
    'REFERRAL': ['Introduced a customer lead', 'Referred two candidate partners', ''],
    'EVENT': ['Booth at the regional AI summit', 'Joint hackathon day', ''],
    'SUPPORT': ['Escalation on GPU quota; resolved in 2 days', 'Onboarding support for new engineers', ''],
    'CONTRIBUTION': ['Open-sourced the tokenizer patch', 'Contributed a labelled data set', ''],
    'REVIEW': ['Quarterly business review', 'Security and privacy review', 'Milestone review, go/no-go', ''],
}
# Value flow kinds a participant of each kind sends (repeats weight the draw), with amounts.
FLOW_KINDS_BY_SENDER = {
    'COMPANY': ['REVENUE', 'COMPUTE', 'IN_KIND', 'COST', 'REFERRAL'],
    'STARTUP': ['REVENUE', 'DATA', 'REFERRAL', 'IP'],
    'UNIVERSITY': ['IP', 'DATA', 'IN_KIND'],
    'RESEARCH_INSTITUTE': ['IP', 'DATA', 'IN_KIND'],
    'GOVERNMENT': ['FUNDING', 'FUNDING', 'DATA'],
    'INVESTOR': ['FUNDING'],
    'COMMUNITY': ['IN_KIND', 'IP'],
    'INDIVIDUAL': ['IN_KIND'],
}
AMOUNTS = {
    'REVENUE': (20_000, 400_000),
    'REFERRAL': (2_000, 25_000),
    'FUNDING': (50_000, 1_500_000),
    'COST': (5_000, 120_000),
    'DATA': (10_000, 150_000),
    'IP': (25_000, 300_000),
    'COMPUTE': (15_000, 250_000),
    'IN_KIND': (3_000, 60_000),
}

# key, partnership, name, kind, status, startsAt, endsAt, contributors.
INITIATIVES = [
    ('ini-01', 'ps-03', 'Chest X-ray Triage Model v2', 'JOINT_PROJECT', 'ACTIVE', '2025-09-01', '2027-02-28',
     [('org-003', 'LEAD'), ('org-011', 'CONTRIBUTOR'), ('org-023', 'CONTRIBUTOR'), ('org-035', 'SPONSOR')]),
    ('ini-02', 'ps-07', 'Open Benchmark for LLM Safety', 'RESEARCH_PROGRAM', 'ACTIVE', '2025-04-01', '2027-03-31',
     [('org-032', 'LEAD'), ('org-024', 'CONTRIBUTOR'), ('org-026', 'CONTRIBUTOR'), ('org-034', 'SPONSOR')]),
    ('ini-03', 'ps-07', 'Trustworthy AI Summit 2026', 'CONFERENCE', 'COMPLETED', '2026-05-19', '2026-05-21',
     [('org-030', 'LEAD'), ('org-040', 'CONTRIBUTOR'), ('org-032', 'CONTRIBUTOR')]),
    ('ini-04', 'ps-01', 'GPU Cluster Hackathon', 'HACKATHON', 'COMPLETED', '2026-03-07', '2026-03-08',
     [('org-001', 'LEAD'), ('org-018', 'CONTRIBUTOR'), ('org-013', 'CONTRIBUTOR')]),
    ('ini-05', 'ps-02', 'Edge NPU Tape-out Sprint', 'SPRINT', 'ACTIVE', '2026-10-12', '2027-01-15',
     [('org-002', 'LEAD'), ('org-013', 'CONTRIBUTOR'), ('org-037', 'SPONSOR')]),
    ('ini-06', 'ps-10', 'Regional Flood Forecasting Challenge', 'CHALLENGE', 'PLANNED', '2027-02-01', '2027-04-30',
     [('org-015', 'LEAD'), ('org-030', 'CONTRIBUTOR'), ('org-038', 'SPONSOR')]),
    ('ini-07', 'ps-09', 'Robot Manipulation Dataset Paper', 'PUBLICATION', 'COMPLETED', '2025-11-03', '2026-06-30',
     [('org-031', 'LEAD'), ('org-007', 'CONTRIBUTOR'), ('org-025', 'CONTRIBUTOR')]),
    ('ini-08', 'ps-12', 'Warehouse Picking Lab', 'INNOVATION_LAB', 'ACTIVE', '2025-11-17', '2027-05-31',
     [('org-008', 'LEAD'), ('org-007', 'CONTRIBUTOR'), ('org-026', 'CONTRIBUTOR')]),
    ('ini-09', 'ps-06', 'Claims Triage Pilot', 'JOINT_PROJECT', 'CANCELLED', '2025-10-01', '2026-06-30',
     [('org-006', 'LEAD'), ('org-012', 'CONTRIBUTOR')]),
    ('ini-10', 'ps-08', 'Sovereign Cloud Reference Architecture', 'RESEARCH_PROGRAM', 'ACTIVE', '2025-09-15', '2026-12-31',
     [('org-010', 'LEAD'), ('org-033', 'CONTRIBUTOR'), ('org-029', 'CONTRIBUTOR'), ('org-034', 'SPONSOR')]),
]

# key, title, owner, partnership (None: an ecosystem goal), horizon, metric, target, actual, due.
GOALS = [
    ('goal-01', 'Grow realised partnership value to 5 million', 'tm-01', None, 'LONG', 'value', 5_000_000, 3_180_000, '2027-12-31'),
    ('goal-02', 'Keep 15 partnerships active', 'tm-02', None, 'MEDIUM', 'active_partnerships', 15, 14, '2027-06-30'),
    ('goal-03', 'Raise mean partner satisfaction to 8', 'tm-05', None, 'MEDIUM', 'satisfaction', 8, 7.2, '2027-06-30'),
    ('goal-04', 'Ecosystem engagement above 70', 'tm-05', None, 'SHORT', 'engagement', 70, 62.5, '2027-03-31'),
    ('goal-05', 'Launch 12 joint initiatives', 'tm-01', None, 'LONG', 'initiatives', 12, 9, '2027-12-31'),
    ('goal-06', 'Imaging consortium value of 800k', 'tm-03', 'ps-03', 'MEDIUM', 'value', 800_000, 520_000, '2027-06-30'),
    ('goal-07', 'Consortium engagement of 40', 'tm-03', 'ps-07', 'SHORT', 'engagement', 40, 31, '2027-01-31'),
    ('goal-08', 'GPU programme partner satisfaction 8.5', 'tm-02', 'ps-01', 'SHORT', 'satisfaction', 8.5, 7.9, '2027-03-31'),
    ('goal-09', 'Three joint initiatives in open banking', 'tm-04', 'ps-05', 'MEDIUM', 'initiatives', 3, None, '2027-09-30'),
]


def number(value):
    """1.0 → "1", 0.5 → "0.5": how a person would type it."""
    return str(int(value)) if float(value).is_integer() else str(value)


def ecosystem():
    rng = random.Random(SEED)
    participants = {p[0]: p for p in PARTICIPANTS}

    def active_span(key):
        """The days a participant could take part: joined .. exited / dormant / the cutoff."""
        _, _, _, _, _, _, _, joined, exited = participants[key]
        last = CUTOFF
        if exited:
            last = parse_day(exited) - dt.timedelta(days=1)
        if key in DORMANT_SINCE:
            last = DORMANT_SINCE[key]
        return parse_day(joined), last

    team_rows = [dict(externalId=k, name=n, email=e, role=r) for k, n, e, r in TEAM]
    participant_rows = [
        dict(externalId=k, name=n, kind=kind, sector=s, region=reg, tier=t, status=st, joinedAt=j, exitedAt=x)
        for k, n, kind, s, reg, t, st, j, x in PARTICIPANTS
    ]

    partnership_rows = []
    for key, name, ptype, subtype, stage, align, started, ends, parties, owners in PARTNERSHIPS:
        assert sum(1 for _, role in parties if role == 'LEAD') <= 1, key
        for party, _ in parties:
            assert participants[party][7] <= started or stage in ('IDENTIFICATION', 'EVALUATION'), (key, party)
        partnership_rows.append(
            dict(
                externalId=key,
                name=name,
                type=ptype,
                subtype=subtype,
                stage=stage,
                strategicAlignment=None if align is None else number(align),
                startedAt=started,
                endsAt=ends,
                parties=';'.join(f'{p}:{r}' for p, r in parties),
                owners=';'.join(owners),
            )
        )

    def span_of(partnership):
        key, started, parties = partnership[0], parse_day(partnership[6]), partnership[8]
        first = max(WINDOW_START, started)
        last = min(CUTOFF - dt.timedelta(days=1), ENDED.get(key, CUTOFF))
        return first, last

    def active_parties(partnership, on):
        keys = []
        for party, _ in partnership[8]:
            joined, last = active_span(party)
            if joined <= on <= last:
                keys.append(party)
        return keys

    def random_day(first, last):
        return first + dt.timedelta(days=rng.randrange((last - first).days + 1))

    # Interactions: drawn per partnership, then numbered in time order.
    drawn = []
    for ps in PARTNERSHIPS:
        key, stage = ps[0], ps[4]
        first, last = span_of(ps)
        for _ in range(INTERACTIONS_BY_STAGE[stage]):
            while True:
                on = random_day(first, last)
                present = active_parties(ps, on)
                if present:
                    break
            kind = rng.choice(KINDS_BY_STAGE[stage])
            count = rng.choice([1, 2, 2, 2, 3, 3, 4])
            who = rng.sample(present, min(count, len(present)))
            who.sort()
            # A third of the rows carry a time of day with an offset; the others a plain date.
            if rng.random() < 0.33:
                hour = rng.choice([10, 11, 13, 14, 15, 16])  # the same day in UTC for every offset
                minute = rng.choice([0, 15, 30, 45])
                offset = rng.choice(['Z', '+01:00', '+02:00', '-05:00', '+09:00', '+08:00'])
                at = f'{day(on)}T{hour:02d}:{minute:02d}:00{offset}'
            else:
                at = day(on)
            weight = rng.choice([None, None, None, 0.5, 1, 1.5, 2, 2, 3, 4])
            note = rng.choice(NOTES[kind]) or None
            drawn.append((on, at, key, kind, weight, note, who))
    drawn.sort(key=lambda row: (row[0], row[2], row[1]))
    interaction_rows = [
        dict(
            externalId=f'int-{index:04d}',
            partnership=key,
            kind=kind,
            at=at,
            weight=None if weight is None else number(weight),
            note=note,
            participants=';'.join(who),
        )
        for index, (_, at, key, kind, weight, note, who) in enumerate(drawn, start=1)
    ]

    # Value flows: only where work is under way (implementation onwards, or before the end).
    flowing = [ps for ps in PARTNERSHIPS if ps[4] in ('IMPLEMENTATION', 'MANAGEMENT', 'RENEWAL', 'TERMINATED')]
    extra = {'ps-01', 'ps-03', 'ps-07'}
    flows = []
    for ps in flowing:
        key = ps[0]
        first, last = span_of(ps)
        for _ in range(4 if key in extra else 3):
            while True:
                on = random_day(first, last)
                present = active_parties(ps, on)
                if len(present) >= 2:
                    break
            sender, receiver = rng.sample(present, 2)
            kind = rng.choice(FLOW_KINDS_BY_SENDER[participants[sender][2]])
            low, high = AMOUNTS[kind]
            amount = round(rng.uniform(low, high), -2)
            currency = 'EUR' if participants[sender][4] == 'Europe' else 'USD'
            flows.append((on, key, sender, receiver, kind, amount, currency))
    flows.sort(key=lambda row: (row[0], row[1], row[2]))
    flow_rows = [
        dict(
            externalId=f'vf-{index:03d}',
            partnership=key,
            to=receiver,
            kind=kind,
            amount=number(amount),
            currency=currency,
            at=day(on),
            **{'from': sender},
        )
        for index, (on, key, sender, receiver, kind, amount, currency) in enumerate(flows, start=1)
    ]

    parties_of = {ps[0]: {p for p, _ in ps[8]} for ps in PARTNERSHIPS}
    initiative_rows = []
    for key, ps, name, kind, status, starts, ends, contributors in INITIATIVES:
        assert all(c in parties_of[ps] for c, _ in contributors), key
        assert ends is None or ends > starts, key
        initiative_rows.append(
            dict(
                externalId=key,
                partnership=ps,
                name=name,
                kind=kind,
                status=status,
                startsAt=starts,
                endsAt=ends,
                contributors=';'.join(f'{c}:{r}' for c, r in contributors),
            )
        )

    goal_rows = []
    for key, title, owner, ps, horizon, metric, target, actual, due in GOALS:
        assert target > 0 and not (metric == 'satisfaction' and target > 10), key
        assert not (metric == 'active_partnerships' and ps), key
        goal_rows.append(
            dict(
                externalId=key,
                title=title,
                owner=owner,
                partnership=ps,
                horizon=horizon,
                metric=metric,
                target=number(target),
                actual=None if actual is None else number(actual),
                due=due,
            )
        )

    return {
        'team-members': team_rows,
        'participants': participant_rows,
        'partnerships': partnership_rows,
        'interactions': interaction_rows,
        'value-flows': flow_rows,
        'initiatives': initiative_rows,
        'goals': goal_rows,
    }


# --------------------------------------------------------------------------------------------
# crm-export: what a CRM gives, imported as it is with mapping.json
# --------------------------------------------------------------------------------------------

CRM_USERS = [
    ('USR-101', 'Hannah Albrecht', 'h.albrecht@crm.example.org', 'Head of Partnerships'),
    ('USR-102', 'Diego Marín', 'd.marin@crm.example.org', 'Partner Manager'),
    ('USR-103', 'Aiko Tanaka', 'a.tanaka@crm.example.org', 'Partner Manager'),
    ('USR-104', 'Oluwaseun Adeyemi', 'o.adeyemi@crm.example.org', 'Ecosystem Lead'),
]
CRM_ROLES = {
    'Head of Partnerships': 'VP_STRATEGIC_PARTNERSHIPS',
    'Partner Manager': 'PARTNERSHIP_MANAGER',
    'Ecosystem Lead': 'ECOSYSTEM_MANAGER',
}

# Account ID, name, type, industry, region, partner level, status, customer since, website, revenue, phone.
CRM_ACCOUNTS = [
    ('ACC-2001', 'Stratavault Cloud', 'Vendor', 'Cloud Infrastructure', 'NA', 'Gold', 'Active', '2023-04-17', 'stratavault.example.com', '84000000', '+1 555 0101'),
    ('ACC-2002', 'Ionpath Semiconductors', 'Vendor', 'Semiconductors', 'APAC', 'Silver', 'Active', '2024-02-12', 'ionpath.example.com', '210000000', '+65 5550 0102'),
    ('ACC-2003', 'Careloop Diagnostics', 'Startup', 'Healthcare AI', 'EMEA', 'Bronze', 'Active', '2024-09-30', 'careloop.example.com', '3200000', '+49 555 0103'),
    ('ACC-2004', 'Quanta Ledger', 'Startup', 'FinTech', 'EMEA', '', 'Active', '2025-01-20', 'quantaledger.example.com', '1800000', ''),
    ('ACC-2005', 'Brightwater University', 'Academia', 'Public Research', 'EMEA', 'Silver', 'Active', '2023-10-09', 'brightwater.example.edu', '', '+44 555 0105'),
    ('ACC-2006', 'Kestrel Institute for Applied AI', 'Research Lab', 'Public Research', 'NA', 'Bronze', 'Active', '2024-05-06', 'kestrel.example.org', '', ''),
    ('ACC-2007', 'Ministry of Digital Affairs, Innovation Unit', 'Public Sector', 'Public Sector', 'EMEA', 'Gold', 'Active', '2023-12-01', 'digital.example.gov', '', ''),
    ('ACC-2008', 'Redpine Ventures', 'VC', 'Venture Capital', 'NA', '', 'Prospect', '2026-09-14', 'redpine.example.com', '', '+1 555 0108'),
    ('ACC-2009', 'Lattice Harbor Robotics', 'Startup', 'Robotics', 'APAC', 'Registered', 'Active', '2025-06-23', 'latticeharbor.example.com', '950000', ''),
    ('ACC-2010', 'Verdant Grid Analytics', 'Startup', 'Climate Tech', 'EMEA', 'Registered', 'Inactive', '2024-03-25', 'verdantgrid.example.com', '', ''),
    ('ACC-2011', 'Oakline Health Network', 'Vendor', 'Healthcare AI', 'NA', 'Silver', 'Active', '2024-07-15', 'oakline.example.com', '560000000', '+1 555 0111'),
    ('ACC-2012', 'Sakura Bay University', 'Academia', 'Public Research', 'APAC', '', 'Prospect', '2026-10-19', 'sakurabay.example.edu', '', ''),
]
CRM_ACCOUNT_TYPES = {
    'Vendor': 'COMPANY',
    'Startup': 'STARTUP',
    'Academia': 'UNIVERSITY',
    'Research Lab': 'RESEARCH_INSTITUTE',
    'Public Sector': 'GOVERNMENT',
    'VC': 'INVESTOR',
}

# Opportunity ID, name, partner type, program, stage, created, contract end, accounts (key:role), owner, amount.
CRM_OPPORTUNITIES = [
    ('OPP-5001', 'Stratavault Marketplace Listing', 'Technology Partner', 'Marketplace Listing', 'Live', '2024-05-02', '2027-04-30',
     'ACC-2001:LEAD;ACC-2002:PARTNER;ACC-2009:PARTNER', 'USR-102', '420000'),
    ('OPP-5002', 'Remote Triage Co-Development', 'Co-Innovation', 'Joint R&D', 'Closed Won - Onboarding', '2025-08-11', '2027-08-31',
     'ACC-2003:LEAD;ACC-2011:PARTNER;ACC-2005:PARTNER', 'USR-101', '650000'),
    ('OPP-5003', 'Payments Risk Referral Channel', 'Reseller', 'Referral Channel', 'Negotiation/Review', '2026-06-22', '',
     'ACC-2004:LEAD;ACC-2001:PARTNER', 'USR-103', '90000'),
    ('OPP-5004', 'Public Sector AI Procurement Study', 'Research', 'Academic Research', 'Qualification', '2026-09-28', '',
     'ACC-2007:SPONSOR;ACC-2005:LEAD;ACC-2006:PARTNER', 'USR-104', ''),
    ('OPP-5005', 'Grid Flexibility Pilot', 'Co-Innovation', 'Joint R&D', 'Closed Lost', '2024-06-10', '',
     'ACC-2010:LEAD;ACC-2006:PARTNER', 'USR-102', '120000'),
    ('OPP-5006', 'Robotics Seed Syndicate', 'Reseller', 'Referral Channel', 'Prospecting', '2026-11-09', '',
     'ACC-2008:LEAD;ACC-2009:PARTNER', 'USR-101', ''),
]
CRM_PARTNER_TYPES = {
    'Technology Partner': 'TECHNOLOGY',
    'Reseller': 'BUSINESS',
    'Research': 'RESEARCH',
    'Co-Innovation': 'INNOVATION',
}
CRM_PROGRAMS = {
    'Marketplace Listing': 'PLATFORM',
    'Referral Channel': 'CHANNEL',
    'Academic Research': 'ACADEMIC',
    'Joint R&D': 'JOINT_DEVELOPMENT',
}
CRM_STAGES = {
    'Prospecting': 'IDENTIFICATION',
    'Qualification': 'EVALUATION',
    'Negotiation/Review': 'NEGOTIATION',
    'Closed Won - Onboarding': 'IMPLEMENTATION',
    'Live': 'MANAGEMENT',
    'Up for Renewal': 'RENEWAL',
    'Closed Lost': 'TERMINATED',
}
CRM_ACTIVITY_TYPES = {
    'Call': 'MEETING',
    'Meeting': 'MEETING',
    'Workshop': 'JOINT_WORK',
    'Webinar': 'EVENT',
    'Support Case': 'SUPPORT',
    'Intro': 'REFERRAL',
    'Business Review': 'REVIEW',
}
CRM_SUBJECTS = {
    'Call': ['Weekly check-in', 'Pricing follow-up', 'Technical Q&A'],
    'Meeting': ['On-site visit', 'Executive sponsor meeting'],
    'Workshop': ['Integration workshop', 'Data mapping session'],
    'Webinar': ['Joint webinar for customers'],
    'Support Case': ['Case #4471: API rate limits', 'Case #4519: SSO setup'],
    'Intro': ['Introduction to a prospect'],
    'Business Review': ['Quarterly business review'],
}


def crm_export():
    rng = random.Random(SEED + 1)
    users = [
        {'User ID': k, 'Full Name': n, 'Email': e, 'Title': t, 'Active': 'true'} for k, n, e, t in CRM_USERS
    ]
    accounts = [
        {
            'Account ID': a[0],
            'Account Name': a[1],
            'Account Type': a[2],
            'Industry': a[3],
            'Region': a[4],
            'Partner Level': a[5],
            'Account Status': a[6],
            'Customer Since': a[7],
            'Website': a[8],
            'Annual Revenue (USD)': a[9],
            'Phone': a[10],
        }
        for a in CRM_ACCOUNTS
    ]
    opportunities = [
        {
            'Opportunity ID': o[0],
            'Opportunity Name': o[1],
            'Partner Type': o[2],
            'Program': o[3],
            'Stage': o[4],
            'Created Date': o[5],
            'Contract End': o[6],
            'Accounts (Role)': o[7],
            'Opportunity Owner': o[8],
            'Expected Value (USD)': o[9],
        }
        for o in CRM_OPPORTUNITIES
    ]
    joined = {a[0]: parse_day(a[7]) for a in CRM_ACCOUNTS}
    # Inactive accounts went quiet a while ago; Closed Lost ended.
    quiet = {'ACC-2010': dt.date(2025, 11, 30)}
    ended = {'OPP-5005': dt.date(2025, 11, 30)}
    activities = []
    counts = {'Live': 6, 'Closed Won - Onboarding': 5, 'Negotiation/Review': 3, 'Qualification': 2, 'Closed Lost': 3, 'Prospecting': 1}
    for opp in CRM_OPPORTUNITIES:
        key, stage, created = opp[0], opp[4], parse_day(opp[5])
        members = [item.split(':')[0] for item in opp[7].split(';')]
        first = max(WINDOW_START, created)
        last = min(CUTOFF - dt.timedelta(days=1), ended.get(key, CUTOFF))
        for _ in range(counts[stage]):
            while True:
                on = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
                present = [m for m in members if joined[m] <= on <= quiet.get(m, CUTOFF)]
                if present:
                    break
            activity = rng.choice(sorted(CRM_ACTIVITY_TYPES))
            who = sorted(rng.sample(present, min(rng.choice([1, 2, 2]), len(present))))
            activities.append((on, key, activity, rng.choice(CRM_SUBJECTS[activity]), who, rng.choice([15, 30, 45, 60, 90])))
    activities.sort(key=lambda row: (row[0], row[1]))
    owner_of = {o[0]: o[8] for o in CRM_OPPORTUNITIES}
    activity_rows = [
        {
            'Activity ID': f'ACT-{9000 + index}',
            'Related Opportunity': key,
            'Activity Type': activity,
            'Date': day(on),
            'Subject': subject,
            'Attendee Accounts': ';'.join(who),
            'Assigned To': owner_of[key],
            'Duration (min)': str(minutes),
        }
        for index, (on, key, activity, subject, who, minutes) in enumerate(activities, start=1)
    ]

    mapping = {
        'teamMembers': {
            'file': 'users.csv',
            'columns': {'User ID': 'externalId', 'Full Name': 'name', 'Email': 'email', 'Title': 'role'},
            'values': {'role': CRM_ROLES},
        },
        'participants': {
            'file': 'accounts.csv',
            'columns': {
                'Account ID': 'externalId',
                'Account Name': 'name',
                'Account Type': 'kind',
                'Industry': 'sector',
                'Region': 'region',
                'Partner Level': 'tier',
                'Account Status': 'status',
                'Customer Since': 'joinedAt',
            },
            'values': {
                'kind': CRM_ACCOUNT_TYPES,
                'region': {'NA': 'North America', 'EMEA': 'Europe', 'APAC': 'Asia-Pacific'},
                'tier': {'Gold': 'STRATEGIC', 'Silver': 'CORE', 'Bronze': 'STANDARD', 'Registered': 'EMERGING'},
                'status': {'Active': 'ACTIVE', 'Prospect': 'PROSPECT', 'Inactive': 'DORMANT'},
            },
            'defaults': {'tier': 'STANDARD'},
        },
        'partnerships': {
            'file': 'opportunities.csv',
            'columns': {
                'Opportunity ID': 'externalId',
                'Opportunity Name': 'name',
                'Partner Type': 'type',
                'Program': 'subtype',
                'Stage': 'stage',
                'Created Date': 'startedAt',
                'Contract End': 'endsAt',
                'Accounts (Role)': 'parties',
                'Opportunity Owner': 'owners',
            },
            'values': {'type': CRM_PARTNER_TYPES, 'subtype': CRM_PROGRAMS, 'stage': CRM_STAGES},
        },
        'interactions': {
            'file': 'activities.csv',
            'columns': {
                'Activity ID': 'externalId',
                'Related Opportunity': 'partnership',
                'Activity Type': 'kind',
                'Date': 'at',
                'Subject': 'note',
                'Attendee Accounts': 'participants',
            },
            'values': {'kind': CRM_ACTIVITY_TYPES},
        },
    }
    return {
        'users': users,
        'accounts': accounts,
        'opportunities': opportunities,
        'activities': activity_rows,
    }, mapping


# --------------------------------------------------------------------------------------------
# bad-rows: one mistake per bad row; nothing refers to a bad row, so every other row is valid
# --------------------------------------------------------------------------------------------

GOOD_PARTICIPANT = dict(tier='STANDARD', status='ACTIVE', exitedAt=None)


def bad_rows():
    """Rows per stem, and the list of mistakes: (stem, externalId, column, what is wrong)."""
    def participant(key, name, kind, sector, region, joined, **extra):
        return dict(GOOD_PARTICIPANT, externalId=key, name=name, kind=kind, sector=sector, region=region, joinedAt=joined, **extra)

    team = [
        dict(externalId='tm-1', name='Rosa Lindgren', email='rosa.lindgren@example.org', role='PARTNERSHIP_MANAGER'),
        dict(externalId='tm-2', name='Omar Haddad', email='omar.haddad@example.org', role='ANALYST'),
    ]
    participants = [
        participant('bo-01', 'Alderpoint Health', 'COMPANY', 'Healthcare AI', 'Europe', '2024-03-04'),
        participant('bo-02', 'Brisa Robotics', 'STARTUP', 'Robotics', 'Europe', '2024-06-10'),
        participant('bo-03', 'Calloway University', 'UNIVERSITY', 'Public Research', 'North America', '2023-09-18'),
        participant('bo-04', 'Dunmore Compute', 'COMPANY', 'Cloud Infrastructure', 'North America', '2024-01-15'),
        participant('bo-05', 'Evenfall Systems', 'Vendor', 'Semiconductors', 'Asia-Pacific', '2024-05-20'),
        participant('bo-06', 'Foxglove Analytics', 'STARTUP', '', 'Europe', '2025-02-03'),
        participant('bo-07', 'Greyling Institute', 'RESEARCH_INSTITUTE', 'Public Research', 'Europe', '14/03/2025'),
        participant('bo-03', 'Calloway University Medical School', 'UNIVERSITY', 'Healthcare AI', 'North America', '2024-02-01'),
        participant('bo-08', 'Hollis Bank', 'COMPANY', 'FinTech', 'Europe', '2023-11-06', exitedAt='2026-05-31'),
        participant('bo-09', 'Ivory Coast Capital', 'INVESTOR', 'Venture Capital', 'Middle East & Africa', '2024-08-26'),
    ]
    partnerships = [
        dict(externalId='bp-01', name='Hospital Imaging Platform', type='TECHNOLOGY', subtype='PLATFORM', stage='MANAGEMENT',
             strategicAlignment='0.8', startedAt='2024-09-02', parties='bo-01:LEAD;bo-02:PARTNER;bo-04:PARTNER', owners='tm-1'),
        dict(externalId='bp-02', name='Robotics Seed Fund', type='BUSINESS', subtype='MARKET', stage='IMPLEMENTATION',
             startedAt='2025-01-13', parties='bo-02:LEAD;bo-09:SPONSOR', owners='tm-2'),
        dict(externalId='bp-03', name='Compute for Research', type='TECHNOLOGY', subtype='ACADEMIC', stage='EVALUATION',
             startedAt='2026-04-06', parties='bo-04:LEAD;bo-01:PARTNER', owners='tm-1'),
        dict(externalId='bp-04', name='Diagnostics Channel', type='BUSINESS', subtype='CHANNEL', stage='NEGOTIATION',
             startedAt='2026-02-16', parties='bo-01:LEAD;bo-99:PARTNER', owners='tm-2'),
    ]
    interactions = [
        dict(externalId='bi-01', partnership='bp-01', kind='MEETING', at='2026-01-12', note='Kick-off', participants='bo-01;bo-02'),
        dict(externalId='bi-02', partnership='bp-01', kind='JOINT_WORK', at='2026-02-03T10:00:00+01:00', weight='2',
             note='Integration sprint', participants='bo-01;bo-04'),
        dict(externalId='bi-03', partnership='bp-01', kind='REVIEW', at='2026-03-09', participants='bo-01;bo-09'),
        dict(externalId='bi-04', partnership='bp-02', kind='MEETING', at='2026-03-05 14:00', participants='bo-02;bo-09'),
        dict(externalId='bi-05', partnership='bp-02', kind='EVENT', at='2031-01-15', participants='bo-02'),
        dict(externalId='bi-06', partnership='bp-02', kind='REFERRAL', at='2026-06-22', weight='1.5',
             note='Introduced a co-investor', participants='bo-09'),
    ]
    value_flows = [
        {'externalId': 'bv-01', 'partnership': 'bp-01', 'from': 'bo-01', 'to': 'bo-04', 'kind': 'COMPUTE', 'amount': '48000',
         'currency': 'EUR', 'at': '2026-02-27'},
        {'externalId': 'bv-02', 'partnership': 'bp-02', 'from': 'bo-09', 'to': 'bo-02', 'kind': 'FUNDING', 'amount': '250000',
         'currency': 'USD', 'at': '2025-03-31'},
        {'externalId': 'bv-03', 'partnership': 'bp-01', 'from': 'bo-02', 'to': 'bo-01', 'kind': 'DATA', 'amount': '0',
         'currency': 'EUR', 'at': '2026-04-30'},
        {'externalId': 'bv-04', 'partnership': 'bp-01', 'from': 'bo-04', 'to': 'bo-04', 'kind': 'COST', 'amount': '1200',
         'currency': 'EUR', 'at': '2026-05-29'},
        {'externalId': 'bv-05', 'partnership': 'bp-02', 'from': 'bo-02', 'to': 'bo-09', 'kind': 'REVENUE', 'amount': '-3500',
         'currency': 'USD', 'at': '2026-06-30'},
    ]
    mistakes = [
        ('participants', 'bo-05', 'kind', 'unknown enum value: "Vendor" is not a participant kind (a CRM word; map it with a mapping file)'),
        ('participants', 'bo-06', 'sector', 'missing required field: sector is blank'),
        ('participants', 'bo-07', 'joinedAt', 'bad date: "14/03/2025" is not YYYY-MM-DD or ISO 8601 with an offset'),
        ('participants', 'bo-03', 'externalId', 'duplicate externalId: bo-03 is already the key of line 4'),
        ('participants', 'bo-08', 'exitedAt', 'exitedAt given but status is ACTIVE (exitedAt only with status EXITED)'),
        ('partnerships', 'bp-03', 'subtype', 'subtype not of the type: ACADEMIC is a RESEARCH subtype, the type is TECHNOLOGY'),
        ('partnerships', 'bp-04', 'parties', 'reference to an unknown participant: bo-99 is in no file (and not in the database)'),
        ('interactions', 'bi-03', 'participants', 'not a party: bo-09 is not a party of bp-01'),
        ('interactions', 'bi-04', 'at', 'bad date: "2026-03-05 14:00" has a time but no offset (add Z or +01:00)'),
        ('interactions', 'bi-05', 'at', 'in the future: 2031-01-15 is after the import (an interaction has happened)'),
        ('value-flows', 'bv-03', 'amount', 'amount ≤ 0: 0 (a value flow is above 0)'),
        ('value-flows', 'bv-04', 'to', 'from = to: bo-04 sends to itself'),
        ('value-flows', 'bv-05', 'amount', 'amount ≤ 0: -3500 (a value flow is above 0)'),
    ]
    rows = {
        'team-members': team,
        'participants': participants,
        'partnerships': partnerships,
        'interactions': interactions,
        'value-flows': value_flows,
    }
    return rows, mistakes


def markdown_table(header, rows):
    """A table as Prettier lays it out (columns padded to the widest cell), so `prettier --check` passes."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    widths = [max(width, 3) for width in widths]

    def line(cells):
        return '| ' + ' | '.join(str(cell).ljust(width) for cell, width in zip(cells, widths)) + ' |'

    return '\n'.join([line(header), '| ' + ' | '.join('-' * width for width in widths) + ' |'] + [line(r) for r in rows])


def bad_rows_readme(rows, mistakes):
    listed = []
    for stem, key, column, what in mistakes:
        # Line numbers count the header as line 1; the duplicate is the later of the two rows.
        lines = [i + 2 for i, row in enumerate(rows[stem]) if row['externalId'] == key]
        line = lines[-1]
        listed.append((f'`{stem}.csv`', str(line), f'`{key}`', f'`{column}`', what.replace('|', '\\|')))
    total = sum(len(r) for r in rows.values())
    refused = len({(stem, key) for stem, key, _, _ in mistakes})
    table = markdown_table(['file', 'line', 'externalId', 'column', 'what is wrong'], listed)
    return f"""# Rows with mistakes

Written by `graph/examples/generate.py`; do not edit by hand. Each bad row below has exactly one
mistake; every other row of this folder is valid, and no row refers to a bad one, so nothing else
is refused because of them. Line numbers count the header as line 1.

```sh
npx ecograph import graph/examples/bad-rows --dry-run --report report.json
```

should refuse the {refused} rows listed, accept the other {total - refused} of {total}, and exit with code 1
(docs/import.md).

{table}

`bo-03` appears twice in `participants.csv` (lines 4 and 9): the second row is the mistake.
"""


# --------------------------------------------------------------------------------------------


def main():
    target = os.path.join(HERE, 'ai-ecosystem')
    for stem, rows in ecosystem().items():
        write_csv(target, stem, FIELDS[stem], rows)

    crm_folder = os.path.join(HERE, 'crm-export')
    crm_files, mapping = crm_export()
    for stem, rows in crm_files.items():
        write_csv(crm_folder, stem, list(rows[0].keys()), rows)
    with open(os.path.join(crm_folder, 'mapping.json'), 'w', encoding='utf-8') as out:
        out.write(json.dumps(mapping, indent=2, ensure_ascii=False) + '\n')

    bad_folder = os.path.join(HERE, 'bad-rows')
    rows, mistakes = bad_rows()
    for stem, stem_rows in rows.items():
        write_csv(bad_folder, stem, FIELDS[stem], stem_rows)
    with open(os.path.join(bad_folder, 'README.md'), 'w', encoding='utf-8') as out:
        out.write(bad_rows_readme(rows, mistakes))


if __name__ == '__main__':
    main()
