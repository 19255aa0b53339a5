import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentAuth, currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { endSessionByToken } from "../platform/sessions.js";
import { presentMe } from "./accounts.presenters.js";
import {
  acceptedSchema,
  acceptInvitationBody,
  changePasswordBody,
  csrfSchema,
  invitationSchema,
  loginBody,
  meSchema,
  passwordResetBody,
  passwordResetConfirmBody,
  sessionStartedSchema,
  tokenParams,
  updateMeBody,
} from "./accounts.schemas.js";
import * as accounts from "./accounts.service.js";

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];

  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(ctx.cookieName, token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: ctx.config.isProduction,
    });
  const clearSessionCookie = (reply: FastifyReply) =>
    reply.clearCookie(ctx.cookieName, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: ctx.config.isProduction,
    });

  api.post(
    "/api/auth/login",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Log in with email and password",
        body: loginBody,
        response: { 200: sessionStartedSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const result = await accounts.login(ctx, auditOriginOf(request), request.body);
      // A new token at every login; a session the browser held before is ended, not reused.
      const previous = request.cookies[ctx.cookieName];
      if (previous) await endSessionByToken(ctx.db, previous);
      setSessionCookie(reply, result.token);
      return { user: presentMe(result.user), csrfToken: result.csrfToken };
    },
  );

  api.post(
    "/api/auth/logout",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "End the current session",
        response: { 204: noContent, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      await ctx.db.transaction((tx) => accounts.logout(ctx, tx, auditOriginOf(request), auth));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/auth/csrf",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "The CSRF token of the current session",
        response: { 200: csrfSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ csrfToken: currentAuth(request).csrfToken }),
  );

  api.get(
    "/api/me",
    {
      config: { access: "authenticated" },
      schema: { tags, summary: "The logged-in user", response: { 200: meSchema, ...problemResponses(401) } },
    },
    async (request) => presentMe(currentUser(request)),
  );

  api.patch(
    "/api/me",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Change own preferences (language)",
        body: updateMeBody,
        response: { 200: meSchema, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const updated = await ctx.db.transaction((tx) =>
        accounts.updateOwnLocale(ctx, tx, user, request.body.locale),
      );
      return presentMe(updated);
    },
  );

  api.post(
    "/api/auth/password",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Change own password; ends the user's other sessions",
        body: changePasswordBody,
        response: { 204: noContent, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      await ctx.db.transaction((tx) =>
        accounts.changePassword(ctx, tx, auditOriginOf(request), auth, request.body),
      );
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/auth/invitation/:token",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Who an invitation link is for",
        params: tokenParams,
        response: { 200: invitationSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const user = await accounts.findInvitation(ctx.db, ctx.clock, request.params.token);
      return { email: user.email, displayName: user.displayName };
    },
  );

  api.post(
    "/api/auth/invitation",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Accept an invitation: set a password and log in",
        body: acceptInvitationBody,
        response: { 200: sessionStartedSchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const result = await ctx.db.transaction((tx) =>
        accounts.acceptInvitation(ctx, tx, auditOriginOf(request), request.body),
      );
      setSessionCookie(reply, result.token);
      return { user: presentMe(result.user), csrfToken: result.csrfToken };
    },
  );

  api.post(
    "/api/auth/password-reset",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Email a password reset link; always 202, whether the address is known or not",
        body: passwordResetBody,
        response: { 202: acceptedSchema, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction((tx) =>
        accounts.requestPasswordReset(ctx, tx, auditOriginOf(request), request.body.email),
      );
      return reply.code(202).send({ status: "accepted" as const });
    },
  );

  api.post(
    "/api/auth/password-reset/confirm",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Set a new password with a reset link; ends all sessions",
        body: passwordResetConfirmBody,
        response: { 204: noContent, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction((tx) =>
        accounts.confirmPasswordReset(ctx, tx, auditOriginOf(request), request.body),
      );
      return reply.code(204).send(null);
    },
  );
}
