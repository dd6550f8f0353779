import type { IdeaRegistration, LegalForm } from '../../domain/entities';
import { EXPECTED_GROUP_DIGITS, withCheckDigit } from '../../domain/orgNumber';
import type { Random } from './random';

/** Legal form, organisationsnummer and idéburen registration of generated organisations. */

export const LEGAL_FORM_WEIGHTS: readonly (readonly [LegalForm, number])[] = [
  ['ideell_forening', 55],
  ['ekonomisk_forening', 12],
  ['stiftelse', 7],
  ['trossamfund', 8],
  ['aktiebolag', 6],
  ['annan', 4],
  ['ej_registrerad', 8],
];

/** Common leading digit pairs per group digit (ideella föreningar 80–89, aktiebolag 55/56/59…). */
const LEADING_PAIRS: Record<number, readonly string[]> = {
  2: ['25', '22', '24'],
  5: ['55', '56', '59'],
  7: ['71', '76', '79'],
  8: ['80', '81', '82', '83', '84', '88', '89'],
  9: ['96', '91'],
};

/** A valid, unused organisationsnummer whose group digit fits the legal form. */
export function organisationNumber(
  random: Random,
  legalForm: LegalForm,
  used: Set<string>,
): string {
  const groups = EXPECTED_GROUP_DIGITS[legalForm];
  const group = groups.length > 0 ? random.pick(groups) : random.pick([7, 8, 9]);
  for (;;) {
    let nine = random.pick(LEADING_PAIRS[group] ?? [`${group}0`]);
    nine += String(random.int(20, 99));
    for (let i = 0; i < 5; i++) nine += String(random.int(0, 9));
    const number = withCheckDigit(nine);
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

/** Registered as idéburen organisation at Kammarkollegiet: about a quarter of those who can be. */
export function ideaRegistration(random: Random, legalForm: LegalForm): IdeaRegistration {
  if (legalForm === 'ideell_forening' || legalForm === 'stiftelse' || legalForm === 'trossamfund') {
    return random.weighted<IdeaRegistration>([
      ['yes', 25],
      ['unknown', 50],
      ['no', 25],
    ]);
  }
  if (legalForm === 'ej_registrerad') return 'no';
  return random.weighted<IdeaRegistration>([
    ['unknown', 60],
    ['no', 40],
  ]);
}
