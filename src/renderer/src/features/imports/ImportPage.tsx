import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportHistory } from './ImportHistory';
import { ImportSteps } from './ImportSteps';
import './imports.css';

/** "Importera": file → column mapping → dry run → one all-or-nothing commit; history with undo. */
export function ImportPage() {
  const { t } = useTranslation();
  // "Importera en fil till" starts the steps afresh: a new round is a new mount, no state left over.
  const [round, setRound] = useState(0);
  return (
    <div className="page import-page">
      <div className="page__header">
        <h1>{t('imports.title')}</h1>
      </div>
      <p className="lead">{t('imports.lead')}</p>
      <ImportSteps
        key={round}
        isAgain={round > 0}
        onStartOver={() => setRound((value) => value + 1)}
      />
      <ImportHistory />
    </div>
  );
}
