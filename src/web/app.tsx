import { createBrowserRouter, RouterProvider } from "react-router";
import { AnonymousOnly, RequireAuth } from "./auth/guards";
import { CASEWORKER_ROLES, RequireRole } from "./auth/RequireRole";
import { SessionProvider } from "./auth/session";
import { Layout } from "./components/Layout";
import { AccountPage } from "./routes/account/AccountPage";
import { CompaniesPage } from "./routes/companies/CompaniesPage";
import { CompanyDetailPage } from "./routes/companies/CompanyDetailPage";
import { ImportCompaniesPage } from "./routes/companies/ImportCompaniesPage";
import { NewCompanyPage } from "./routes/companies/NewCompanyPage";
import { CompanyOpeningsPage } from "./routes/company/CompanyOpeningsPage";
import { CompanyPage } from "./routes/company/CompanyPage";
import { OpeningEditorPage } from "./routes/company/OpeningEditorPage";
import { OpeningRecommendationsPage } from "./routes/company/OpeningRecommendationsPage";
import { EventDetailPage } from "./routes/events/EventDetailPage";
import { EventsPage } from "./routes/events/EventsPage";
import { OpeningRankingPage } from "./routes/events/OpeningRankingPage";
import { YouthRankingPage } from "./routes/events/YouthRankingPage";
import { ForYouPage } from "./routes/for-you/ForYouPage";
import { ForgotPasswordPage } from "./routes/forgot-password/ForgotPasswordPage";
import { GroupBoardPage } from "./routes/groups/GroupBoardPage";
import { GroupMeetingPage } from "./routes/groups/GroupMeetingPage";
import { GroupPage } from "./routes/groups/GroupPage";
import { GroupsPage } from "./routes/groups/GroupsPage";
import { ReflectionsPage } from "./routes/groups/ReflectionsPage";
import { HomePage } from "./routes/home/HomePage";
import { InternshipPage } from "./routes/internships/InternshipPage";
import { InternshipsPage } from "./routes/internships/InternshipsPage";
import { ProposeInternshipPage } from "./routes/internships/ProposeInternshipPage";
import { InvitationPage } from "./routes/invitation/InvitationPage";
import { LandingPage } from "./routes/landing/LandingPage";
import { LoginPage } from "./routes/login/LoginPage";
import { MatchesPage } from "./routes/matches/MatchesPage";
import { MatchPage } from "./routes/matches/MatchPage";
import { AnswerWishPage } from "./routes/network/AnswerWishPage";
import { NetworkWishesPage } from "./routes/network/NetworkWishesPage";
import { NetworkYouthDetailPage } from "./routes/network/NetworkYouthDetailPage";
import { NetworkYouthPage } from "./routes/network/NetworkYouthPage";
import { NetworkMeetingPage } from "./routes/network-meetings/NetworkMeetingPage";
import { NetworkMeetingsPage } from "./routes/network-meetings/NetworkMeetingsPage";
import { NotFoundPage } from "./routes/not-found/NotFoundPage";
import { OpeningDetailPage } from "./routes/openings/OpeningDetailPage";
import { OpeningsPage } from "./routes/openings/OpeningsPage";
import { ProfilePage } from "./routes/profile/ProfilePage";
import { ProfilePreviewPage } from "./routes/profile/ProfilePreviewPage";
import { ProgressPage } from "./routes/profile/ProgressPage";
import { SensitivePage } from "./routes/profile/SensitivePage";
import { NewReferralPage } from "./routes/referrals/NewReferralPage";
import { ReferralsPage } from "./routes/referrals/ReferralsPage";
import { ResetPasswordPage } from "./routes/reset-password/ResetPasswordPage";
import { MessageReportsPage } from "./routes/staff-pipeline/MessageReportsPage";
import { PipelinePage } from "./routes/staff-pipeline/PipelinePage";
import { WishesPage } from "./routes/wishes/WishesPage";
import { WorkIdentityPage } from "./routes/work-identity/WorkIdentityPage";
import { EnrolYouthPage } from "./routes/youth/EnrolYouthPage";
import { YouthDetailPage } from "./routes/youth/YouthDetailPage";
import { YouthListPage } from "./routes/youth/YouthListPage";
import { YouthProfilePage } from "./routes/youth/YouthProfilePage";

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        index: true,
        element: (
          <AnonymousOnly>
            <LandingPage />
          </AnonymousOnly>
        ),
      },
      {
        path: "login",
        element: (
          <AnonymousOnly>
            <LoginPage />
          </AnonymousOnly>
        ),
      },
      { path: "invitation/:token", element: <InvitationPage /> },
      { path: "forgot-password", element: <ForgotPasswordPage /> },
      { path: "reset-password/:token", element: <ResetPasswordPage /> },
      {
        path: "home",
        element: (
          <RequireAuth>
            <HomePage />
          </RequireAuth>
        ),
      },
      {
        path: "account",
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      ...(
        [
          ["profile", <ProfilePage key="profile" />],
          ["profile/preview", <ProfilePreviewPage key="preview" />],
          ["profile/progress", <ProgressPage key="progress" />],
          ["profile/sensitive", <SensitivePage key="sensitive" />],
        ] as const
      ).map(([path, page]) => ({ path, element: <RequireRole roles={["youth"]}>{page}</RequireRole> })),
      ...(
        [
          ["youth", <YouthListPage key="list" />],
          ["youth/new", <EnrolYouthPage key="new" />],
          ["youth/:id", <YouthDetailPage key="detail" />],
          ["youth/:id/profile", <YouthProfilePage key="profile" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={CASEWORKER_ROLES}>{page}</RequireRole>,
      })),
      ...(
        [
          ["openings", <OpeningsPage key="openings" />],
          ["openings/:id", <OpeningDetailPage key="opening" />],
          ["wishes", <WishesPage key="wishes" />],
          ["for-you", <ForYouPage key="for-you" />],
          ["work-identity", <WorkIdentityPage key="work-identity" />],
        ] as const
      ).map(([path, page]) => ({ path, element: <RequireRole roles={["youth"]}>{page}</RequireRole> })),
      ...(
        [
          ["company", <CompanyPage key="company" />],
          ["company/openings", <CompanyOpeningsPage key="openings" />],
          ["company/openings/new", <OpeningEditorPage key="new-opening" />],
          ["company/openings/:id/edit", <OpeningEditorPage key="edit-opening" />],
          ["company/openings/:id/recommendations", <OpeningRecommendationsPage key="recommendations" />],
          ["network/youth", <NetworkYouthPage key="youth" />],
          ["network/youth/:id", <NetworkYouthDetailPage key="young" />],
          ["network/wishes", <NetworkWishesPage key="wishes" />],
          ["network/wishes/:id/answer", <AnswerWishPage key="answer" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["company_contact"]}>{page}</RequireRole>,
      })),
      ...(
        [
          ["companies", <CompaniesPage key="companies" />],
          ["companies/new", <NewCompanyPage key="new-company" />],
          ["companies/import", <ImportCompaniesPage key="import" />],
          ["companies/:id", <CompanyDetailPage key="company" />],
          ["pipeline", <PipelinePage key="pipeline" />],
          ["message-reports", <MessageReportsPage key="reports" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={CASEWORKER_ROLES}>{page}</RequireRole>,
      })),
      ...(
        [
          ["matches", <MatchesPage key="matches" />],
          ["matches/:id", <MatchPage key="match" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["youth", "company_contact"]}>{page}</RequireRole>,
      })),
      ...(
        [
          ["events", <EventsPage key="events" />],
          ["events/:id", <EventDetailPage key="event" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["youth", "company_contact", ...CASEWORKER_ROLES]}>{page}</RequireRole>,
      })),
      {
        path: "events/:id/rank",
        element: (
          <RequireRole roles={["youth"]}>
            <YouthRankingPage />
          </RequireRole>
        ),
      },
      {
        path: "events/:id/openings/:openingId/rank",
        element: (
          <RequireRole roles={["company_contact", ...CASEWORKER_ROLES]}>
            <OpeningRankingPage />
          </RequireRole>
        ),
      },
      ...(
        [
          ["internships", <InternshipsPage key="internships" />],
          ["internships/:id", <InternshipPage key="internship" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["youth", "company_contact", ...CASEWORKER_ROLES]}>{page}</RequireRole>,
      })),
      ...(
        [
          ["network-meetings", <NetworkMeetingsPage key="network-meetings" />],
          ["network-meetings/:id", <NetworkMeetingPage key="network-meeting" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["company_contact", ...CASEWORKER_ROLES]}>{page}</RequireRole>,
      })),
      {
        path: "internships/new",
        element: (
          <RequireRole roles={["company_contact", "staff"]}>
            <ProposeInternshipPage />
          </RequireRole>
        ),
      },
      {
        path: "referrals",
        element: (
          <RequireRole roles={["youth", "company_contact", ...CASEWORKER_ROLES]}>
            <ReferralsPage />
          </RequireRole>
        ),
      },
      {
        path: "referrals/new",
        element: (
          <RequireRole roles={["company_contact"]}>
            <NewReferralPage />
          </RequireRole>
        ),
      },
      ...(
        [
          ["groups", <GroupsPage key="groups" />],
          ["groups/:id", <GroupPage key="group" />],
          ["groups/:id/board", <GroupBoardPage key="board" />],
          ["group-meetings/:id", <GroupMeetingPage key="meeting" />],
        ] as const
      ).map(([path, page]) => ({
        path,
        element: <RequireRole roles={["youth", "staff", "municipality_admin"]}>{page}</RequireRole>,
      })),
      {
        path: "reflections",
        element: (
          <RequireRole roles={["youth"]}>
            <ReflectionsPage />
          </RequireRole>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
