import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { notFound } from "../platform/problems.js";
import { companyManagers, companyReaders, municipalityScopeOf } from "./companies.policy.js";
import { presentCompany, presentCompanyContact } from "./companies.presenters.js";
import * as repository from "./companies.repository.js";
import {
  companyContactSchema,
  companyIdParams,
  companySchema,
  contactListSchema,
  createCompanyBody,
  csvBody,
  importPreviewSchema,
  importResultSchema,
  inviteContactBody,
  listCompaniesQuery,
  updateCompanyBody,
} from "./companies.schemas.js";
import * as companies from "./companies.service.js";
import { findCompanyIdOfContact } from "./company-contacts.repository.js";
import { companyImportTemplate } from "./company-import.js";

/** An import file of 5,000 companies with long descriptions stays well below this. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

export function registerCompanyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["companies"];

  api.get(
    "/api/companies",
    {
      config: { access: companyManagers },
      schema: {
        tags,
        summary: "The companies of the caller's municipality, with search and filters",
        querystring: paginationQuery.extend(listCompaniesQuery.shape),
        response: { 200: pageSchema(companySchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const rows = await repository.listCompanies(ctx.db, municipalityScopeOf(currentUser(request)), filter, {
        limit,
        after: decodeCursor(cursor),
      });
      const page = toPage(rows, limit);
      return { items: page.items.map(presentCompany), nextCursor: page.nextCursor };
    },
  );

  api.get(
    "/api/companies/mine",
    {
      config: { access: ["company_contact"] },
      schema: {
        tags,
        summary: "The company the logged-in company contact speaks for",
        response: { 200: companySchema, ...problemResponses(404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const companyId = await findCompanyIdOfContact(ctx.db, user.id);
      if (!companyId) throw notFound("This account speaks for no company");
      return presentCompany(await companies.findReachableCompany(ctx.db, user, companyId));
    },
  );

  api.get(
    "/api/companies/:id",
    {
      config: { access: companyReaders },
      schema: {
        tags,
        summary: "One company: for staff of its municipality, or for its own contact persons",
        params: companyIdParams,
        response: { 200: companySchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) =>
      presentCompany(await companies.findReachableCompany(ctx.db, currentUser(request), request.params.id)),
  );

  api.post(
    "/api/companies",
    {
      config: { access: companyManagers },
      schema: {
        tags,
        summary: "Add a company to the municipality's network",
        body: createCompanyBody,
        response: { 201: companySchema, ...problemResponses(400, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        companies.createCompany(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(presentCompany(created));
    },
  );

  api.patch(
    "/api/companies/:id",
    {
      config: { access: companyReaders },
      schema: {
        tags,
        summary:
          "Change a company: staff change every field, its own contacts all but coordinatorId and networkMemberSince (403)",
        params: companyIdParams,
        body: updateCompanyBody,
        response: { 200: companySchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const updated = await ctx.db.transaction((tx) =>
        companies.updateCompany(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return presentCompany(updated);
    },
  );

  api.get(
    "/api/companies/:id/contacts",
    {
      config: { access: companyReaders },
      schema: {
        tags,
        summary: "The contact persons of a company: for staff of its municipality and its own contacts",
        params: companyIdParams,
        response: { 200: contactListSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const rows = await companies.listContacts(ctx.db, currentUser(request), request.params.id);
      return { items: rows.map(presentCompanyContact) };
    },
  );

  api.post(
    "/api/companies/:id/contacts",
    {
      config: { access: companyManagers },
      schema: {
        tags,
        summary: "Invite a contact person: a company_contact user linked to the company gets a one-time link",
        params: companyIdParams,
        body: inviteContactBody,
        response: {
          201: companyContactSchema,
          ...problemResponses(400, 404, 409, 503, ...authenticatedProblems),
        },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const invited = await ctx.db.transaction((tx) =>
        companies.inviteContact(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(presentCompanyContact(invited));
    },
  );

  api.get(
    "/api/companies/import/template.csv",
    {
      config: { access: companyManagers },
      schema: {
        tags,
        summary: "The CSV import template: the header row and one example, UTF-8 with BOM, separated by ;",
        produces: ["text/csv"],
        response: { 200: csvBody, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (_request, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="virksomheder-skabelon.csv"')
        .send(companyImportTemplate()),
  );

  // The import routes take the file as text/csv; the parser lives in their own scope only.
  app.register(async (scope) => {
    // Only CSV here: a JSON or plain-text body is a client mistake, answered 415 rather than parsed.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "text/csv",
      { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    const csv = scope.withTypeProvider<ZodTypeProvider>();

    csv.post(
      "/api/companies/import/preview",
      {
        config: { access: companyManagers },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: "Check a CSV file of companies and list every row's errors; writes nothing",
          consumes: ["text/csv"],
          body: csvBody,
          response: { 200: importPreviewSchema, ...problemResponses(400, ...authenticatedProblems) },
        },
      },
      async (request) => companies.previewImport(ctx.db, currentUser(request), request.body),
    );

    csv.post(
      "/api/companies/import",
      {
        config: { access: companyManagers },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary:
            "Import a CSV file of companies, all or nothing: any error is a 400 with errors at rows.<row>.<column>",
          consumes: ["text/csv"],
          body: csvBody,
          response: { 201: importResultSchema, ...problemResponses(400, ...authenticatedProblems) },
        },
      },
      async (request, reply) => {
        const actor = currentUser(request);
        const imported = await ctx.db.transaction((tx) =>
          companies.importCompanies(ctx, tx, auditOriginOf(request), actor, request.body),
        );
        return reply.code(201).send({ imported });
      },
    );
  });
}
