import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
export type QmsClient = Client<paths>;

/** A typed client for the QMS API, generated from its OpenAPI document. */
export function createQmsClient(options: {
  baseUrl: string;
  token?: string;
  headers?: Record<string, string>;
}): QmsClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
  });
}
