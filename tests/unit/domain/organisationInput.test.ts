import { describe, expect, it } from 'vitest';
import {
  EMPTY_ORGANISATION_INPUT,
  validateOrganisationInput,
} from '@renderer/features/organisations/model/organisationInput';

const valid = {
  ...EMPTY_ORGANISATION_INPUT,
  name: '  Cykelkooperativet   Hisingen ',
  orgNumber: '7696195382',
};

describe('validateOrganisationInput', () => {
  it('normalises the name, number, postal code, e-mail and tags', () => {
    const result = validateOrganisationInput({
      ...valid,
      legalForm: 'ekonomisk_forening',
      postalCode: '41263',
      email: 'Info@Cykel.SE',
      tags: 'Cykel, äldre , cykel,',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Cykelkooperativet Hisingen');
    expect(result.value.orgNumber).toBe('769619-5382');
    expect(result.value.address.postalCode).toBe('412 63');
    expect(result.value.email).toBe('info@cykel.se');
    expect(result.value.tags).toEqual(['cykel', 'äldre']);
    expect(result.warnings).toEqual({});
  });

  it('requires a name', () => {
    expect(validateOrganisationInput({ ...valid, name: ' ' })).toMatchObject({
      ok: false,
      errors: { name: 'nameRequired' },
    });
  });

  it.each([
    ['556016-0681', 'orgNumber.checksum'],
    ['811218-9876', 'orgNumber.personnummer'],
    ['12345', 'orgNumber.format'],
  ])('refuses organisationsnummer %s with %s', (orgNumber, code) => {
    expect(validateOrganisationInput({ ...valid, orgNumber })).toMatchObject({
      ok: false,
      errors: { orgNumber: code },
    });
  });

  it('warns when the group digit does not fit the legal form', () => {
    const result = validateOrganisationInput({
      ...valid,
      orgNumber: '556016-0680',
      legalForm: 'ideell_forening',
    });
    expect(result).toMatchObject({ ok: true, warnings: { orgNumber: 'groupMismatch' } });
  });

  it('allows a missing number for a new group, warns for a förening', () => {
    expect(
      validateOrganisationInput({ ...valid, orgNumber: '', legalForm: 'ej_registrerad' }),
    ).toMatchObject({ ok: true, warnings: {} });
    expect(
      validateOrganisationInput({ ...valid, orgNumber: '', legalForm: 'ideell_forening' }),
    ).toMatchObject({
      ok: true,
      warnings: { orgNumber: 'orgNumberMissing' },
    });
  });

  it('refuses a bad e-mail, phone and postal code', () => {
    const result = validateOrganisationInput({
      ...valid,
      email: 'nej',
      phone: 'abc',
      postalCode: '1234',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { email: 'emailInvalid', phone: 'phoneInvalid', postalCode: 'postalCodeInvalid' },
    });
  });

  it('refuses a personnummer written into free text (data minimisation)', () => {
    const result = validateOrganisationInput({
      ...valid,
      note: 'Ordförande har pnr 811218-9876',
      tags: '19811218-9876',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: { note: 'personnummerInText', tags: 'personnummerInText' },
    });
  });

  it('refuses input of the wrong shape (an IPC or import boundary)', () => {
    expect(validateOrganisationInput({ ...valid, legalForm: 'kommun' }).ok).toBe(false);
    expect(validateOrganisationInput(null).ok).toBe(false);
    expect(validateOrganisationInput({ ...valid, note: 'x'.repeat(10_001) })).toMatchObject({
      ok: false,
      errors: { note: 'tooLong' },
    });
  });
});
