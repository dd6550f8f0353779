import { describe, expect, it } from 'vitest';
import { buildChoiceLookup } from '@renderer/features/imports/model/choiceMatching';
import { convertRow } from '@renderer/features/imports/model/convertRow';
import type { MappedRow } from '@renderer/features/imports/model/importFields';
import { planImport } from '@renderer/features/imports/model/planImport';
import { CHOICE_LABELS } from '@renderer/features/imports/choiceLabels';

const areas = [
  { id: 'area-barn', name: 'Barn' },
  { id: 'area-arbete', name: 'Förutsättningar för arbete' },
];
const ctx = {
  choices: buildChoiceLookup(CHOICE_LABELS, areas),
  now: new Date('2026-11-22T13:00:00.000Z'),
};

const convert = (row: MappedRow) =>
  convertRow({ 'organisation.name': 'Föreningen Test', ...row }, ctx);

describe('converting a row', () => {
  it('matches choice fields by code, by the label the app shows (sv and en) and common spellings', () => {
    const forms = [
      'Ekonomisk förening/kooperativ',
      'kooperativ',
      'Ek. för.',
      'ekonomisk_forening',
      'Economic association/cooperative',
    ].map((legalForm) => {
      const result = convert({ 'organisation.legalForm': legalForm });
      return result.ok && result.draft.organisation.legalForm;
    });
    expect(forms).toEqual(Array(5).fill('ekonomisk_forening'));
    const result = convert({
      'inquiry.title': 'Språkcafé',
      'inquiry.stage': 'ÖVERLÄMNING',
      'inquiry.priorityArea': 'förutsättningar för arbete',
      'inquiry.estimatedYearlyValue': '95 000 kr',
    });
    expect(result.ok && result.draft.inquiry).toMatchObject({
      stage: 'overlamning',
      priorityAreaId: 'area-arbete',
      estimatedYearlyValue: 95_000,
    });
  });

  it('converts a call and refuses one in the future, without a date, or of unknown direction', () => {
    const ok = convert({
      'call.occurredAt': '2024-03-05 14:30',
      'call.summary': 'Ville veta mer om IOP.',
      'call.direction': 'Utgående',
      'call.durationMinutes': '12 min',
    });
    expect(ok.ok && ok.draft.call).toMatchObject({
      summary: 'Ville veta mer om IOP.',
      direction: 'utgaende',
      durationMinutes: 12,
    });
    const bad = convert({
      'call.occurredAt': '2030-01-01',
      'call.summary': 'Framtid',
      'call.direction': 'sidledes',
    });
    expect(!bad.ok && bad.problems.map((p) => p.code)).toEqual([
      'imports.rowErrors.choiceUnknown',
      'errors.timeInFuture',
    ]);
    const noDate = convert({ 'call.summary': 'Utan datum' });
    expect(!noDate.ok && noDate.problems[0]?.code).toBe('imports.rowErrors.callDateMissing');
  });

  it('refuses a personnummer in free text and an inquiry in follow-up', () => {
    const result = convert({
      'organisation.note': 'Kontakt 19811218-9876',
      'inquiry.title': 'Uppföljt',
      'inquiry.stage': 'Uppföljning',
    });
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual([
      'errors.personnummerInText',
      'imports.rowErrors.stageNeedsHandoff',
    ]);
  });

  it('calls a personnummer in the number column one, with or without the century', () => {
    const codes = ['19800101-1234', '198001011234', '800101-1234', ' 1980 0101-1234 '].map(
      (orgNumber) => {
        const result = convert({ 'organisation.orgNumber': orgNumber });
        return !result.ok && result.problems;
      },
    );
    expect(codes).toEqual(
      Array(4).fill([
        { field: 'organisation.orgNumber', code: 'imports.rowErrors.orgNumberIsPersonnummer' },
      ]),
    );
    // Twelve digits that are no date stay a plain format error.
    const wrong = convert({ 'organisation.orgNumber': '19801301-1234' });
    expect(!wrong.ok && wrong.problems[0]?.code).toBe('errors.orgNumber.format');
  });

  it('moves "senast kontaktad" of a stored organisation to its newest imported call', () => {
    const stored = {
      id: 'org-1',
      name: 'Föreningen Test',
      nameKey: 'föreningen test',
      searchWords: [],
      orgNumber: '802005-1952',
      legalForm: 'ideell_forening' as const,
      ideaRegistration: 'unknown' as const,
      address: { street: '', postalCode: '', city: '' },
      district: '',
      municipality: '',
      phone: '',
      phoneDigits: '',
      email: '',
      website: '',
      tags: [],
      note: '',
      status: 'active' as const,
      lastContactedAt: '2023-01-01T10:00:00.000Z',
      createdBy: null,
      createdAt: '2023-01-01T10:00:00.000Z',
      updatedAt: '2023-01-01T10:00:00.000Z',
    };
    const mapped: MappedRow = {
      'organisation.name': 'Föreningen Test',
      'organisation.orgNumber': '802005-1952',
      'call.occurredAt': '2024-03-05 14:30',
      'call.summary': 'Samtal',
    };
    let id = 0;
    const plan = planImport(
      [{ number: 2, mapped, conversion: convertRow(mapped, ctx) }],
      { organisations: [stored], contactNameKeys: new Map() },
      { policy: 'fillEmpty', actorId: null, at: ctx.now.toISOString(), newId: () => `id-${++id}` },
    );
    expect(plan.calls).toHaveLength(1);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]?.after.lastContactedAt).toBe(plan.calls[0]?.occurredAt);
    expect(plan.updates[0]?.before).toBe(stored);
  });
});
