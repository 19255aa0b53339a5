import { createBrowserRouter, RouterProvider } from "react-router";
import { AnonymousOnly, RequireAuth } from "./auth/guards";
import { CASEWORKER_ROLES, RequireRole } from "./auth/RequireRole";
import { SessionProvider } from "./auth/session";
import { Layout } from "./components/Layout";
import { AccountPage } from "./routes/account/AccountPage";
import { ForgotPasswordPage } from "./routes/forgot-password/ForgotPasswordPage";
import { HomePage } from "./routes/home/HomePage";
import { InvitationPage } from "./routes/invitation/InvitationPage";
import { LandingPage } from "./routes/landing/LandingPage";
import { LoginPage } from "./routes/login/LoginPage";
import { NotFoundPage } from "./routes/not-found/NotFoundPage";
import { ProfilePage } from "./routes/profile/ProfilePage";
import { ProfilePreviewPage } from "./routes/profile/ProfilePreviewPage";
import { ProgressPage } from "./routes/profile/ProgressPage";
import { SensitivePage } from "./routes/profile/SensitivePage";
import { ResetPasswordPage } from "./routes/reset-password/ResetPasswordPage";
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
