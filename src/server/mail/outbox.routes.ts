import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { listOutboxMails } from "./outbox.repository.js";

const outboxMailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  links: z.array(z.string()),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })),
  createdAt: z.iso.datetime(),
});

export function registerOutboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/admin/outbox",
    {
      config: { access: ["system_admin"] },
      schema: {
        tags: ["admin"],
        summary: "Mails stored instead of sent, when no SMTP server is configured; newest first",
        querystring: paginationQuery,
        response: { 200: pageSchema(outboxMailSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const page = toPage(await listOutboxMails(ctx.db, { limit, before: decodeCursor(cursor) }), limit);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((mail) => ({
          id: mail.id,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          links: mail.links,
          attachments: mail.attachments,
          createdAt: mail.createdAt.toISOString(),
        })),
      };
    },
  );
}
