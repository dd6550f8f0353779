import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';
import { useReadySession } from '../session/SessionContext';

/** Read-only here; editing the limits belongs with the handoff rules that use them. */
export function ThresholdsSection() {
  const { t } = useTranslation();
  const { thresholds } = useReadySession().settings;
  const rows = [
    [t('settings.internalLimit'), thresholds.internalDirectProcurementLimit],
    [t('settings.legalLimit'), thresholds.legalDirectProcurementLimit],
    [t('settings.documentationLimit'), thresholds.documentationDutyLimit],
  ] as const;
  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('settings.thresholds')}</h2>
      <p className="muted">{t('settings.thresholdsLead')}</p>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd className="tabular">{formatNumber(value)} kr</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
