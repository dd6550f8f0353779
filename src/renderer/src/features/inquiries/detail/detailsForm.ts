import {
  INITIATIVE_SOURCES,
  INQUIRY_CHANNELS,
  type InitiativeSource,
  type InquiryChannel,
  type InquiryEntity,
} from '../../../domain/entities';
import { parseAmount, type InquiryDetails } from '../model/inquiryInput';

/** The details form as typed: the value stays text until saved ("150 000 kr"). */
export type DetailsForm = {
  title: string;
  offer: string;
  targetGroup: string;
  initiative: InitiativeSource;
  channel: InquiryChannel;
  value: string;
  diarienummer: string;
  responsibleNavigatorId: string;
  contactPersonId: string;
};

export type DetailsErrors = Partial<Record<keyof DetailsForm, 'required' | 'amount'>>;

export const detailsDraftKey = (inquiryId: string) => `inquiry:${inquiryId}:details`;

/** 150000 → "150 000" (plain spaces, which parseAmount reads in every language). */
export function amountText(value: number | null): string {
  return value === null ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function detailsFormOf(inquiry: InquiryEntity): DetailsForm {
  return {
    title: inquiry.title,
    offer: inquiry.offer,
    targetGroup: inquiry.targetGroup,
    initiative: inquiry.initiative,
    channel: inquiry.channel,
    value: amountText(inquiry.estimatedYearlyValue),
    diarienummer: inquiry.diarienummer,
    responsibleNavigatorId: inquiry.responsibleNavigatorId ?? '',
    contactPersonId: inquiry.contactPersonId ?? '',
  };
}

const TEXT_KEYS = [
  'title',
  'offer',
  'targetGroup',
  'value',
  'diarienummer',
  'responsibleNavigatorId',
  'contactPersonId',
] as const;

/** A stored draft, if it still has the form's shape. */
export function sanitizeDetailsForm(raw: unknown): DetailsForm | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (!TEXT_KEYS.every((key) => typeof value[key] === 'string')) return null;
  const initiative = INITIATIVE_SOURCES.find((source) => source === value.initiative);
  const channel = INQUIRY_CHANNELS.find((option) => option === value.channel);
  if (!initiative || !channel) return null;
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, value[key] as string]));
  return { ...(text as Pick<DetailsForm, (typeof TEXT_KEYS)[number]>), initiative, channel };
}

export function validateDetails(
  form: DetailsForm,
): { ok: true; input: InquiryDetails } | { ok: false; errors: DetailsErrors } {
  const errors: DetailsErrors = {};
  if (form.title.trim() === '') errors.title = 'required';
  const value = parseAmount(form.value);
  if (Number.isNaN(value)) errors.value = 'amount';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: form.title.trim(),
      offer: form.offer.trim(),
      targetGroup: form.targetGroup.trim(),
      initiative: form.initiative,
      channel: form.channel,
      estimatedYearlyValue: value,
      diarienummer: form.diarienummer.trim(),
      responsibleNavigatorId: form.responsibleNavigatorId || null,
      contactPersonId: form.contactPersonId || null,
    },
  };
}
