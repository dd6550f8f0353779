import { ConflictsPage } from '../features/team/ConflictsPage';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useParams } from 'react-router';
import { CallsPage } from '../features/calls/list/CallsPage';
import { TodayPage } from '../features/followUps/TodayPage';
import { InquiriesPage } from '../features/inquiries/list/InquiriesPage';
import { InquiryPage } from '../features/inquiries/detail/InquiryPage';
import { OrganisationDetailPage } from '../features/organisations/OrganisationDetailPage';
import { OrganisationFormPage } from '../features/organisations/OrganisationFormPage';
import { ImportPage } from '../features/imports/ImportPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { AppShell } from './AppShell';

// Briefs bring Word (docx) and charts (recharts): loaded on first visit, so every other screen
// starts without parsing them.
const BriefsPage = lazy(() =>
  import('../features/briefs/BriefsPage').then((module) => ({ default: module.BriefsPage })),
);
const BriefEditorPage = lazy(() =>
  import('../features/briefs/BriefEditorPage').then((module) => ({
    default: module.BriefEditorPage,
  })),
);

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Loading label={t('app.loading')} />}>{children}</Suspense>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('app.notFound')}
      actions={<Link to="/idag">{t('app.backToStart')}</Link>}
    />
  );
}

/** A fresh form per record: going from editing one organisation to a new one never reuses its state. */
function KeyedOrganisationForm() {
  const { organisationId = 'ny' } = useParams();
  return <OrganisationFormPage key={organisationId} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/idag" replace />} />
        <Route path="idag" element={<TodayPage />} />
        <Route path="samtal" element={<CallsPage />} />
        <Route path="arenden" element={<InquiriesPage />} />
        <Route path="arenden/:inquiryId" element={<InquiryPage />} />
        <Route path="organisationer" element={<OrganisationsPage />} />
        <Route path="organisationer/ny" element={<KeyedOrganisationForm />} />
        <Route path="organisationer/:organisationId" element={<OrganisationDetailPage />} />
        <Route path="organisationer/:organisationId/redigera" element={<KeyedOrganisationForm />} />
        <Route
          path="underlag"
          element={
            <Lazy>
              <BriefsPage />
            </Lazy>
          }
        />
        <Route
          path="underlag/ny"
          element={
            <Lazy>
              <BriefEditorPage />
            </Lazy>
          }
        />
        <Route
          path="underlag/:briefId"
          element={
            <Lazy>
              <BriefEditorPage />
            </Lazy>
          }
        />
        <Route path="installningar" element={<SettingsPage />} />
        <Route path="importera" element={<ImportPage />} />
        <Route path="konflikter" element={<ConflictsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
