/**
 * One sentence per IOP criterion and risky answer: what was answered, and why that is a risk.
 * Shown in the handoff form, the saved decision, the lists, exports and briefs (see
 * features/inquiries/model/iopRiskText.ts). Mounted as `inquiry.iop.risks` and `briefDoc.iopRisks`.
 */
export const iopRisksSv = {
  initiativFranOrganisationen: {
    nej: 'Initiativet kommer inte från organisationen — då liknar det ett köp som kommunen beställer.',
    oklart:
      'Det är oklart om initiativet kommer från organisationen — då kan ett köp inte uteslutas.',
  },
  marknadFinns: {
    ja: 'Det finns en marknad för tjänsten — då ska den upphandlas, inte göras som IOP.',
    oklart: 'Det är oklart om det finns en marknad för tjänsten — då kan ett köp inte uteslutas.',
  },
  badaParterBidrar: {
    nej: 'Båda parter bidrar inte — när bara kommunen betalar för en tjänst liknar det ett köp.',
    oklart: 'Det är oklart om båda parter bidrar — då kan ett köp inte uteslutas.',
  },
  organisationenSjalvstandig: {
    nej: 'Organisationen behåller inte sitt oberoende — ett partnerskap kräver två självständiga parter.',
  },
  inteForeningsbidrag: {
    nej: 'Det är ett vanligt föreningsbidrag — vägen Föreningsbidrag passar troligen bättre.',
  },
  statsstodBeaktat: {
    nej: 'Statsstödsreglerna är inte beaktade — kontrollera SGEI de minimis (högst 750 000 euro under tre år per utförare).',
  },
};
