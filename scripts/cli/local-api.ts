/**
 * The API in process, for commands that answer from it (`ecograph kpis`): the same schema,
 * resolvers, KPI engine and rules as the server, without HTTP. The caller is the operator at
 * the machine, signed in as ADMIN (they hold the database credentials anyway); audit entries
 * name them `cli`.
 */
import crypto from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { execute, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { closeServices, createGateway, createServices } from '../../src/app';
import type { AppServices } from '../../src/context/context';
import { createRequestContext, type RequestContext } from '../../src/context/context';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import type { Gateway } from '../../src/db/gateway';
import { migrate } from '../../src/db/migrations';
import { buildEcographSchema } from '../../src/server/schema';
import { resolveNeo4j } from '../neo4j-target';

export interface LocalApi {
  gateway: Gateway;
  services: AppServices;
  /** A request of the operator's own (for commands that call a service directly, like import). */
  operatorContext(): RequestContext;
  /** Runs one operation as the operator; GraphQL errors are thrown, with every message. */
  run<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
}

/** The operator at the machine: ADMIN, named `cli` in audit entries. */
const OPERATOR = { kind: 'user', id: 'cli', role: 'ADMIN' } as const;

export class OperationError extends Error {
  override name = 'OperationError';
}

export async function withLocalApi<T>(
  work: (api: LocalApi) => Promise<T>,
  options: { warmKpis?: boolean } = {},
): Promise<T> {
  const loaded = loadConfig();
  // A command that never reads KPIs (import) must not share the machine with their first computation.
  const config =
    options.warmKpis === false ? { ...loaded, analytics: { ...loaded.analytics, warmOnStart: false } } : loaded;
  // The command's own output is the answer: the services' logs stay quiet unless they fail.
  const logger = pino({ level: 'error' }, pino.destination(2));
  // Progress of a server start goes to stderr: stdout is the answer (a file may be piped from it).
  const { target } = await resolveNeo4j(config, (line) => console.error(line));
  const driver = createDriver(target, config.neo4j);
  try {
    const gateway = createGateway(driver, config.neo4j);
    await migrate(gateway);
    const services = await createServices(driver, gateway, config, logger);
    try {
      const schema: GraphQLSchema = await buildEcographSchema(services.policy);
      const operatorContext = () => createRequestContext(gateway, services, crypto.randomUUID(), OPERATOR);
      const run = async <TData, TVariables extends Record<string, unknown>>(
        document: TypedDocumentNode<TData, TVariables>,
        variables: TVariables,
      ): Promise<TData> => {
        const contextValue = operatorContext();
        const result = await execute({ schema, document, variableValues: variables, contextValue });
        if (result.errors?.length) throw new OperationError(result.errors.map((error) => error.message).join('; '));
        // As a client receives it (DateTime as ISO strings), which is what the generated types say.
        return JSON.parse(JSON.stringify(result.data)) as TData;
      };
      return await work({ gateway, services, operatorContext, run });
    } finally {
      await closeServices(services);
    }
  } finally {
    await driver.close();
  }
}
