/**
 * Opaque global ids (Relay): base64url("Type:uuid"). Clients must treat them as opaque;
 * the server decodes them to route `node(id)` and to check that an id has the right type.
 */
import { BadRequestError } from './errors';

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Decodes a global id; undefined when it is not one of ours. */
export function decodeGlobalId(globalId: string): DecodedId | undefined {
  if (!/^[A-Za-z0-9_-]{4,200}$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return undefined;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!/^[A-Z][A-Za-z]+$/.test(type) || id.length === 0) return undefined;
  return { type, id };
}

/** Decodes a global id that must name a `type`; throws BadRequestError otherwise. */
export function expectGlobalId(globalId: string, type: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw new BadRequestError(`"${globalId}" is not a valid ${type} id`);
  }
  return decoded.id;
}
