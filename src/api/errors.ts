/**
 * One error body for every failure the API reports: `{ error: { code, message } }`,
 * whatever raised it (validation, a missing article, the body limit, the rate limit,
 * the write guard). Clients branch on `code`; `message` is for people.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ArticleNotFoundError } from "../store/index.js";

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal";

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** An error a route raises on purpose, with the status and code the client sees. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Status codes Fastify or its plugins raise, and the code clients see for them. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

export interface ErrorHandlingOptions {
  /** Called with unexpected (5xx) errors, which clients see only as "internal error". */
  onInternalError: (error: unknown, request: FastifyRequest) => void;
}

/** Maps every error to the error body; installed once on the root instance. */
export function installErrorHandler(app: FastifyInstance, options: ErrorHandlingOptions): void {
  app.setErrorHandler((error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = describeError(error);
    if (status >= 500) options.onInternalError(error, request);
    if (status === 401) reply.header("www-authenticate", 'Bearer realm="dossier"');
    return reply.code(status).send(body);
  });
}

function describeError(error: FastifyError | ApiError | Error): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: error.statusCode, body: errorBody(error.code, error.message) };
  if (error instanceof ArticleNotFoundError) return { status: 404, body: errorBody("not_found", error.message.replace(/^store: /, "")) };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const where = fastifyError.validationContext ?? "request";
    return { status: 400, body: errorBody("bad_request", `invalid ${where}: ${fastifyError.message}`) };
  }
  const status = fastifyError.statusCode ?? 500;
  const code = CODE_BY_STATUS[status];
  if (status < 500) return { status, body: errorBody(code ?? "bad_request", fastifyError.message) };
  return { status: 500, body: errorBody("internal", "internal error; the server log has the details") };
}
