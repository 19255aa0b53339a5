import { createBrowserRouter, RouterProvider } from "react-router";
import { AnonymousOnly, RequireAuth } from "./auth/guards";
import { SessionProvider } from "./auth/session";
import { Layout } from "./components/Layout";
import { AccountPage } from "./routes/account/AccountPage";
import { ForgotPasswordPage } from "./routes/forgot-password/ForgotPasswordPage";
import { HomePage } from "./routes/home/HomePage";
import { InvitationPage } from "./routes/invitation/InvitationPage";
import { LandingPage } from "./routes/landing/LandingPage";
import { LoginPage } from "./routes/login/LoginPage";
import { NotFoundPage } from "./routes/not-found/NotFoundPage";
import { ResetPasswordPage } from "./routes/reset-password/ResetPasswordPage";

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
