import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEntity } from '@renderer/domain/entities';
import { EventItem } from '@renderer/features/timeline/EventItem';
import { setLanguage } from '@renderer/i18n/i18n';

afterEach(() => setLanguage('sv'));

function event(patch: Partial<EventEntity>): EventEntity {
  return {
    id: 'ev-1',
    at: '2026-03-11T10:00:00.000Z',
    navigatorId: null,
    entityType: 'inquiry',
    entityId: 'inq-1',
    organisationId: 'org-1',
    inquiryId: 'inq-1',
    kind: 'created',
    changes: [],
    summary: 'Sagostund på förskolan',
    ...patch,
  };
}

/** The text of one history line (headline and detail lines separated by " | "). */
function lineOf(entity: EventEntity, who?: string): string {
  const { container } = render(
    <p>
      <EventItem event={entity} who={who} />
    </p>,
  );
  const paragraph = container.querySelector('p') as HTMLElement;
  return [...paragraph.children].map((child) => child.textContent).join(' | ');
}

describe('EventItem', () => {
  it.each<[string, Partial<EventEntity>, string]>([
    ['an inquiry is neuter: skapat', {}, 'Ärende skapat: Sagostund på förskolan'],
    [
      'an organisation is common gender: skapad',
      { entityType: 'organisation', summary: 'Läxhjälpen' },
      'Organisation skapad: Läxhjälpen',
    ],
    [
      'a call is logged',
      { entityType: 'call', summary: 'Ring om lokal' },
      'Samtal loggat: Ring om lokal',
    ],
    [
      'a changed call is ändrat',
      { entityType: 'call', kind: 'updated', summary: '' },
      'Samtal ändrat',
    ],
    [
      'a contact person keeps its common-gender form',
      { entityType: 'contactPerson', summary: 'Åsa Lindqvist' },
      'Kontaktperson skapad: Åsa Lindqvist',
    ],
    [
      'a unit is neuter',
      { entityType: 'unit', kind: 'archived', summary: 'Fritid' },
      'Verksamhetsområde arkiverat: Fritid',
    ],
    [
      'a stage move names both stages, with the title on its own line',
      {
        kind: 'stageChanged',
        changes: [{ field: 'stage', from: 'inkommet', to: 'matchning' }],
      },
      'Ärende bytte steg: Inkommet → Matchning | Sagostund på förskolan',
    ],
    [
      'a handoff decision names the path',
      {
        kind: 'decision',
        summary: 'Föreningen driver verksamheten själv.',
        changes: [
          { field: 'handoff', from: null, to: { path: 'iop', decidedAt: '2026-03-11' } },
          { field: 'stage', from: 'overlamning', to: 'uppfoljning' },
        ],
      },
      'Beslut om överlämning: IOP (idéburet offentligt partnerskap) | Föreningen driver verksamheten själv.',
    ],
    [
      'an outcome names its kind',
      {
        kind: 'decision',
        changes: [{ field: 'outcome', from: null, to: { kind: 'avtal_tecknat' } }],
      },
      'Utfall registrerat: Avtal tecknat | Sagostund på förskolan',
    ],
    [
      'a decision without a known change still reads naturally',
      { kind: 'decision', changes: [] },
      'Beslut i ärendet: Sagostund på förskolan',
    ],
    [
      'a stage move with an unknown stage falls back to the phrase',
      { kind: 'stageChanged', changes: [{ field: 'stage', from: 'x', to: 'y' }] },
      'Ärende bytte steg: Sagostund på förskolan',
    ],
    [
      'a brief decision is its own summary',
      { entityType: 'brief', kind: 'decision', summary: 'Underlag fastställt: Q1' },
      'Underlag fastställt: Q1',
    ],
  ])('%s', (_label, patch, text) => {
    expect(lineOf(event(patch))).toBe(text);
  });

  it('names who did it and the changed fields', () => {
    expect(
      lineOf(
        event({
          kind: 'updated',
          changes: [{ field: 'title', from: 'a', to: 'b' }],
        }),
        'Test Lotsson',
      ),
    ).toMatch(/^Ärende ändrat: Sagostund på förskolan av Test Lotsson \| Ändrade fält: /);
  });

  it('names the steps when a save also moved the inquiry', () => {
    expect(
      lineOf(
        event({
          kind: 'updated',
          changes: [
            { field: 'matches', from: [], to: [] },
            { field: 'stage', from: 'inkommet', to: 'matchning' },
          ],
        }),
      ),
    ).toMatch(/^Ärende ändrat: Sagostund på förskolan \| Nytt steg: Inkommet → Matchning \| /);
  });

  it('reads in English too', () => {
    setLanguage('en');
    expect(
      lineOf(
        event({
          kind: 'stageChanged',
          changes: [{ field: 'stage', from: 'matchning', to: 'overlamning' }],
        }),
      ),
    ).toBe('Inquiry moved: Matching → Handoff | Sagostund på förskolan');
  });
});
