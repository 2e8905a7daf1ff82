/** Routes; every page is lazy-loaded so the first chunk stays small. */
import { lazy, Suspense } from 'react';
import { Outlet, createBrowserRouter } from 'react-router-dom';
import RequireAbility from './auth/RequireAbility.tsx';
import RequireAuth from './auth/RequireAuth.tsx';
import PageLoading from './components/PageLoading.tsx';

const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const AccountPage = lazy(() => import('./pages/AccountPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const OrganisationsPage = lazy(() => import('./pages/organisations/OrganisationsPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage.tsx'));
const CenterLayout = lazy(() => import('./pages/center/CenterLayout.tsx'));
const CenterDashboardPage = lazy(() => import('./pages/center/DashboardPage.tsx'));
const LedgerPage = lazy(() => import('./pages/center/LedgerPage.tsx'));
const TrainingPage = lazy(() => import('./pages/center/TrainingPage.tsx'));
const CenterEventsPage = lazy(() => import('./pages/center/EventsPage.tsx'));
const CenterOffersPage = lazy(() => import('./pages/center/OffersPage.tsx'));
const CenterFinancePage = lazy(() => import('./pages/center/FinancePage.tsx'));
const AnnualReportPage = lazy(() => import('./pages/center/AnnualReportPage.tsx'));
const EvaluationsPage = lazy(() => import('./pages/evaluation/EvaluationsPage.tsx'));
const EvaluationFormPage = lazy(() => import('./pages/evaluation/EvaluationFormPage.tsx'));
const RevocationsPage = lazy(() => import('./pages/management/RevocationsPage.tsx'));
const RevocationPage = lazy(() => import('./pages/management/RevocationPage.tsx'));
const DecisionNoticePage = lazy(() => import('./pages/notices/DecisionNoticePage.tsx'));
const ChangeFilingsPage = lazy(() => import('./pages/management/ChangeFilingsPage.tsx'));
const ChangeFilingPage = lazy(() => import('./pages/management/ChangeFilingPage.tsx'));
const RecommendationsPage = lazy(() => import('./pages/management/RecommendationsPage.tsx'));
const EnterpriseLayout = lazy(() => import('./pages/enterprise/EnterpriseLayout.tsx'));
const MyServicesPage = lazy(() => import('./pages/enterprise/MyServicesPage.tsx'));
const EnterpriseCoursesPage = lazy(() => import('./pages/enterprise/CoursesPage.tsx'));
const EnterpriseOffersPage = lazy(() => import('./pages/enterprise/OffersPage.tsx'));
const FinancingPage = lazy(() => import('./pages/enterprise/FinancingPage.tsx'));
const DecisionDashboardPage = lazy(() => import('./pages/decision/DecisionDashboardPage.tsx'));
const MyDemandsPage = lazy(() => import('./pages/matching/MyDemandsPage.tsx'));
const CenterDemandsPage = lazy(() => import('./pages/matching/CenterDemandsPage.tsx'));
const DemandDetailPage = lazy(() => import('./pages/matching/DemandDetailPage.tsx'));
const DemandGraphPage = lazy(() => import('./pages/matching/DemandGraphPage.tsx'));
const NetworkPage = lazy(() => import('./pages/network/NetworkPage.tsx'));
const DiagnosisListPage = lazy(() => import('./pages/diagnosis/DiagnosisListPage.tsx'));
const AssessmentPage = lazy(() => import('./pages/diagnosis/AssessmentPage.tsx'));
const PolicyListPage = lazy(() => import('./pages/policy/PolicyListPage.tsx'));
const PolicyPackPage = lazy(() => import('./pages/policy/PolicyPackPage.tsx'));
const PublicLayout = lazy(() => import('./layout/PublicLayout.tsx'));
const PortalPage = lazy(() => import('./pages/portal/PortalPage.tsx'));
const PublicityListPage = lazy(() => import('./pages/publicity/PublicityListPage.tsx'));
const PublicityNoticePage = lazy(() => import('./pages/publicity/PublicityNoticePage.tsx'));
const OpenPublicityPage = lazy(() => import('./pages/publicity/OpenPublicityPage.tsx'));
const ObjectionsPage = lazy(() => import('./pages/publicity/ObjectionsPage.tsx'));
const DirectoryPage = lazy(() => import('./pages/directory/DirectoryPage.tsx'));
const CenterDetailPage = lazy(() => import('./pages/directory/CenterDetailPage.tsx'));
const VerifyDecisionPage = lazy(() => import('./pages/transparency/VerifyDecisionPage.tsx'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage.tsx'));
const CallsPage = lazy(() => import('./pages/recognition/CallsPage.tsx'));
const ApplicationsPage = lazy(() => import('./pages/recognition/ApplicationsPage.tsx'));
const ApplicationPage = lazy(() => import('./pages/recognition/ApplicationPage.tsx'));
const ApplicationPrintPage = lazy(() => import('./pages/recognition/ApplicationPrintPage.tsx'));
const CultivationPage = lazy(() => import('./pages/recognition/CultivationPage.tsx'));
const CatalogPage = lazy(() => import('./pages/resources/CatalogPage.tsx'));
const ResourceDetailPage = lazy(() => import('./pages/resources/ResourceDetailPage.tsx'));
const CenterSitePage = lazy(() => import('./pages/resources/CenterSitePage.tsx'));
const PublicityPrintPage = lazy(() => import('./pages/publicity/PublicityPrintPage.tsx'));
const DirectoryPrintPage = lazy(() => import('./pages/directory/DirectoryPrintPage.tsx'));
const PublicTrainingPage = lazy(() => import('./pages/training/PublicTrainingPage.tsx'));
const ResourcesAdminPage = lazy(() => import('./pages/resources/ResourcesAdminPage.tsx'));
const ExpertReviewPage = lazy(() => import('./pages/review/ExpertReviewPage.tsx'));
const ReviewPanelPage = lazy(() => import('./pages/review/PanelPage.tsx'));
const ExpertPoolPage = lazy(() => import('./pages/experts/ExpertPoolPage.tsx'));
const ReviewTasksPage = lazy(() => import('./pages/review/ReviewTasksPage.tsx'));
const ReviewTaskPage = lazy(() => import('./pages/review/TaskPage.tsx'));

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // 政策 is public: no login needed; signed-in users see it inside the shell.
    path: '/policy',
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <PolicyListPage /> },
      { path: ':id', element: <PolicyPackPage /> },
      { path: ':id/self-check', element: <PolicyPackPage tab="self-check" /> },
    ],
  },
  {
    // 资源目录 and each center's site are public; signed-in users see them inside the shell.
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { path: '/catalog', element: <CatalogPage /> },
      { path: '/catalog/:id', element: <ResourceDetailPage /> },
      { path: '/centers/:slug', element: <CenterSitePage /> },
      { path: '/training', element: <PublicTrainingPage /> },
    ],
  },
  {
    // 申报通知 is public: no login needed; signed-in users see it inside the shell.
    path: '/calls',
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [{ index: true, element: <CallsPage /> }],
  },
  {
    // 公示 and 名录 are public; the authority's pages there ask for a session through the API.
    path: '/publicity',
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <PublicityListPage /> },
      { path: 'new', element: <OpenPublicityPage /> },
      { path: ':id', element: <PublicityNoticePage /> },
      { path: ':id/objections', element: <ObjectionsPage /> },
      { path: ':id/print', element: <PublicityPrintPage /> },
    ],
  },
  {
    path: '/directory',
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <DirectoryPage /> },
      { path: 'print', element: <DirectoryPrintPage /> },
      { path: ':id', element: <CenterDetailPage /> },
    ],
  },
  {
    // 验证决定 is public: anyone checks a published decision against the signed transparency log.
    path: '/verify',
    element: (
      <Suspense fallback={<PageLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <VerifyDecisionPage /> },
      { path: ':decisionId', element: <VerifyDecisionPage /> },
    ],
  },
  {
    // `/` is the public portal for a visitor and the workbench once signed in.
    path: '/',
    element: (
      <RequireAuth
        publicHome={
          <Suspense fallback={<PageLoading />}>
            <PublicLayout>
              <PortalPage />
            </PublicLayout>
          </Suspense>
        }
      >
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'decision-notices/:id', element: <DecisionNoticePage /> },
      {
        path: 'resources',
        element: (
          <RequireAbility ability="resources.operate">
            <ResourcesAdminPage />
          </RequireAbility>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireAbility ability="accounts.manage">
            <UsersPage />
          </RequireAbility>
        ),
      },
      {
        path: 'admin/organisations',
        element: (
          <RequireAbility ability="organisations.read">
            <OrganisationsPage />
          </RequireAbility>
        ),
      },
      { path: 'calendar', element: <CalendarPage /> },
      {
        path: 'decision',
        element: (
          <RequireAbility ability="decision.read">
            <DecisionDashboardPage />
          </RequireAbility>
        ),
      },
      {
        path: 'decision/demand-graph',
        element: (
          <RequireAbility ability="decision.read">
            <DemandGraphPage />
          </RequireAbility>
        ),
      },
      {
        path: 'network',
        element: (
          <RequireAbility ability="network.read">
            <NetworkPage />
          </RequireAbility>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireAbility ability="audit.read">
            <AuditPage />
          </RequireAbility>
        ),
      },
      {
        path: 'expert-review',
        element: (
          <RequireAbility ability="review.manage">
            <ExpertReviewPage />
          </RequireAbility>
        ),
      },
      {
        path: 'experts',
        element: (
          <RequireAbility ability="review.manage">
            <ExpertPoolPage />
          </RequireAbility>
        ),
      },
      {
        path: 'expert-review/panels/:id',
        element: (
          <RequireAbility ability="review.manage">
            <ReviewPanelPage />
          </RequireAbility>
        ),
      },
      {
        path: 'expert-tasks',
        element: (
          <RequireAbility ability="review.score">
            <ReviewTasksPage />
          </RequireAbility>
        ),
      },
      {
        path: 'expert-tasks/:id',
        element: (
          <RequireAbility ability="review.score">
            <ReviewTaskPage />
          </RequireAbility>
        ),
      },
      {
        path: 'applications/mine',
        element: (
          <RequireAbility ability="recognition.apply">
            <ApplicationsPage mode="mine" />
          </RequireAbility>
        ),
      },
      {
        path: 'review',
        element: (
          <RequireAbility ability="recognition.review">
            <ApplicationsPage mode="review" />
          </RequireAbility>
        ),
      },
      { path: 'applications/:id', element: <ApplicationPage /> },
      { path: 'applications/:id/print', element: <ApplicationPrintPage /> },
      {
        path: 'cultivation',
        element: (
          <RequireAbility ability="cultivation.read">
            <CultivationPage />
          </RequireAbility>
        ),
      },
      { path: 'notifications', element: <NotificationsPage /> },
      {
        // 动态管理: revocation (authorities), change filings (operators file, authorities confirm), recommendation.
        path: 'management',
        children: [
          {
            path: 'revocations',
            element: (
              <RequireAbility ability="revocation.read">
                <Outlet />
              </RequireAbility>
            ),
            children: [
              { index: true, element: <RevocationsPage /> },
              { path: ':id', element: <RevocationPage /> },
            ],
          },
          {
            path: 'change-filings',
            element: (
              <RequireAbility ability="changeFiling.read">
                <Outlet />
              </RequireAbility>
            ),
            children: [
              { index: true, element: <ChangeFilingsPage /> },
              { path: ':id', element: <ChangeFilingPage /> },
            ],
          },
          {
            path: 'recommendations',
            element: (
              <RequireAbility ability="recommendation.read">
                <RecommendationsPage />
              </RequireAbility>
            ),
          },
        ],
      },
      {
        // 年度评价: authorities' evaluation list (with annual-report filing) and the evidence-based form.
        path: 'evaluation',
        element: (
          <RequireAbility ability="evaluation.read">
            <Outlet />
          </RequireAbility>
        ),
        children: [
          { index: true, element: <EvaluationsPage /> },
          { path: ':id', element: <EvaluationFormPage /> },
        ],
      },
      {
        // 服务平台: the center's back office (operators) and dashboard (operators, authorities).
        path: 'center/:slug?',
        element: (
          <RequireAbility ability="center.metrics">
            <CenterLayout />
          </RequireAbility>
        ),
        children: [
          { index: true, element: <CenterDashboardPage /> },
          { path: 'dashboard', element: <CenterDashboardPage /> },
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'training', element: <TrainingPage /> },
          { path: 'events', element: <CenterEventsPage /> },
          { path: 'offers', element: <CenterOffersPage /> },
          { path: 'finance', element: <CenterFinancePage /> },
          { path: 'demands', element: <CenterDemandsPage /> },
          { path: 'demands/:id', element: <DemandDetailPage /> },
          { path: 'annual-report', element: <AnnualReportPage /> },
        ],
      },
      {
        path: 'enterprise',
        element: (
          <RequireAbility ability="enterprise.services">
            <EnterpriseLayout />
          </RequireAbility>
        ),
        children: [
          { index: true, element: <MyServicesPage /> },
          { path: 'services', element: <MyServicesPage /> },
          { path: 'courses', element: <EnterpriseCoursesPage /> },
          { path: 'offers', element: <EnterpriseOffersPage /> },
          { path: 'financing', element: <FinancingPage /> },
          { path: 'demands', element: <MyDemandsPage /> },
          { path: 'demands/:id', element: <DemandDetailPage /> },
          { path: 'diagnosis', element: <DiagnosisListPage /> },
          { path: 'diagnosis/:id', element: <AssessmentPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
