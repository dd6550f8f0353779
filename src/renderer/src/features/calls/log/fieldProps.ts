import type { RefObject } from 'react';
import type { CallField } from '../model/callInput';
import type { CallForm } from './callForm';

/** What each part of the call dialog gets: the form, a patch function and the shown errors. */
export type CallFieldsProps = {
  form: CallForm;
  update: (patch: Partial<CallForm>) => void;
  errorOf: (field: CallField) => string | undefined;
  summaryRef?: RefObject<HTMLTextAreaElement | null>;
};
