import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { exportLookups } from './data/exportQueries';
import type { ExportLabels } from './model/exportLabels';
import { useReadySession } from '../../session/SessionContext';

/** Labels for codes and names for ids, in the current language; undefined while loading. */
export function useExportLabels(): ExportLabels | undefined {
  const { t } = useTranslation();
  const { settings } = useReadySession();
  const lookups = useLiveQuery(exportLookups, []);
  if (!lookups) return undefined;
  return {
    ...lookups,
    stages: t('inquiries.stages', { returnObjects: true }),
    paths: t('inquiries.paths', { returnObjects: true }),
    channels: t('inquiry.details.channels', { returnObjects: true }),
    initiatives: t('inquiry.details.initiatives', { returnObjects: true }),
    outcomeKinds: t('inquiry.outcome.kinds', { returnObjects: true }),
    legalForms: t('legalForm', { returnObjects: true }),
    ideaRegistrations: {
      yes: t('ideaRegistration.yes'),
      no: t('ideaRegistration.no'),
      unknown: t('ideaRegistration.unknown'),
    },
    statuses: t('exports.statuses', { returnObjects: true }),
    directions: t('callsList.directions', { returnObjects: true }),
    noteKinds: t('callLog.noteKinds', { returnObjects: true }),
    followUpStatuses: t('exports.followUpStatuses', { returnObjects: true }),
    yesNo: { yes: t('common.yes'), no: t('common.no') },
    iopRisks: t('inquiry.iop.risks', { returnObjects: true }),
    callOutcomes: new Map(settings.callOutcomes.map((outcome) => [outcome.id, outcome.label])),
  };
}
