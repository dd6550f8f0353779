import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db } from '../../db/db';
import { isDesktop } from '../../lib/platform';
import { useAppInfo } from './useAppInfo';
import { useLoadDataset } from '../../exampleData/useLoadDataset';
import { useIsInTeam } from '../team/teamSync';

export function DataSection() {
  const { t } = useTranslation();
  const { load, isRunning } = useLoadDataset();
  // Only whether the register is empty: a count of every row would re-run on each write of a sync.
  const count = useLiveQuery(() => db.organisations.limit(1).count(), []);
  const appInfo = useAppInfo();
  const isInTeam = useIsInTeam();
  // Example data in a team's register would reach every colleague's machine.
  const canSeed = count === 0 && !isInTeam;

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('settings.data')}</h2>
      <p>{t('settings.dataLead')}</p>
      <p>
        <Link to="/importera">{t('imports.settingsLink')}</Link>
      </p>
      <p className="muted">
        {appInfo?.userDataPath
          ? t('settings.storedIn', { path: appInfo.userDataPath })
          : t('settings.storedInBrowser')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!canSeed || isRunning}
          onClick={() => void load('exempel')}
        >
          {t('settings.loadExample')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!canSeed || isRunning}
          onClick={() => void load('stress')}
        >
          {t('settings.loadStress')}
        </button>
      </div>
      {isInTeam ? (
        <p className="muted">{t('settings.seedNotInTeam')}</p>
      ) : count !== 0 && count !== undefined ? (
        <p className="muted">{t('settings.seedNeedsEmpty')}</p>
      ) : null}
      <h3>{t('settings.about')}</h3>
      <p className="muted">
        {appInfo
          ? t('settings.version', {
              version: appInfo.version,
              host: isDesktop ? t('settings.hostDesktop') : t('settings.hostWeb'),
            })
          : null}
      </p>
    </section>
  );
}
