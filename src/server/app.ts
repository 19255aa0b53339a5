import fs from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RouteOptions,
} from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { uuidv7 } from "uuidv7";
import { registerAuthRoutes } from "./accounts/auth.routes.js";
import { registerUserRoutes } from "./accounts/users.routes.js";
import { registerAuditRoutes } from "./audit/audit.routes.js";
import { registerCalendarRoutes } from "./calendar/calendar.routes.js";
import { registerCompanyRoutes } from "./companies/companies.routes.js";
import { registerCompanyNetworkRoutes } from "./company-network/company-network.routes.js";
import { registerReferralRoutes } from "./company-network/referrals.routes.js";
import type { Config } from "./config.js";
import type { AppContext } from "./context.js";
import type { DatabaseHandle } from "./db/database.js";
import { registerMatchmakingEventRoutes } from "./events/events.routes.js";
import { registerGroupBoardRoutes } from "./groups/board.routes.js";
import { registerGroupRoutes } from "./groups/groups.routes.js";
import { generateUpcomingMeetings } from "./groups/groups.service.js";
import { registerReflectionRoutes } from "./groups/reflections.routes.js";
import { registerInternshipRoutes } from "./internships/internships.routes.js";
import { createMailer, type Mailer } from "./mail/mailer.js";
import { registerOutboxRoutes } from "./mail/outbox.routes.js";
import { createCandidateIndexStore } from "./matching/candidate-index.js";
import { registerConversationRoutes } from "./matching/conversations.routes.js";
import { registerInterestRoutes } from "./matching/interests.routes.js";
import { registerMatchRoutes } from "./matching/matches.routes.js";
import { registerMeetingRoutes } from "./matching/meetings.routes.js";
import { registerMessageReportRoutes } from "./matching/message-reports.routes.js";
import { registerPipelineRoutes } from "./matching/pipeline.routes.js";
import { registerRecommendationRoutes } from "./matching/recommendations.routes.js";
import { registerMunicipalityRoutes } from "./municipalities/municipalities.routes.js";
import { registerNotificationRoutes } from "./notifications/notifications.routes.js";
import { registerOpeningRoutes } from "./openings/openings.routes.js";
import { type RouteAccess, registerAccessControl } from "./platform/access.js";
import { startBackgroundJobs } from "./platform/background-jobs.js";
import { ChangeFeed } from "./platform/change-feed.js";
import { type Clock, systemClock } from "./platform/clock.js";
import { notFoundProblem, registerErrorHandling } from "./platform/error-handler.js";
import { createFieldCipher, loadEncryptionKey } from "./platform/field-encryption.js";
import { registerHealthRoutes } from "./platform/health.routes.js";
import { RequestLogController } from "./platform/request-logging.js";
import { registerSecurityHeaders } from "./platform/security-headers.js";
import { createSessionCache } from "./platform/sessions.js";
import { registerReferenceRoutes } from "./reference/reference.routes.js";
import { runReminderJob } from "./reminders/reminder-job.js";
import { registerReminderRoutes } from "./reminders/reminders.routes.js";
import { registerWishRoutes } from "./wishes/wishes.routes.js";
import { registerWorkIdentityRoutes } from "./work-identity/work-identity.routes.js";
import { registerYouthRoutes } from "./youth/youth.routes.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The app's change feed; tests wait on it after writing to the database directly. */
    changes: ChangeFeed;
  }
}

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  mailer?: Mailer;
  /** A ready logger (main.ts shares one with start-up); without it, one is made from the config. */
  logger?: FastifyBaseLogger;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const routeInventories = new WeakMap<FastifyInstance, RouteOptions[]>();

/** Every route the app registered, with its access rule; the route inventory test walks these. */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  return (routeInventories.get(app) ?? []).flatMap((route) =>
    (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
      method,
      url: route.url,
      // Read late: plugin scopes fill in their access rule after the app-level hook has seen the route.
      access: route.config?.access,
    })),
  );
}

export function loggerOptions(config: Config): Exclude<FastifyServerOptions["logger"], boolean | undefined> {
  return {
    level: config.logLevel,
    redact: {
      paths: ["req.headers.cookie", "req.headers['x-csrf-token']", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
  };
}

/** Builds the app without listening, so tests drive it with inject(). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: loggerOptions(config) }),
    genReqId: () => uuidv7(),
    logController: new RequestLogController(),
    bodyLimit: 1024 * 1024,
  });
  const routes: RouteOptions[] = [];
  routeInventories.set(app, routes);
  app.addHook("onRoute", (route) => {
    routes.push(route);
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  registerSecurityHeaders(app, config.isProduction);
  await app.register(fastifyCookie);
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api")) reply.header("cache-control", "no-store");
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Nextwork API",
        version: "1",
        description:
          "The API of Nextwork. Errors are RFC 9457 application/problem+json. State-changing requests with a session cookie must send X-CSRF-Token.",
      },
      components: {
        securitySchemes: {
          session: {
            type: "apiKey",
            in: "cookie",
            name: config.isProduction ? "__Host-nextwork_session" : "nextwork_session",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const changes = new ChangeFeed(database.pool, app.log);
  await changes.start();
  app.addHook("onClose", () => changes.close());
  app.decorate("changes", changes);
  // A request that changed something answers only once this process has heard the change, so the
  // caller's next request never reads a cache from before it (decision 0010).
  app.addHook("onSend", async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") await changes.heardOwnChanges();
  });

  const ctx: AppContext = {
    config,
    changes,
    db: database.db,
    clock,
    mailer:
      deps.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, clock, logger: app.log }),
    sessionPolicy: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
    cookieName: config.isProduction ? "__Host-nextwork_session" : "nextwork_session",
    publicUrl: config.publicUrl,
    cipher: createFieldCipher(loadEncryptionKey(config)),
  };
  registerAccessControl(app, {
    db: ctx.db,
    clock,
    sessionPolicy: ctx.sessionPolicy,
    cookieName: ctx.cookieName,
    sessions: createSessionCache(changes),
  });

  registerHealthRoutes(app, database.pool);
  registerAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerMunicipalityRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerOutboxRoutes(app, ctx);
  registerCompanyRoutes(app, ctx);
  registerReferenceRoutes(app, ctx);
  registerYouthRoutes(app, ctx);
  registerOpeningRoutes(app, ctx);
  registerWishRoutes(app, ctx);
  // The candidate indexes live with this app, so apps on separate databases never share one.
  registerRecommendationRoutes(app, ctx, createCandidateIndexStore());
  registerNotificationRoutes(app, ctx);
  registerConversationRoutes(app, ctx);
  registerMessageReportRoutes(app, ctx);
  registerMeetingRoutes(app, ctx);
  registerInterestRoutes(app, ctx);
  registerMatchRoutes(app, ctx);
  registerPipelineRoutes(app, ctx);
  registerMatchmakingEventRoutes(app, ctx);
  registerInternshipRoutes(app, ctx);
  registerGroupRoutes(app, ctx);
  registerGroupBoardRoutes(app, ctx);
  registerReflectionRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  registerReminderRoutes(app, ctx);
  registerCompanyNetworkRoutes(app, ctx);
  registerReferralRoutes(app, ctx);
  registerWorkIdentityRoutes(app, ctx);

  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(async (docs) => {
    markRoutesPublic(docs);
    await docs.register(fastifySwaggerUi, {
      routePrefix: "/api/docs",
      staticCSP: true,
      // Swagger UI brings its own CSP; keep ours on framing and drop what would break plain-HTTP development.
      transformStaticCSP: (header) =>
        header
          .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
          .replace(/\s*upgrade-insecure-requests;?/, ""),
    });
  });
  await registerWebApp(app, config.webRoot);
  // Started last, once nothing above can fail; stopped before the database is closed.
  if (config.backgroundJobs) {
    const jobs = startBackgroundJobs({
      clock,
      logger: app.log,
      jobs: [
        {
          name: "reminders",
          intervalMs: 60_000,
          run: (now) => runReminderJob({ ...ctx, logger: app.log }, now).then(() => {}),
        },
        {
          name: "group-meetings",
          intervalMs: 3_600_000,
          run: (now) => generateUpcomingMeetings(ctx.db, now).then(() => {}),
        },
      ],
    });
    app.addHook("onClose", () => jobs.stop());
  }
  return app;
}

/** Plugins we do not own (docs, static files) serve only public material; their routes say so. */
function markRoutesPublic(scope: FastifyInstance): void {
  scope.addHook("onRoute", (route) => {
    route.config = { ...route.config, access: "public" };
  });
}

/** The SPA: files from the Vite build, and index.html for any other page path so client routes work. */
async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const indexFile = path.join(webRoot, "index.html");
  await app.register(async (web) => {
    markRoutesPublic(web);
    if (fs.existsSync(webRoot)) {
      await web.register(fastifyStatic, {
        root: webRoot,
        wildcard: true,
        index: "index.html",
        setHeaders: (res, filePath) => {
          const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
          res.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
        },
      });
    }
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api");
    if (wantsPage && fs.existsSync(indexFile)) {
      return reply.header("cache-control", "no-cache").type("text/html").send(fs.createReadStream(indexFile));
    }
    return notFoundProblem(request, reply);
  });
}
