import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { notFound } from "../platform/problems.js";
import { presentOccupationField, presentPostalCode, presentVocabularyEntry } from "./reference.presenters.js";
import * as repository from "./reference.repository.js";
import {
  occupationFieldListSchema,
  postalCodeParams,
  postalCodeSchema,
  vocabularyListSchema,
} from "./reference.schemas.js";
import { supportVocabulary } from "./vocabulary.js";

/** Reference data is the same for every municipality and holds nothing personal: any signed-in user may read it. */
export function registerReferenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reference"];

  api.get(
    "/api/reference/occupation-fields",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Occupation fields in use (shared vocabulary), with their ISCO-08 groups",
        response: { 200: occupationFieldListSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async () => ({
      items: (await repository.listActiveOccupationFields(ctx.db)).map(presentOccupationField),
    }),
  );

  api.get(
    "/api/reference/strengths",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Strengths in use (shared vocabulary of resource words)",
        response: { 200: vocabularyListSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async () => ({ items: (await repository.listActiveStrengths(ctx.db)).map(presentVocabularyEntry) }),
  );

  api.get(
    "/api/reference/support",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Kinds of support a company can give a young person",
        response: { 200: vocabularyListSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async () => ({
      items: supportVocabulary.filter((entry) => entry.retiredInVersion === null).map(presentVocabularyEntry),
    }),
  );

  api.get(
    "/api/postal-codes/:code",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "One Danish postal code with its town name and centre",
        params: postalCodeParams,
        response: { 200: postalCodeSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const postalCode = await repository.findPostalCode(ctx.db, request.params.code);
      if (!postalCode) throw notFound("No such postal code");
      return presentPostalCode(postalCode);
    },
  );
}
