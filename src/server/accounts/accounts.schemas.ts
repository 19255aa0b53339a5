import { z } from "zod";
import { locales, roles, userStatuses } from "../db/schema.js";
import { PASSWORD_MAX_LENGTH } from "./passwords.js";

export const roleSchema = z
  .enum(roles)
  .describe("youth | company_contact | staff | municipality_admin | researcher | system_admin");
export const localeSchema = z.enum(locales);
const email = z.email().max(254).describe("Email address; unique regardless of case");
// Length and strength rules are checked by the service so the message can say exactly why.
const newPassword = z.string().max(PASSWORD_MAX_LENGTH);

export const municipalityRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  municipality: municipalityRefSchema.nullable(),
  locale: localeSchema,
});

export const userSchema = meSchema.extend({
  status: z.enum(userStatuses),
  createdAt: z.iso.datetime(),
});

export const sessionStartedSchema = z.object({
  user: meSchema,
  csrfToken: z.string().describe("Send as X-CSRF-Token on every state-changing request"),
});

export const loginBody = z.strictObject({ email: z.string().max(254), password: z.string().max(1024) });
export const changePasswordBody = z.strictObject({ currentPassword: z.string().max(1024), newPassword });
export const updateMeBody = z.strictObject({ locale: localeSchema });
export const tokenParams = z.strictObject({ token: z.string().min(10).max(200) });
export const acceptInvitationBody = z.strictObject({ token: z.string().max(200), password: newPassword });
export const invitationSchema = z.object({ email: z.string(), displayName: z.string() });
export const passwordResetBody = z.strictObject({ email: z.string().max(254) });
export const passwordResetConfirmBody = z.strictObject({ token: z.string().max(200), password: newPassword });
export const csrfSchema = z.object({ csrfToken: z.string() });
export const acceptedSchema = z.object({ status: z.literal("accepted") });

export const inviteUserBody = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(200),
  role: roleSchema,
  municipalityId: z.uuid().optional().describe("Required for municipal roles when a system admin invites"),
});
/** What colleagues see of each other: enough to choose a counsellor or coordinator. */
export const colleagueSchema = z.object({ id: z.uuid(), displayName: z.string() });

export const userIdParams = z.strictObject({ id: z.uuid() });
export const listUsersQuery = z.object({ role: roleSchema.optional() });

export type Me = z.infer<typeof meSchema>;
export type UserOutput = z.infer<typeof userSchema>;
export type Colleague = z.infer<typeof colleagueSchema>;
