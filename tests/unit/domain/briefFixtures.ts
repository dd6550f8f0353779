import type {
  CallEntity,
  ContactPersonEntity,
  FollowUpEntity,
  Handoff,
  HandoffOutcome,
  HandoffPath,
  OrganisationEntity,
  PriorityAreaEntity,
} from '@renderer/domain/entities';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import type { BriefOptions } from '@renderer/features/briefs/model/briefData';

/** Plain records for the pure brief builders (no database needed). */

const AT = '2026-01-01T09:00:00.000Z';
const stamps = { createdAt: AT, updatedAt: AT };

export function organisation(patch: Partial<OrganisationEntity> = {}): OrganisationEntity {
  return {
    id: 'org-1',
    name: 'Föreningen Gemenskap',
    nameKey: 'foreningen gemenskap',
    searchWords: [],
    orgNumber: '802005-1952',
    legalForm: 'ideell_forening',
    ideaRegistration: 'yes',
    address: { street: 'Storgatan 1', postalCode: '411 01', city: 'Göteborg' },
    district: 'Centrum',
    municipality: 'Göteborg',
    phone: '031-12 34 56',
    phoneDigits: '031123456',
    email: 'info@gemenskap.se',
    website: '',
    tags: [],
    note: '',
    status: 'active',
    lastContactedAt: '2026-02-01T10:00:00.000Z',
    createdBy: null,
    ...stamps,
    ...patch,
  };
}

export function contact(patch: Partial<ContactPersonEntity> = {}): ContactPersonEntity {
  return {
    id: 'contact-1',
    organisationId: 'org-1',
    name: 'Åsa Berg',
    nameKey: 'asa berg',
    role: 'Ordförande',
    phone: '070-111 22 33',
    phoneDigits: '0701112233',
    email: 'asa@gemenskap.se',
    note: '',
    isPrimary: false,
    status: 'active',
    ...stamps,
    ...patch,
  };
}

export function call(patch: Partial<CallEntity> = {}): CallEntity {
  return {
    id: `call-${Math.random()}`,
    organisationId: 'org-1',
    contactPersonId: 'contact-1',
    inquiryId: null,
    navigatorId: null,
    occurredAt: '2026-02-01T10:00:00.000Z',
    direction: 'inkommande',
    durationMinutes: 10,
    outcome: 'talade_med',
    summary: 'Pratade om läxhjälp.',
    noteKind: 'tjansteanteckning',
    ...stamps,
    ...patch,
  };
}

export function followUp(patch: Partial<FollowUpEntity> = {}): FollowUpEntity {
  return {
    id: `followup-${Math.random()}`,
    organisationId: 'org-1',
    inquiryId: null,
    callId: null,
    navigatorId: null,
    dueDate: '2026-03-01',
    nextStep: 'Ring tillbaka',
    status: 'open',
    doneAt: null,
    ...stamps,
    ...patch,
  };
}

export function area(id: string, name: string, order: number): PriorityAreaEntity {
  return { id, name, description: '', keywords: [], isActive: true, order, ...stamps };
}

export function handoff(
  path: HandoffPath,
  decidedAt: string,
  patch: Partial<Handoff> = {},
): Handoff {
  return {
    path,
    decidedAt,
    decidedBy: 'Anna Öberg',
    rationale: '',
    unitId: null,
    unitContact: '',
    thresholdsAtDecision: DEFAULT_THRESHOLDS,
    reservedProcurement: false,
    iopChecklist: [],
    riskComment: '',
    closeReason: '',
    ...patch,
  };
}

export function signed(signedAt: string, agreementValue: number): HandoffOutcome {
  return {
    kind: 'avtal_tecknat',
    decidedAt: signedAt,
    agreementValue,
    agreementStart: null,
    agreementEnd: null,
    signedAt,
    note: '',
  };
}

export function options(patch: Partial<BriefOptions> = {}): BriefOptions {
  return {
    title: '',
    meetingDate: '2026-03-10',
    place: 'Stadshuset',
    participants: 'Anna Öberg, Åsa Berg',
    sections: {},
    texts: {},
    today: '2026-03-05',
    ...patch,
  };
}
