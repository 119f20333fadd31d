import { createHash } from 'node:crypto';
import type { OrganisationKind, Role } from '@qms/db';

/**
 * Demo ids are derived from slugs so that scripts (the token command) can name demo
 * principals without opening the database.
 */
export function demoId(name: string): string {
  const hex = createHash('sha256').update(`qms-demo:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  ods?: string;
  region?: string;
  /** Demo people: one per role, subject `<role>@<slug>`. */
  people: Role[];
}

export const DEMO_PROGRAMME = {
  code: 'uec-flow',
  name: 'Urgent and Emergency Care Flow Programme',
  description:
    'National improvement programme on time spent in A&E: the four-hour standard, attendances and emergency admissions.',
  owner: 'national-quality-body',
} as const;

const trustPeople: Role[] = ['tenant_admin', 'measure_steward', 'submitter', 'viewer'];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { slug: 'qms-platform', name: 'QMS Platform', kind: 'platform', people: ['platform_admin'] },
  {
    slug: 'national-quality-body',
    name: 'National Quality Body (demo)',
    kind: 'national_body',
    people: ['tenant_admin', 'analyst', 'measure_steward', 'viewer'],
  },
  {
    slug: 'care-regulator',
    name: 'Care Quality Regulator (demo)',
    kind: 'regulator',
    people: ['tenant_admin', 'inspector'],
  },
  {
    slug: 'barking-havering-redbridge',
    name: 'Barking, Havering and Redbridge University Hospitals NHS Trust',
    kind: 'trust',
    ods: 'RF4',
    region: 'London',
    people: trustPeople,
  },
  {
    slug: 'barts-health',
    name: 'Barts Health NHS Trust',
    kind: 'trust',
    ods: 'R1H',
    region: 'London',
    people: trustPeople,
  },
  {
    slug: 'guys-st-thomas',
    name: "Guy's and St Thomas' NHS Foundation Trust",
    kind: 'trust',
    ods: 'RJ1',
    region: 'London',
    people: trustPeople,
  },
  {
    slug: 'oxford-university-hospitals',
    name: 'Oxford University Hospitals NHS Foundation Trust',
    kind: 'trust',
    ods: 'RTH',
    region: 'South East',
    people: trustPeople,
  },
  {
    slug: 'university-hospitals-birmingham',
    name: 'University Hospitals Birmingham NHS Foundation Trust',
    kind: 'trust',
    ods: 'RRK',
    region: 'Midlands',
    people: trustPeople,
  },
  {
    slug: 'royal-cornwall',
    name: 'Royal Cornwall Hospitals NHS Trust',
    kind: 'trust',
    ods: 'REF',
    region: 'South West',
    people: trustPeople,
  },
];

/** The trust that is invited to the programme but has not accepted, to show both states. */
export const DEMO_INVITED_ONLY = 'royal-cornwall';

export const personSubject = (role: Role, slug: string) => `${role.replaceAll('_', '-')}@${slug}`;
