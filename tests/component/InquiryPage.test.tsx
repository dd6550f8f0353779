import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import type { Handoff, InquiryEntity } from '@renderer/domain/entities';
import type { OrganisationInput } from '@renderer/features/organisations/model/organisationInput';
import { InquiryPage } from '@renderer/features/inquiries/detail/InquiryPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { inquiryEntity } from '../fixtures/inquiryBuilder';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date(2026, 2, 11, 10, 0));
  await resetDatabase();
});
afterEach(resetClock);

/** An organisation with one inquiry, stored before the page is shown. */
async function addInquiry(
  patch: Partial<InquiryEntity> = {},
  organisationPatch: Partial<OrganisationInput> = {},
): Promise<InquiryEntity> {
  const organisation = await createOrganisation(
    organisationInput({ name: 'Läxhjälpen Angered', ...organisationPatch }),
    null,
  );
  const inquiry = inquiryEntity(organisation.id, {
    title: 'Sagostund på förskolan',
    offer: 'Frivilliga läser sagor för barn en gång i veckan.',
    ...patch,
  });
  await db.inquiries.add(inquiry);
  return inquiry;
}

async function renderPage(inquiry: InquiryEntity) {
  const result = await renderWithSession(<InquiryPage />, {
    path: '/arenden/:inquiryId',
    route: `/arenden/${inquiry.id}`,
  });
  await screen.findByRole('heading', { level: 1, name: inquiry.title });
  // The forms are ready once their drafts are looked up.
  await screen.findByRole('button', { name: 'Spara matchning' });
  if (!inquiry.handoff) await screen.findByRole('button', { name: 'Spara beslut' });
  return result;
}

const stored = async (id: string) => (await db.inquiries.get(id)) as InquiryEntity;

async function choosePath(name: RegExp) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name }));
  return user;
}

describe('InquiryPage', () => {
  it('shows breadcrumbs, the stages with the current one marked, and sections in heading order', async () => {
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const breadcrumbs = screen.getByRole('navigation', { name: 'Brödsmulor' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Ärenden' })).toHaveAttribute(
      'href',
      '/arenden',
    );
    expect(within(breadcrumbs).getByRole('link', { name: 'Läxhjälpen Angered' })).toHaveAttribute(
      'href',
      `/organisationer/${inquiry.organisationId}`,
    );
    const stages = screen.getByRole('list', { name: 'Ärendets steg' });
    expect(within(stages).getAllByRole('listitem')).toHaveLength(5);
    expect(within(stages).getByText('Inkommet').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Uppgifter', 'Matchning', 'Överlämning', 'Tidslinje']);
  });

  it('suggests areas with the reason and applies one only on click; saving moves it to matchning', async () => {
    const user = userEvent.setup();
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const suggestion = (
      await screen.findByText(/^Förslag: Barn — för att texten nämner .*”förskolan” \(förskol\)/)
    ).closest('li') as HTMLElement;
    expect(screen.queryByLabelText('Motivering för Barn')).not.toBeInTheDocument();
    expect((await stored(inquiry.id)).matches).toEqual([]);

    await user.click(within(suggestion).getByRole('button', { name: 'Använd förslaget' }));
    const rationale = await screen.findByLabelText('Motivering för Barn');
    expect(rationale).toHaveValue('Texten nämner ”förskolan” och ”barn”.');
    expect(screen.queryByText(/^Förslag: Barn/)).not.toBeInTheDocument();
    expect((await stored(inquiry.id)).stage).toBe('inkommet');

    await user.click(screen.getByRole('button', { name: 'Spara matchning' }));
    expect(await screen.findByText('Sparat.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Matchning', { selector: '.stages li' })).toHaveAttribute(
        'aria-current',
        'step',
      ),
    );
    const saved = await stored(inquiry.id);
    expect(saved.stage).toBe('matchning');
    expect(saved.matches).toEqual([
      {
        priorityAreaId: 'pa-barn',
        rationale: 'Texten nämner ”förskolan” och ”barn”.',
        fromSuggestion: true,
      },
    ]);
  });

  it('refuses direktupphandling at 750 000 kr (typed in the details) above the legal limit', async () => {
    const user = userEvent.setup();
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    await user.click(screen.getByRole('button', { name: 'Redigera uppgifter' }));
    const value = screen.getByLabelText('Uppskattat värde per år (kr)');
    await user.type(value, '750 000 kr');
    expect(screen.getByText('Tolkas som 750 000 kr.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara uppgifter' }));
    await waitFor(async () => expect((await stored(inquiry.id)).estimatedYearlyValue).toBe(750000));

    await choosePath(/^Direktupphandling$/);
    expect(
      await screen.findByText(
        /Direktupphandling är inte tillåten: 750 000 kr ligger på eller över/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Lagens gräns (LOU 19 a kap. 2 §)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    expect(
      await screen.findByText(/Värdet ligger på eller över lagens gräns för direktupphandling/),
    ).toBeInTheDocument();
    expect((await stored(inquiry.id)).handoff).toBeNull();
  });

  it('shows the documentation duty at 150 000 kr, and the saved decision with the limits in force', async () => {
    const inquiry = await addInquiry({ estimatedYearlyValue: 150000 }, { ideaRegistration: 'yes' });
    await renderPage(inquiry);
    const user = await choosePath(/^Direktupphandling$/);
    expect(
      await screen.findByText(/^Dokumentationsplikt: värdet överstiger 100 000 kr/),
    ).toHaveTextContent(/uppföljning 30 dagar efter undertecknandet/);
    expect(
      screen.getByText(/^Varning: värdet ligger över kommunens interna gräns/),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Reserverad upphandling för idéburna organisationer (LOU 19 kap. 25 a §)',
      }),
    );
    expect(screen.getByLabelText(/^Beslutat av/)).toHaveValue('Test Lotsson');
    expect(screen.getByLabelText(/^Beslutsdatum/)).toHaveValue('2026-03-11');
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));

    expect(await screen.findByText('Gränser som gällde vid beslutet')).toBeInTheDocument();
    // The outcome form follows the decision.
    expect(await screen.findByRole('button', { name: 'Spara utfall' })).toBeInTheDocument();
    const saved = await stored(inquiry.id);
    expect(saved.stage).toBe('overlamning');
    expect(saved.handoff).toMatchObject({
      path: 'direktupphandling',
      reservedProcurement: true,
      decidedBy: 'Test Lotsson',
      thresholdsAtDecision: DEFAULT_THRESHOLDS,
    });
    expect(screen.getByText('700 000 kr')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Utfall' })).toBeInTheDocument();
  });

  it('warns when an IOP looks like a purchase and requires a comment before saving', async () => {
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const user = await choosePath(/^IOP/);
    const criterion = screen.getByRole('group', { name: 'Initiativet kommer från organisationen' });
    expect(screen.queryByText(/^Varning: svaren tyder på/)).not.toBeInTheDocument();
    await user.click(within(criterion).getByRole('radio', { name: 'Nej' }));
    expect(
      await screen.findByText(
        'Varning: svaren tyder på att IOP:n i själva verket kan vara ett köp — en otillåten direktupphandling. Förklara i en kommentar innan du går vidare.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    expect(await screen.findByText(/^Skriv en kommentar till risken/)).toBeInTheDocument();
    expect((await stored(inquiry.id)).handoff).toBeNull();

    await user.type(
      screen.getByLabelText(/^Kommentar till risken/),
      'Kommunen bad om det, men föreningen driver verksamheten själv.',
    );
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    await waitFor(async () => expect((await stored(inquiry.id)).handoff?.path).toBe('iop'));
    const answers = await screen.findByRole('table');
    const row = within(answers).getByRole('row', {
      name: /Initiativet kommer från organisationen/,
    });
    expect(within(row).getByText('Nej')).toBeInTheDocument();
  });

  it('says in each IOP risk line what was answered and why it is a risk, in the form and once saved', async () => {
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const user = await choosePath(/^IOP/);
    const answer = async (name: string, value: string) =>
      user.click(within(screen.getByRole('group', { name })).getByRole('radio', { name: value }));
    await answer('Initiativet kommer från organisationen', 'Nej');
    await answer('Båda parter bidrar (pengar, lokaler, ideell tid)', 'Ja');
    await answer('Statsstödsreglerna är beaktade (SGEI de minimis)', 'Nej');
    // The market stays Oklart.
    const lines = [
      'Initiativet kommer inte från organisationen — då liknar det ett köp som kommunen beställer.',
      'Det är oklart om det finns en marknad för tjänsten — då kan ett köp inte uteslutas.',
      'Statsstödsreglerna är inte beaktade — kontrollera SGEI de minimis (högst 750 000 euro under tre år per utförare).',
    ];
    for (const line of lines) expect(await screen.findByText(line)).toBeInTheDocument();
    expect(screen.queryByText(/^Gäller:/)).not.toBeInTheDocument();

    await user.type(
      screen.getByLabelText(/^Kommentar till risken/),
      'Kommunen bad om det, men föreningen driver verksamheten själv.',
    );
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    const risks = await screen.findByRole('region', { name: 'Risker enligt svaren' });
    expect(
      within(risks)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(lines);
    expect(
      within(risks).getByText('Kommunen bad om det, men föreningen driver verksamheten själv.'),
    ).toBeInTheDocument();
  });

  it('does not save an IOP with every criterion oklart: the risk cannot be excluded, a comment is required', async () => {
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const user = await choosePath(/^IOP/);
    // Every unanswered criterion says so, in the same place; the purchase ones say why it matters.
    const groups = screen
      .getAllByRole('group')
      .filter((group) => group.classList.contains('iop__criterion'));
    expect(groups).toHaveLength(8);
    for (const group of groups) expect(group).toHaveAccessibleDescription(/^Oklart\. /);
    expect(
      screen.getByRole('group', {
        name: 'Det finns en marknad för tjänsten (då är det en upphandling)',
      }),
    ).toHaveAccessibleDescription(/Då kan ett köp inte uteslutas/);
    expect(
      screen.getByRole('group', { name: 'Gemensamt mål och målgrupp' }),
    ).toHaveAccessibleDescription('Oklart. Ta reda på det innan ett avtal skrivs.');
    expect(
      screen.getByText(/^Risken för en otillåten direktupphandling kan inte uteslutas/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    expect(await screen.findByText(/^Skriv en kommentar till risken/)).toBeInTheDocument();
    expect((await stored(inquiry.id)).handoff).toBeNull();

    // Answering the three purchase criteria like a partnership removes the risk and the demand.
    for (const [name, answer] of [
      ['Initiativet kommer från organisationen', 'Ja'],
      ['Det finns en marknad för tjänsten (då är det en upphandling)', 'Nej'],
      ['Båda parter bidrar (pengar, lokaler, ideell tid)', 'Ja'],
    ] as const)
      await user.click(
        within(screen.getByRole('group', { name })).getByRole('radio', { name: answer }),
      );
    expect(
      screen.queryByText(/^Risken för en otillåten direktupphandling kan inte uteslutas/),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Kommentar till risken/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    await waitFor(async () => expect((await stored(inquiry.id)).handoff?.path).toBe('iop'));
  });

  it('saves an IOP with an unclear purchase criterion once the risk comment is written', async () => {
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const user = await choosePath(/^IOP/);
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    const comment = await screen.findByLabelText(/^Kommentar till risken/);
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    await user.type(comment, 'Vi tar reda på om det finns en marknad innan avtalet skrivs.');
    await user.click(screen.getByRole('button', { name: 'Spara beslut' }));
    await waitFor(async () => expect((await stored(inquiry.id)).handoff?.path).toBe('iop'));
    expect((await stored(inquiry.id)).handoff?.riskComment).toBe(
      'Vi tar reda på om det finns en marknad innan avtalet skrivs.',
    );
  });

  it('prefills the unit contact from the unit chosen in matching, and never overwrites typed text', async () => {
    const at = '2026-03-01T10:00:00.000Z';
    const unit = (id: string, name: string, contactName: string) => ({
      id,
      name,
      contactName,
      contactEmail: '',
      contactPhone: '',
      isActive: true,
      createdAt: at,
      updatedAt: at,
    });
    await db.units.bulkAdd([
      unit('u-forskola', 'Förskola', 'Karin Berg'),
      unit('u-fritid', 'Fritid', 'Omar Said'),
      unit('u-ingen', 'Äldreomsorg', ''),
    ]);
    const inquiry = await addInquiry({ unitId: 'u-forskola', stage: 'matchning' });
    await renderPage(inquiry);
    const contact = screen.getByLabelText('Kontaktperson på verksamhetsområdet');
    await waitFor(() => expect(contact).toHaveValue('Karin Berg'));
    const user = userEvent.setup();
    const unitSelect = screen.getByLabelText('Mottagande verksamhetsområde');
    await user.selectOptions(unitSelect, 'u-fritid');
    expect(contact).toHaveValue('Omar Said');
    await user.clear(contact);
    await user.type(contact, 'Lena Ny');
    await user.selectOptions(unitSelect, 'u-forskola');
    expect(contact).toHaveValue('Lena Ny');
  });

  it('says the suggested areas are already chosen after a suggestion is used, not that there are none', async () => {
    const user = userEvent.setup();
    const inquiry = await addInquiry();
    await renderPage(inquiry);
    const suggestions = (await screen.findAllByRole('button', { name: 'Använd förslaget' })).length;
    for (let i = 0; i < suggestions; i += 1)
      await user.click(
        screen.getAllByRole('button', { name: 'Använd förslaget' })[0] as HTMLElement,
      );
    expect(screen.queryByText(/^Inga förslag/)).not.toBeInTheDocument();
    // One or more suggested areas, named, in the singular or plural form.
    expect(
      screen.getByText(
        /^(Det föreslagna området .* är redan valt|De föreslagna områdena .* är redan valda)\.$/,
      ),
    ).toHaveTextContent('Barn');
  });

  it('keeps typed details as a draft and opens the form with it again', async () => {
    const user = userEvent.setup();
    const inquiry = await addInquiry();
    const { unmount } = await renderPage(inquiry);
    await user.click(screen.getByRole('button', { name: 'Redigera uppgifter' }));
    await user.type(screen.getByLabelText('Diarienummer'), 'KS 2026/12');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
    unmount();

    await renderPage(inquiry);
    expect(await screen.findByLabelText('Diarienummer')).toHaveValue('KS 2026/12');
    expect(screen.getByText(/^Du fortsätter på osparade ändringar/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara uppgifter' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Redigera uppgifter' })).toHaveFocus(),
    );
    expect((await stored(inquiry.id)).diarienummer).toBe('KS 2026/12');
    expect(await db.drafts.count()).toBe(0);
  });

  it('records a signed agreement and turns its follow-up date into a follow-up', async () => {
    const handoff: Handoff = {
      path: 'direktupphandling',
      decidedAt: '2026-03-01',
      decidedBy: 'Test Lotsson',
      rationale: '',
      unitId: null,
      unitContact: '',
      thresholdsAtDecision: DEFAULT_THRESHOLDS,
      reservedProcurement: false,
      iopChecklist: [],
      riskComment: '',
      closeReason: '',
    };
    const inquiry = await addInquiry({
      stage: 'uppfoljning',
      handoff,
      handoffPath: 'direktupphandling',
      estimatedYearlyValue: 150000,
      matches: [{ priorityAreaId: 'pa-barn', rationale: 'Barn', fromSuggestion: false }],
    });
    await renderPage(inquiry);
    expect(screen.getByText('Gränser som gällde vid beslutet')).toBeInTheDocument();
    const user = await choosePath(/^Avtal tecknat$/);
    await user.type(screen.getByLabelText(/^Avtalets värde/), '150 000');
    fireEvent.change(screen.getByLabelText(/^Datum för undertecknande/), {
      target: { value: '2026-03-10' },
    });
    expect(
      await screen.findByText(/Dokumentationen ska vara klar senast 9 apr. 2026/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lägg till uppföljningsdatum' }));
    fireEvent.change(screen.getByLabelText('Uppföljning 1'), { target: { value: '2026-09-01' } });
    await user.click(screen.getByRole('button', { name: 'Spara utfall' }));

    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Spara utfall' })).not.toBeInTheDocument(),
    );
    // Read inside waitFor: the page's live queries may still be settling after the save.
    await waitFor(async () => {
      expect((await stored(inquiry.id)).outcome?.kind).toBe('avtal_tecknat');
      const followUps = await db.followUps.where('inquiryId').equals(inquiry.id).sortBy('dueDate');
      expect(followUps.map((followUp) => [followUp.dueDate, followUp.nextStep])).toEqual([
        ['2026-04-09', 'Dokumentera direktupphandlingen (LOU 19 a kap. 11 §)'],
        ['2026-09-01', 'Gemensam uppföljning av avtalet'],
      ]);
    });
    const timeline = screen.getByRole('region', { name: 'Tidslinje' });
    expect(
      await within(timeline).findByText(/Gemensam uppföljning av avtalet/),
    ).toBeInTheDocument();
    const outcome = screen.getByRole('region', { name: 'Utfall' });
    expect(within(outcome).getByText('Avtal tecknat')).toBeInTheDocument();
    expect(within(outcome).getByText('150 000 kr')).toBeInTheDocument();
  });
});
