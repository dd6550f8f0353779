import { useTranslation } from 'react-i18next';
import { useStoragePersistence } from './useStoragePersistence';

/** Web: whether the browser may clear the app's storage on its own. */
export function StorageStatus() {
  const { t } = useTranslation();
  const persistence = useStoragePersistence();
  if (persistence === null) return null;
  const text = {
    persistent: t('backup.storagePersistent'),
    notPersistent: t('backup.storageNotPersistent'),
    unknown: t('backup.storageUnknown'),
  }[persistence];
  return (
    <p className={`backup__storage backup__storage--${persistence}`} data-persistence={persistence}>
      {text}
    </p>
  );
}
