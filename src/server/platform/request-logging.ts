import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

/** The route pattern, not the URL: paths such as /invitation/<token> carry secrets. */
function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? "(no route)";
}

const isHealthProbe = (request: FastifyRequest) => request.url === "/healthz" || request.url === "/readyz";

/** One log line per request, labelled with the request id; health probes are not logged. */
export class RequestLogController extends LogController {
  constructor() {
    super({
      requestIdLogLabel: "requestId",
      disableRequestLogging: isHealthProbe,
    });
  }

  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ method: request.method, url: routeOf(request) }, "incoming request");
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    if (isHealthProbe(request)) return;
    const details = {
      method: request.method,
      url: routeOf(request),
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...details, err: error }, "request errored");
    else reply.log.info(details, "request completed");
  }
}
