import type { iopRisksSv } from './iopRisksSv';

/** English risk sentences, the same keys as iopRisksSv.ts. */
export const iopRisksEn: typeof iopRisksSv = {
  initiativFranOrganisationen: {
    nej: 'The initiative does not come from the organisation — then it looks like a purchase ordered by the municipality.',
    oklart:
      'It is unclear whether the initiative comes from the organisation — then a purchase cannot be excluded.',
  },
  marknadFinns: {
    ja: 'There is a market for the service — then it must be procured, not done as an IOP.',
    oklart:
      'It is unclear whether there is a market for the service — then a purchase cannot be excluded.',
  },
  badaParterBidrar: {
    nej: 'Not both parties contribute — when only the municipality pays for a service, it looks like a purchase.',
    oklart: 'It is unclear whether both parties contribute — then a purchase cannot be excluded.',
  },
  organisationenSjalvstandig: {
    nej: 'The organisation does not stay independent — a partnership needs two independent parties.',
  },
  inteForeningsbidrag: {
    nej: 'It is an ordinary association grant — the association grant path probably fits better.',
  },
  statsstodBeaktat: {
    nej: 'State-aid rules are not respected — check SGEI de minimis (at most EUR 750 000 over three years per provider).',
  },
};
