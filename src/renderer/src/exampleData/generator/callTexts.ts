import type { HandoffOutcomeKind, HandoffPath, IopCriterionId } from '../../domain/entities';

/** Short Swedish texts for calls, follow-ups and decisions. `{title}` is an inquiry title. */

export const CALL_SUMMARIES_ABOUT_INQUIRY: readonly string[] = [
  'Gick igenom förslaget "{title}" och vilka underlag som behövs.',
  'Stämde av "{title}": föreningen tar fram budget och tidplan.',
  'Frågade om status för "{title}". Förklarade nästa steg hos enheten.',
  'Diskuterade målgrupp och volym för "{title}".',
  'Informerade om skillnaden mellan IOP och direktupphandling för "{title}".',
  'Enheten har visat intresse för "{title}", bokar gemensamt möte.',
  'Föreningen kompletterar beskrivningen av "{title}" med verksamhetsberättelse.',
  'Återkoppling efter mötet om "{title}", positivt mottagande.',
  'Pratade om lokaler och försäkring för "{title}".',
  'Stämde av uppföljningen av "{title}" och antal deltagare hittills.',
];

export const CALL_SUMMARIES_GENERAL: readonly string[] = [
  'Allmänna frågor om hur man samarbetar med kommunen.',
  'Ny ordförande presenterade sig, uppdaterade kontaktuppgifter.',
  'Frågade om föreningsbidrag och ansökningstider.',
  'Ville veta mer om registrering som idéburen organisation hos Kammarkollegiet.',
  'Tips om lokaler att hyra i stadsdelen.',
  'Inbjudan till informationsmöte om IOP för civilsamhället.',
  'Föreningen vill visa sin verksamhet, bokade studiebesök.',
  'Frågor om hur man lämnar anbud i en upphandling.',
  'Kort avstämning, inget nytt ärende just nu.',
  'Hänvisade till rätt enhet för frågan om skolsamverkan.',
];

export const CALL_SUMMARIES_NO_ANSWER: readonly string[] = [
  'Inget svar, försöker igen senare.',
  'Sökte utan att få svar.',
  'Signalerna gick fram, ingen svarade.',
];

export const CALL_SUMMARIES_MESSAGE: readonly string[] = [
  'Lämnade meddelande om att ringa tillbaka.',
  'Talade in ett meddelande på röstbrevlådan.',
  'Lämnade meddelande via föreningens växel.',
];

export const CALL_SUMMARIES_WRONG_NUMBER: readonly string[] = [
  'Fel nummer, numret tillhör en privatperson. Uppdatera kontaktuppgifter.',
  'Numret ur bruk, söker ny kontaktväg.',
];

export const CALL_SUMMARIES_OTHER: readonly string[] = [
  'Samtalet bröts, skickar e-post i stället.',
  'Kontaktpersonen hade inte tid, ny tid bokad.',
];

export const NEXT_STEPS: readonly string[] = [
  'Ring tillbaka',
  'Skicka information om IOP',
  'Boka möte med enhetschef',
  'Skicka blankett för föreningsbidrag',
  'Påminn om budget och verksamhetsplan',
  'Stäm av med upphandlingsenheten',
  'Följ upp efter styrelsemötet',
  'Bjud in till nätverksträff',
  'Skicka underlag till ledningsgruppen',
  'Boka uppföljningsmöte för IOP',
  'Kontrollera registreringen hos Kammarkollegiet',
  'Skicka protokoll från mötet',
];

export const HANDOFF_RATIONALES: Record<HandoffPath, readonly string[]> = {
  direktupphandling: [
    'Tjänsten efterfrågas av enheten och värdet ryms inom direktupphandlingsgränsen.',
    'Enheten köper tjänsten; marknad finns, därför inte IOP.',
  ],
  iop: [
    'Initiativet kommer från föreningen, båda parter bidrar och målen är gemensamma.',
    'Verksamheten saknar marknad och bygger på ideella insatser; IOP bedöms lämpligt.',
  ],
  foreningsbidrag: [
    'Föreningens egen verksamhet, passar bättre som föreningsbidrag.',
    'Litet belopp och föreningen äger verksamheten helt; hänvisad till bidragsansökan.',
  ],
  hanvisning: [
    'Frågan hör till Regionen; hänvisad till vårdcentralens hälsofrämjande enhet.',
    'Hänvisad till Arbetsförmedlingen för arbetsmarknadsinsatser.',
    'Hänvisad till studieförbund för samarbete om cirklar.',
  ],
  avslutat: ['Avslutat utan överlämning.'],
};

export const CLOSE_REASONS: readonly string[] = [
  'Organisationen drog tillbaka förfrågan.',
  'Enheten har inget behov av tjänsten just nu.',
  'Verksamheten finns redan i kommunens egen regi.',
  'Ingen kontakt trots flera försök.',
  'Föreningen har lagt ned verksamheten.',
];

export const RISK_COMMENTS: Record<'iop' | 'documented' | 'none', readonly string[]> = {
  iop: [
    'Gränsdragning mot upphandling bedömd: ingen marknad för verksamheten.',
    'Statsstöd: beloppet ligger långt under de minimis för SGEI.',
  ],
  documented: ['Över 100 000 kr: direktupphandlingen dokumenteras löpande (LOU 19 a kap. 11 §).'],
  none: [''],
};

export const IOP_CRITERIA: readonly IopCriterionId[] = [
  'initiativFranOrganisationen',
  'marknadFinns',
  'badaParterBidrar',
  'gemensamtMal',
  'langsiktigt',
  'organisationenSjalvstandig',
  'inteForeningsbidrag',
  'statsstodBeaktat',
];

export const IOP_COMMENTS: Record<IopCriterionId, string> = {
  initiativFranOrganisationen: 'Föreningen kontaktade lotsen med idén.',
  marknadFinns: 'Ingen kommersiell aktör erbjuder motsvarande.',
  badaParterBidrar: 'Föreningen bidrar med volontärtimmar, kommunen med lokal och medel.',
  gemensamtMal: 'Gemensamma mål för målgruppen formulerade.',
  langsiktigt: 'Treårig överenskommelse med årlig gemensam uppföljning.',
  organisationenSjalvstandig: 'Föreningen behåller sin självständighet och egen profil.',
  inteForeningsbidrag: 'Inte ett ordinarie föreningsbidrag.',
  statsstodBeaktat: 'Beloppet under de minimis-gränsen för SGEI.',
};

export const OUTCOME_NOTES: Record<HandoffOutcomeKind, readonly string[]> = {
  mottaget: ['Enheten har tagit emot ärendet och utreder.', 'Mottaget av enhetschef.'],
  aterlamnat: ['Återlämnat: enheten saknar budget i år.', 'Återlämnat för komplettering.'],
  avtal_tecknat: ['Avtal tecknat.', 'Överenskommelse undertecknad av båda parter.'],
  ej_genomfort: [
    'Genomfördes inte, föreningen saknade ledare.',
    'Ej genomfört på grund av ändrade behov.',
  ],
};

export const ORGANISATION_NOTES: readonly string[] = [
  '',
  '',
  '',
  'Har lokal i källaren på skolan.',
  'Styrelsen byts vid årsmötet i mars.',
  'Föredrar kontakt via e-post.',
  'Aktiv i det lokala nätverket för civilsamhället.',
  'Många volontärer, särskilt helger.',
];
