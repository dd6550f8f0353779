import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { SessionContext } from '../session/SessionContext';
import { useSession } from '../session/useSession';
import { i18n, setLanguage } from '../i18n/i18n';
import { Loading } from '../ui/Loading';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';

function SessionGate() {
  const { t } = useTranslation();
  const session = useSession();
  const language = session.status === 'ready' ? session.settings.language : null;

  useEffect(() => {
    if (language) setLanguage(language);
  }, [language]);

  if (session.status === 'loading') return <Loading label={t('app.loading')} />;
  if (!session.navigator) return <OnboardingPage />;
  return (
    <SessionContext.Provider value={{ settings: session.settings, navigator: session.navigator }}>
      <AppRoutes />
    </SessionContext.Provider>
  );
}

export function App() {
  return (
    <ErrorBoundary>
      <I18nextProvider i18n={i18n}>
        {/* Hash routing works the same from file:// (desktop) and http:// (web host). */}
        <HashRouter>
          <SessionGate />
        </HashRouter>
      </I18nextProvider>
    </ErrorBoundary>
  );
}
