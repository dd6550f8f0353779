import type { LoggedCall } from '../data/callRepository';

/** What the "saved" notice needs to let the navigator go on in one click. */
export type SavedCall = {
  organisationId: string;
  organisationName: string;
  inquiryId: string | null;
  isNewInquiry: boolean;
  followUp: { dueDate: string; nextStep: string } | null;
};

export function savedCallOf(logged: LoggedCall, organisationName: string, isNewInquiry: boolean) {
  return {
    organisationId: logged.organisationId,
    organisationName,
    inquiryId: logged.call.inquiryId,
    isNewInquiry,
    followUp: logged.followUp
      ? { dueDate: logged.followUp.dueDate, nextStep: logged.followUp.nextStep }
      : null,
  } satisfies SavedCall;
}
