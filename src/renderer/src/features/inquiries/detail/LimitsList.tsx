import { useTranslation } from 'react-i18next';
import type { Thresholds } from '../../../domain/entities';
import { useFormatKr } from './useInquiryMessages';

export type LimitsListProps = { thresholds: Thresholds };

/** The direct procurement limits, each with the paragraph of LOU it comes from. */
export function LimitsList({ thresholds }: LimitsListProps) {
  const { t } = useTranslation();
  const formatKr = useFormatKr();
  const rows: [string, number][] = [
    [t('inquiry.limits.legal'), thresholds.legalDirectProcurementLimit],
    [t('inquiry.limits.internal'), thresholds.internalDirectProcurementLimit],
    [t('inquiry.limits.documentation'), thresholds.documentationDutyLimit],
  ];
  return (
    <dl className="facts limits">
      {rows.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd className="tabular">{formatKr(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
