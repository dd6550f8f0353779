import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPersonEntity, InquiryEntity, NavigatorEntity } from '../../../domain/entities';
import { formatDate } from '../../../lib/dates';
import { useFormatKr } from './useInquiryMessages';

export type InquiryDetailsViewProps = {
  inquiry: InquiryEntity;
  people: ContactPersonEntity[];
  navigators: NavigatorEntity[];
};

/** The inquiry's facts, read-only. */
export function InquiryDetailsView({ inquiry, people, navigators }: InquiryDetailsViewProps) {
  const { t } = useTranslation();
  const formatKr = useFormatKr();
  const none = t('inquiry.details.notSet');
  const person = people.find((candidate) => candidate.id === inquiry.contactPersonId);
  const navigator = navigators.find((candidate) => candidate.id === inquiry.responsibleNavigatorId);
  const facts: [string, ReactNode][] = [
    [
      t('inquiry.details.offer'),
      inquiry.offer ? <span className="prewrap">{inquiry.offer}</span> : none,
    ],
    [t('inquiry.details.targetGroup'), inquiry.targetGroup || none],
    [t('inquiry.details.initiative'), t(`inquiry.details.initiatives.${inquiry.initiative}`)],
    [t('inquiry.details.channel'), t(`inquiry.details.channels.${inquiry.channel}`)],
    [
      t('inquiry.details.value'),
      inquiry.estimatedYearlyValue === null ? none : formatKr(inquiry.estimatedYearlyValue),
    ],
    [t('inquiry.details.diarienummer'), inquiry.diarienummer || none],
    [t('inquiry.details.navigator'), navigator?.name ?? none],
    [
      t('inquiry.details.contactPerson'),
      person ? [person.name, person.role].filter(Boolean).join(', ') : none,
    ],
    [t('inquiry.details.received'), formatDate(inquiry.receivedAt)],
  ];
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
