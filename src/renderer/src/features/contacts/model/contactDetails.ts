/** Checks shared by every form that takes an e-mail address or a phone number. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s\-()]{5,}$/;

/** Error codes for the e-mail and phone fields; a field that is empty or valid has none. */
export function contactDetailErrors(
  email: string,
  phone: string,
): { email?: string; phone?: string } {
  const errors: { email?: string; phone?: string } = {};
  if (email !== '' && !EMAIL.test(email)) errors.email = 'emailInvalid';
  if (phone !== '' && !PHONE.test(phone)) errors.phone = 'phoneInvalid';
  return errors;
}
