/**
 * The HTTP pipeline's one error answer. Whatever fails before or beside Apollo (body parsing,
 * an unsupported content type, an unknown path, a malformed request line) is answered as
 * GraphQL-shaped JSON, `{ "errors": [{ "message", "extensions": { "code" } }] }`, with the
 * status the failure carries, in every mode: never an HTML page, a stack or a file path.
 * Apollo answers its own refusals the same way (src/server/errors.ts formats them).
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../observability/logger';

/** `extensions.code` by HTTP status; any other 4xx is BAD_REQUEST, any 5xx INTERNAL_SERVER_ERROR. */
export const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

export interface HttpErrorBody {
  errors: [{ message: string; extensions: { code: string } }];
}

export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

export function errorBody(status: number, message: string): HttpErrorBody {
  return { errors: [{ message, extensions: { code: codeForStatus(status) } }] };
}

/** What the client should change, by the error's `type` (body-parser / raw-body) where there is more to say. */
function advice(error: HttpFailure, maxBodyBytes: number): string | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'The request body must be a JSON object such as {"query": "{ __typename }"}.';
    case 'entity.too.large':
      return `The request body is larger than ${maxBodyBytes} bytes (GRAPHQL_MAX_BODY_BYTES): send a smaller operation or smaller variables.`;
    case 'charset.unsupported':
      return `Unsupported charset${error.charset ? ` "${String(error.charset).toUpperCase()}"` : ''}: send the body as UTF-8 JSON.`;
    case 'encoding.unsupported':
      return 'Unsupported Content-Encoding: send the body uncompressed (identity), gzip, deflate or br.';
    case 'request.aborted':
      return 'The request body ended before its announced length.';
    default:
      return undefined;
  }
}

/** The fields of http-errors / body-parser errors this module reads; anything may arrive. */
interface HttpFailure {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  charset?: unknown;
  expose?: unknown;
  message?: unknown;
}

function statusOf(error: HttpFailure): number {
  const status = Number(error.status ?? error.statusCode);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500;
}

/**
 * The last middleware: every error another middleware passed on. A client error says what to
 * fix; a server error says only that it happened (the cause goes to the log).
 */
export function httpErrorHandler(options: {
  logger: Logger;
  maxBodyBytes: number;
  /** A refused request, for the operation log and metrics. */
  onRefused?: (status: number, code: string, path: string) => void;
}): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      // Too late for an answer: end the response (Express's default would print the stack).
      options.logger.warn({ err: error }, 'error after the response started');
      res.destroy();
      return;
    }
    const failure: HttpFailure = typeof error === 'object' && error !== null ? error : {};
    const status = statusOf(failure);
    let message: string;
    if (status >= 500) {
      options.logger.error({ err: error }, 'unexpected HTTP error');
      message = 'Internal server error';
    } else {
      // http-errors marks messages written for clients `expose`; others are not shown.
      const own = failure.expose === true && typeof failure.message === 'string' ? failure.message : undefined;
      message = advice(failure, options.maxBodyBytes) ?? own ?? STATUS_CODES[status] ?? 'Bad request';
    }
    options.onRefused?.(status, codeForStatus(status), req.originalUrl.split('?')[0]);
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify(errorBody(status, message)));
    void next; // an error handler must declare four parameters; it never passes on
  };
}

/** Paths nobody answered: JSON, like every other refusal (the explorer's pages are routed before). */
export const notFoundHandler: RequestHandler = (req, res) => {
  res
    .status(404)
    .type('application/json')
    .send(JSON.stringify(errorBody(404, `Nothing at ${req.method} ${req.path}: the API is at POST /graphql.`)));
};

/**
 * A POST to the GraphQL endpoint must be JSON: anything else is 415 before a parser or Apollo
 * sees it (Apollo would answer "POST body missing" without saying what to change).
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) {
    next();
    return;
  }
  const given = req.header('content-type') ?? 'none';
  const error = Object.assign(
    new Error(
      `Unsupported Content-Type "${given.slice(0, 100)}": send the operation with Content-Type: application/json.`,
    ),
    { status: 415, type: 'content-type.unsupported', expose: true },
  );
  next(error);
};

/**
 * Requests Node's HTTP parser refuses (a malformed request line, headers too large) never reach
 * Express: answer them in the same shape instead of Node's bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const message =
      status === 431
        ? 'Request headers too large: send fewer or shorter headers.'
        : status === 408
          ? 'The request took too long to arrive.'
          : 'Malformed HTTP request.';
    const body = JSON.stringify(errorBody(status, message));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
