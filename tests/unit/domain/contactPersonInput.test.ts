import { describe, expect, it } from 'vitest';
import {
  EMPTY_CONTACT_PERSON_INPUT,
  validateContactPersonInput,
} from '@renderer/features/contacts/model/contactPersonInput';

describe('validateContactPersonInput', () => {
  it('accepts a person and lowercases the e-mail', () => {
    const result = validateContactPersonInput({
      ...EMPTY_CONTACT_PERSON_INPUT,
      name: 'Åsa Öberg',
      email: 'Asa@Exempel.se',
    });
    expect(result).toEqual({
      ok: true,
      value: { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Åsa Öberg', email: 'asa@exempel.se' },
    });
  });

  it('refuses a personnummer in the note (data minimisation)', () => {
    const result = validateContactPersonInput({
      ...EMPTY_CONTACT_PERSON_INPUT,
      name: 'A',
      note: 'pnr 19811218-9876',
    });
    expect(result).toEqual({ ok: false, errors: { note: 'personnummerInText' } });
  });

  it('requires a name', () => {
    expect(validateContactPersonInput(EMPTY_CONTACT_PERSON_INPUT)).toEqual({
      ok: false,
      errors: { name: 'nameRequired' },
    });
  });
});
