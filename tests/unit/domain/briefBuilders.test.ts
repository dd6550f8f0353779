import { describe, expect, it } from 'vitest';
import { buildAgendaBrief } from '@renderer/features/briefs/model/agendaBrief';
import type { BriefBlock } from '@renderer/features/briefs/model/briefContent';
import type { OrganisationBriefData } from '@renderer/features/briefs/model/briefData';
import { briefToMarkdown } from '@renderer/features/briefs/model/briefMarkdown';
import { buildOrganisationBrief } from '@renderer/features/briefs/model/organisationBrief';
import { emptyIopChecklist } from '@renderer/features/inquiries/model/iopRules';
import { createBriefFormat } from '@renderer/features/briefs/briefFormat';
import { briefDocSv } from '@renderer/i18n/parts/briefsSv';
import { inquiryEntity } from '../../fixtures/inquiryBuilder';
import { area, call, contact, followUp, handoff, options, organisation } from './briefFixtures';

const format = createBriefFormat('sv');

const open = inquiryEntity('org-1', {
  id: 'open',
  title: 'Läxhjälp',
  stage: 'uppfoljning',
  receivedAt: '2026-01-10T10:00:00.000Z',
  matches: [{ priorityAreaId: 'a', rationale: 'Stöd i skolan', fromSuggestion: false }],
  priorityAreaIds: ['a'],
  handoff: handoff('iop', '2026-02-01', {
    iopChecklist: emptyIopChecklist().map((item) => ({ ...item, answer: 'ja', comment: 'OK' })),
  }),
  estimatedYearlyValue: 120_000,
});
const closed = inquiryEntity('org-1', { id: 'closed', title: 'Gammalt ärende', stage: 'avslutat' });

const DATA: OrganisationBriefData = {
  organisation: organisation(),
  contacts: [
    contact(),
    contact({ id: 'contact-2', name: 'Bo Ek', isPrimary: true }),
    contact({ id: 'contact-3', name: 'Arkiverad Person', status: 'archived' }),
  ],
  inquiries: [closed, open],
  calls: [
    call({ summary: 'Privat tanke om styrelsen', noteKind: 'minnesanteckning' }),
    call({ summary: 'Vill utöka läxhjälpen', occurredAt: '2026-01-20T10:00:00.000Z' }),
  ],
  openFollowUps: [followUp({ dueDate: '2026-03-01' }), followUp({ dueDate: '2026-03-20' })],
  priorityAreas: [area('a', 'Barn', 1)],
  units: [],
  navigators: [],
};

const sectionText = (blocks: BriefBlock[] | undefined) => JSON.stringify(blocks ?? []);

describe('organisation brief', () => {
  const content = buildOrganisationBrief(
    DATA,
    options({ texts: { questions: 'Inför mötet:\n- Lokaler till hösten\n- Nästa ansökan' } }),
    briefDocSv,
    format,
  );
  const section = (id: string) => content.sections.find((s) => s.id === id)?.blocks;

  it('is titled after the organisation, with its name and the meeting date in the header', () => {
    expect(content.title).toBe('Inför möte med Föreningen Gemenskap');
    expect(content.headerName).toBe('Föreningen Gemenskap');
    expect(content.headerDate).toBe('10 mars 2026');
    expect(content.subtitle).toEqual([
      'Möte: 10 mars 2026',
      'Plats: Stadshuset',
      'Deltagare: Anna Öberg, Åsa Berg',
      'Sammanställt 5 mars 2026',
    ]);
  });

  it('names the participants in the subtitle, typed per line or with commas', () => {
    const withParticipants = buildOrganisationBrief(
      DATA,
      options({ participants: 'Anna Öberg\nBo Ek, Cecilia Ås\n' }),
      briefDocSv,
      format,
    );
    expect(withParticipants.subtitle).toContain('Deltagare: Anna Öberg, Bo Ek, Cecilia Ås');
    expect(briefToMarkdown(withParticipants)).toContain('Deltagare: Anna Öberg, Bo Ek, Cecilia Ås');
  });

  it('states the facts: organisationsnummer, legal form and Kammarkollegiet registration', () => {
    expect(section('facts')?.[0]).toMatchObject({
      type: 'facts',
      items: expect.arrayContaining([
        { label: 'Organisationsnummer', value: '802005-1952' },
        { label: 'Organisationsform', value: 'Ideell förening' },
        { label: 'Registrerad som idéburen (Kammarkollegiet)', value: 'Ja' },
      ]),
    });
  });

  it('lists active contacts main contact first, and only open inquiries', () => {
    expect(section('contacts')?.[0]).toMatchObject({
      rows: [
        ['Bo Ek (huvudkontakt)', 'Ordförande', '070-111 22 33', 'asa@gemenskap.se'],
        ['Åsa Berg', 'Ordförande', '070-111 22 33', 'asa@gemenskap.se'],
      ],
    });
    expect(section('inquiries')?.[0]).toMatchObject({
      rows: [['Läxhjälp', 'Uppföljning', '10 jan. 2026', '–', '120\u00a0000 kr']],
    });
    expect(section('matching')?.[0]).toMatchObject({
      rows: [['Läxhjälp', 'Barn', 'Stöd i skolan']],
    });
  });

  it('shows the handoff and the IOP checklist state', () => {
    const blocks = section('handoff');
    expect(blocks?.[0]).toMatchObject({ rows: [['Läxhjälp', 'IOP', '1 feb. 2026', '–', '–']] });
    expect(blocks?.[1]).toMatchObject({ caption: 'IOP-kriterier: Läxhjälp' });
    expect(sectionText(blocks)).toContain('Initiativet kommer från organisationen');
  });

  it('leaves minnesanteckningar out unless the user includes them', () => {
    expect(sectionText(section('calls'))).not.toContain('Privat tanke');
    expect(sectionText(section('calls'))).toContain('Vill utöka läxhjälpen');
    const withPrivate = buildOrganisationBrief(
      DATA,
      options({ sections: { includePrivateNotes: true } }),
      briefDocSv,
      format,
    );
    expect(JSON.stringify(withPrivate.sections)).toContain('Privat tanke');
  });

  it('marks overdue follow-ups and turns the questions into a list', () => {
    expect(section('followUps')?.[0]).toMatchObject({
      rows: [
        ['1 mars 2026 (försenad)', 'Ring tillbaka', '–'],
        ['20 mars 2026', 'Ring tillbaka', '–'],
      ],
    });
    expect(section('questions')).toEqual([
      { type: 'paragraph', text: 'Inför mötet:' },
      { type: 'list', items: ['Lokaler till hösten', 'Nästa ansökan'] },
    ]);
  });

  it('leaves out switched-off sections and becomes Markdown with the same headings', () => {
    const short = buildOrganisationBrief(
      DATA,
      options({ sections: { contacts: false, calls: false, matching: false } }),
      briefDocSv,
      format,
    );
    expect(short.sections.map((s) => s.id)).toEqual([
      'facts',
      'inquiries',
      'handoff',
      'followUps',
      'questions',
    ]);
    const markdown = briefToMarkdown(content);
    expect(markdown).toMatch(/^# Inför möte med Föreningen Gemenskap\n/);
    expect(markdown).toContain('## Frågor att ta upp');
    expect(markdown).toContain('| Läxhjälp | Uppföljning | 10 jan. 2026 | – | 120\u00a0000 kr |');
    expect(markdown).toContain('- **Organisationsnummer:** 802005-1952');
  });
});

describe('meeting agenda brief', () => {
  it('numbers the agenda points and gives each inquiry its own page', () => {
    const content = buildAgendaBrief(
      {
        items: [
          {
            inquiry: open,
            organisation: organisation(),
            contact: contact(),
            calls: DATA.calls,
            openFollowUps: [],
          },
          { inquiry: closed, organisation: null, contact: null, calls: [], openFollowUps: [] },
        ],
        priorityAreas: DATA.priorityAreas,
        units: [],
        navigators: [],
      },
      options({ title: 'Möte med äldreomsorgen' }),
      briefDocSv,
      format,
    );
    expect(content.title).toBe('Möte med äldreomsorgen');
    const agenda = content.sections.find((s) => s.id === 'agenda')?.blocks[0];
    expect(agenda).toEqual({
      type: 'list',
      isNumbered: true,
      items: ['Läxhjälp – Föreningen Gemenskap (Uppföljning)', 'Gammalt ärende (Avslutat)'],
    });
    const summaries = content.sections.find((s) => s.id === 'summaries')?.blocks ?? [];
    const headings = summaries.filter((block) => block.type === 'heading');
    expect(headings).toEqual([
      { type: 'heading', text: '1. Läxhjälp – Föreningen Gemenskap', startsPage: false },
      { type: 'heading', text: '2. Gammalt ärende', startsPage: true },
    ]);
    // The latest official note, never the private one.
    expect(sectionText(summaries)).toContain(
      'Senaste tjänsteanteckning (20 jan. 2026): Vill utöka läxhjälpen',
    );
    expect(sectionText(summaries)).not.toContain('Privat tanke');
  });
});

describe('a flagged IOP in briefs', () => {
  const flagged = inquiryEntity('org-1', {
    id: 'flagged',
    title: 'Sommarlovsaktiviteter',
    stage: 'overlamning',
    handoff: handoff('iop', '2026-02-01', {
      iopChecklist: emptyIopChecklist().map((item) => ({
        ...item,
        answer: item.criterion === 'initiativFranOrganisationen' ? 'nej' : 'ja',
      })),
      riskComment: 'Kommunen bad om idén, men föreningen driver den.',
    }),
  });
  // A real partnership: no risk line.
  const partnership = inquiryEntity('org-1', {
    id: 'partnership',
    title: 'Läxhjälp',
    stage: 'overlamning',
    handoff: handoff('iop', '2026-02-01', {
      iopChecklist: emptyIopChecklist().map((item) => ({
        ...item,
        answer: item.criterion === 'marknadFinns' ? 'nej' : 'ja',
      })),
    }),
  });
  const risk =
    'IOP-risk: Initiativet kommer inte från organisationen — då liknar det ett köp som kommunen beställer.';
  const comment = 'Kommentar till risken: Kommunen bad om idén, men föreningen driver den.';

  it('has a line with the risk and its comment in the organisation brief', () => {
    const content = buildOrganisationBrief(
      { ...DATA, inquiries: [flagged, partnership] },
      options(),
      briefDocSv,
      format,
    );
    const text = sectionText(content.sections.find((s) => s.id === 'handoff')?.blocks);
    expect(text).toContain('IOP med risk: Sommarlovsaktiviteter');
    expect(text).toContain(risk);
    expect(text).toContain(comment);
    // The real partnership gets no risk line.
    expect(text).not.toContain('IOP med risk: Läxhjälp');
  });

  it('has a line with the risk and its comment in the agenda summary', () => {
    const content = buildAgendaBrief(
      {
        items: [
          { inquiry: flagged, organisation: null, contact: null, calls: [], openFollowUps: [] },
          { inquiry: partnership, organisation: null, contact: null, calls: [], openFollowUps: [] },
        ],
        priorityAreas: [],
        units: [],
        navigators: [],
      },
      options(),
      briefDocSv,
      format,
    );
    const summaries = content.sections.find((s) => s.id === 'summaries')?.blocks ?? [];
    const second = summaries.findIndex((block, index) => index > 0 && block.type === 'heading');
    const [first, rest] = [summaries.slice(0, second), summaries.slice(second)];
    expect(sectionText(first)).toContain(risk.replace('IOP-risk: ', ''));
    expect(sectionText(first)).toContain('Kommunen bad om idén, men föreningen driver den.');
    expect(sectionText(rest)).not.toContain('IOP-risk');
  });
});
