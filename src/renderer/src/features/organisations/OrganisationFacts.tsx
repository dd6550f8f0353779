import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationEntity } from '../../domain/entities';
import { websiteUrl } from './model/websiteUrl';
import { formatDate, formatDateTime } from '../../lib/dates';

export type OrganisationFactsProps = { organisation: OrganisationEntity };

export function OrganisationFacts({ organisation }: OrganisationFactsProps) {
  const { t } = useTranslation();
  const { address } = organisation;
  const addressText = [address.street, [address.postalCode, address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const href = websiteUrl(organisation.website);
  // Opens in the system browser on the desktop (https only), in a new tab on the web.
  const websiteLink = href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {organisation.website}
    </a>
  ) : null;
  const facts: [string, ReactNode][] = [
    [t('organisation.orgNumber'), organisation.orgNumber ?? t('common.none')],
    [t('organisation.legalForm'), t(`legalForm.${organisation.legalForm}`)],
    [t('ideaRegistration.short'), t(`ideaRegistration.${organisation.ideaRegistration}`)],
    [t('organisation.address'), addressText || t('common.none')],
    [t('organisation.district'), organisation.district || t('common.none')],
    [t('organisation.municipality'), organisation.municipality || t('common.none')],
    [
      t('organisation.phone'),
      organisation.phone ? (
        <a href={`tel:${organisation.phone.replace(/[^\d+]/g, '')}`}>{organisation.phone}</a>
      ) : (
        t('common.none')
      ),
    ],
    [
      t('organisation.email'),
      organisation.email ? (
        <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
      ) : (
        t('common.none')
      ),
    ],
    [t('organisation.website'), websiteLink ?? (organisation.website || t('common.none'))],
    [
      t('organisation.tags'),
      organisation.tags.length > 0 ? organisation.tags.join(', ') : t('common.none'),
    ],
    [
      t('organisation.lastContacted'),
      organisation.lastContactedAt
        ? formatDateTime(organisation.lastContactedAt)
        : t('organisations.never'),
    ],
    [t('organisation.created'), formatDate(organisation.createdAt)],
  ];
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('organisation.facts')}</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {organisation.note ? (
        <>
          <h3>{t('organisation.note')}</h3>
          <p className="prewrap">{organisation.note}</p>
        </>
      ) : null}
    </section>
  );
}
