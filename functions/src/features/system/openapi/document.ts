import { errorBody, errorCatalog, type ErrorCode } from '@app/shared';
import * as z from 'zod';
import { CSV, type RouteDoc, routeTable } from './route-table';

type JsonSchema = Record<string, unknown>;

/** A zod contract as JSON Schema 2020-12 (OpenAPI 3.1's dialect): what a client sends, or what it gets. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Each property of a query or path contract as one parameter. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: '同一请求重试时带同一个键：24 小时内同键同内容只生效一次，并重放第一次的答复。',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

/** The refusals a route can answer, by HTTP status: its own, and those every route of its kind can. */
function errorCodes(route: RouteDoc): ErrorCode[] {
  const { spec } = route.handler;
  const codes: ErrorCode[] = [...route.errors];
  if (spec.body || spec.query || spec.params || spec.idempotent) codes.push('VALIDATION_FAILED');
  if (spec.access !== 'public') codes.push('AUTH_REQUIRED', 'AUTH_INVALID', 'FORBIDDEN');
  if (spec.access !== 'public' && spec.access.some((role) => role !== 'member')) codes.push('ACCOUNT_DISABLED');
  if (spec.idempotent) codes.push('IDEMPOTENCY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED');
  codes.push('INTERNAL', 'BUSY');
  return [...new Set(codes)];
}

function responses(route: RouteDoc): JsonSchema {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodes(route)) {
    const status = errorCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const success =
    route.response === CSV
      ? { description: 'CSV（UTF-8，带 BOM）', content: { 'text/csv': { schema: { type: 'string' } } } }
      : { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
  const answers: JsonSchema = { [String(route.handler.spec.successStatus ?? 200)]: success };
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b))
    answers[String(status)] = {
      description: codes.join(', '),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  return answers;
}

function operation(route: RouteDoc): JsonSchema {
  const { spec } = route.handler;
  const body = spec.body && {
    required: true,
    content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
  };
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    security: spec.access === 'public' ? [] : [{ bearer: [] }],
    ...(spec.access === 'public' ? {} : { description: `调用者：${spec.access.join('、')}` }),
    parameters: [
      ...parameters(spec.params, 'path'),
      ...parameters(spec.query, 'query'),
      ...(spec.idempotent ? [IDEMPOTENCY_KEY] : []),
    ],
    ...(body ? { requestBody: body } : {}),
    responses: responses(route),
  };
}

/** The OpenAPI 3.1 document of the API: the route table with the zod contracts of each route. */
export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routeTable) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(route);
  }
  paths['/v1/openapi.json'] = {
    get: {
      operationId: 'getV1OpenapiJson',
      summary: '本文档（OpenAPI 3.1）',
      security: [],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: '会员卡 API',
      version,
      description: '请求与答复由 shared/ 的 zod 契约生成；未知路径答 404 ROUTE_NOT_FOUND。',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: jsonSchema(errorBody, 'output') },
    },
  };
}
