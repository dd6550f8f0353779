import { useTranslation } from 'react-i18next';
import type { IsoDate, Thresholds } from '../../../domain/entities';
import { assessDirectProcurement } from '../model/procurementRules';
import { formatDate } from '../../../lib/dates';
import { Notice } from '../../../ui/Notice';
import { LimitsList } from './LimitsList';
import { useFormatKr } from './useInquiryMessages';

export type ProcurementAssessmentProps = {
  value: number | null;
  thresholds: Thresholds;
  /** With a signing date, the documentation deadline is shown too. */
  signedAt?: IsoDate | null;
  showLimits?: boolean;
};

/** Direct procurement (LOU 19 a kap.) assessed live: refused, allowed with warnings, or fine. */
export function ProcurementAssessment({
  value,
  thresholds,
  signedAt = null,
  showLimits = true,
}: ProcurementAssessmentProps) {
  const { t } = useTranslation();
  const formatKr = useFormatKr();
  const assessment = assessDirectProcurement(value, thresholds, signedAt);
  const amount = value === null ? '' : formatKr(value);
  return (
    <div className="assessment">
      {showLimits ? <LimitsList thresholds={thresholds} /> : null}
      {value !== null ? <p>{t('inquiry.procurement.value', { amount })}</p> : null}
      {!assessment.allowed ? (
        <Notice tone="error">
          {assessment.reason === 'valueMissing'
            ? t('inquiry.procurement.valueMissing')
            : t('inquiry.procurement.refused', {
                amount,
                limit: formatKr(assessment.legalLimit),
              })}
        </Notice>
      ) : (
        <>
          <Notice tone="success">
            {t('inquiry.procurement.allowed', {
              amount,
              limit: formatKr(thresholds.legalDirectProcurementLimit),
            })}
          </Notice>
          {assessment.aboveInternalLimit ? (
            <Notice tone="warning">
              {t('inquiry.procurement.aboveInternal', {
                limit: formatKr(thresholds.internalDirectProcurementLimit),
              })}
            </Notice>
          ) : null}
          {assessment.documentationRequired ? (
            <Notice tone="info">
              {t('inquiry.procurement.documentation', {
                limit: formatKr(thresholds.documentationDutyLimit),
              })}
              {assessment.documentationDueDate ? (
                <>
                  {' '}
                  {t('inquiry.procurement.dueDate', {
                    date: formatDate(assessment.documentationDueDate),
                  })}
                </>
              ) : null}
            </Notice>
          ) : null}
        </>
      )}
    </div>
  );
}
